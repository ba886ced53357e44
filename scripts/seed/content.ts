/**
 * Demo thread and reply text for `npm run db:seed`.
 *
 * A thread picks one of its channel's scenarios and fixes the scenario's slots (patient, drug,
 * dose...) in `topic.vars`; every reply is generated from the same scenario and vars, so replies
 * talk about the thread's drug and condition rather than about medicine in general.
 *
 * Privacy: the text is built only from the scenario data, which describes patients with ages <= 89
 * (or age bands), relative times and lab values; nothing here produces names, dates, places or
 * contact details. tests/unit/seed-content.test.ts checks that on a large sample.
 */
import type { Rng } from "./random";
import * as frames from "./scenarios/frames";
import { scenarioRegistry } from "./scenarios/index";
import * as replies from "./scenarios/replies";
import { capitalise, fill, fillOne, type Vars } from "./scenarios/template";
import type { LabSpec, PatientSpec, Scenario, ScenarioKind } from "./scenarios/types";

/** What replies need to know about their thread. Plain data, so it can be logged or stored. */
export interface ThreadTopic {
  channelSlug: string;
  scenarioId: string;
  kind: ScenarioKind;
  /** Short description, e.g. "HFrEF with an eGFR of 24". */
  condition: string;
  /** The slot values the thread fixed (patient descriptors, drug, dose...). */
  vars: Readonly<Record<string, string>>;
}

export interface GeneratedThread {
  title: string;
  bodyMarkdown: string;
  topic: ThreadTopic;
}

export const TITLE_LIMITS = { min: 15, max: 140 } as const;
export const BODY_LIMITS = { min: 200, max: 1500 } as const;
export const REPLY_LIMITS = { min: 30, max: 1200 } as const;

function scenariosFor(channelSlug: string): readonly Scenario[] {
  const list = scenarioRegistry.get(channelSlug);
  if (!list || list.length === 0) throw new Error(`no seed scenarios for channel "${channelSlug}"`);
  return list;
}

function decadePhrase(age: number): string {
  const d = age % 10;
  return `${d <= 3 ? "early" : d <= 6 ? "mid" : "late"} ${age - d}s`;
}

/** "a" or "an" before a spoken number: an 8-, an 11-, an 18-, an 80-something. */
function article(age: number): string {
  return age === 8 || age === 11 || age === 18 || (age >= 80 && age <= 89) ? "an" : "a";
}

/**
 * Patient descriptors: {pt} for prose ("a 72-year-old man"), {ptShort} for headline use without an
 * article ("72M"), {aPt} for mid-sentence use with one ("a 72M"). Ages are clamped to 89 because
 * Safe Harbor treats 90+ as identifying.
 */
function patientVars(rng: Rng, spec: PatientSpec): Record<string, string> {
  const unit = spec.unit ?? "years";
  const age = rng.int(Math.max(1, spec.ages[0]), Math.min(spec.ages[1], 89));
  const sex = spec.sex ?? rng.pick(["M", "F"] as const);
  const male = sex === "M";
  const adult = unit === "years" && age >= 18;
  const noun = adult ? (male ? "man" : "woman") : male ? "boy" : "girl";
  const his = male ? "his" : "her";
  const an = article(age);
  const vars: Record<string, string> = {
    age: String(age),
    sex,
    man: noun,
    he: male ? "he" : "she",
    his,
    him: male ? "him" : "her",
  };
  if (!adult) {
    const u = unit === "years" ? "year" : unit.slice(0, -1);
    vars.ptShort = `${age}-${u}-old ${noun}`;
    vars.pt = `${an} ${vars.ptShort}`;
    vars.aPt = vars.pt;
    vars.ptref = rng.pick(["your patient", `this ${noun}`, `the ${noun}`]);
    return vars;
  }
  const decade = decadePhrase(age);
  vars.decade = decade;
  vars.pt = rng.pick([`${an} ${age}-year-old ${noun}`, `a ${noun} in ${his} ${decade}`, `${age}${sex}`]);
  const short = rng.pick([`${age}${sex}`, `${age}yo ${noun}`, `${noun} in ${his} ${decade}`]);
  vars.ptShort = short;
  vars.aPt = short.startsWith(noun) ? `a ${short}` : `${an} ${short}`;
  vars.ptref = rng.pick(["your patient", "this patient", `this ${noun}`, `someone in ${his} ${decade}`]);
  return vars;
}

/** The slot values one thread fixes (patient descriptors first); also used by the demo cases. */
export function resolveVars(rng: Rng, scenario: Scenario): Record<string, string> {
  const vars: Record<string, string> = scenario.patient ? patientVars(rng, scenario.patient) : {};
  for (const [key, values] of Object.entries(scenario.slots ?? {})) {
    vars[key] = fill(rng, rng.pick(values), vars);
  }
  vars.condition = fill(rng, scenario.condition, vars);
  return vars;
}

function formatLab(rng: Rng, lab: LabSpec, vars: Vars): string {
  const fixed = lab.slot === undefined ? undefined : vars[lab.slot];
  return fixed ?? rng.float(lab.min, lab.max, lab.decimals ?? 0).toFixed(lab.decimals ?? 0);
}

/**
 * A small GFM table; sometimes with a trend column, which is how people actually post labs. Rows
 * tied to a slot repeat the value the prose states, and then there is no trend column, so the
 * table never contradicts the paragraph above it.
 */
function labsTable(rng: Rng, labs: readonly LabSpec[], vars: Vars): string {
  const rows = rng.sample(labs, rng.int(Math.min(3, labs.length), Math.min(6, labs.length)));
  const trend = !rows.some((lab) => lab.slot !== undefined) && rng.chance(0.4);
  const head = trend ? ["| Test | At presentation | Most recent | Reference |", "|---|---|---|---|"] : ["| Test | Result | Reference |", "|---|---|---|"];
  const body = rows.map((lab) => {
    const name = `${lab.name}${lab.unit ? ` (${lab.unit})` : ""}`;
    const ref = lab.ref ?? "—";
    return trend ? `| ${name} | ${formatLab(rng, lab, vars)} | ${formatLab(rng, lab, vars)} | ${ref} |` : `| ${name} | ${formatLab(rng, lab, vars)} | ${ref} |`;
  });
  return [...head, ...body].join("\n");
}

function detailsBlock(rng: Rng, scenario: Scenario, vars: Vars, headers: readonly string[]): string | null {
  const details = scenario.details ?? [];
  if (details.length === 0) return null;
  const chosen = rng.sample(details, rng.int(Math.min(2, details.length), Math.min(4, details.length)));
  const lines = chosen.map((d) => fill(rng, d, vars));
  if (rng.chance(0.55)) return `${fillOne(rng, headers)}\n\n${lines.map((l) => `- ${l}`).join("\n")}`;
  return lines.join(" ");
}

function buildBody(rng: Rng, scenario: Scenario, vars: Vars): string {
  const paragraphs: string[] = [];
  const openers = scenario.kind === "case" ? frames.caseOpeners : scenario.kind === "debate" ? frames.debateOpeners : frames.practiceOpeners;
  const headers = scenario.kind === "case" ? frames.detailHeaders : scenario.kind === "debate" ? frames.debateDetailHeaders : frames.practiceDetailHeaders;

  const setup = fillOne(rng, scenario.setup, vars);
  paragraphs.push(rng.chance(0.35) ? `${fillOne(rng, openers)} ${setup}` : setup);
  const details = detailsBlock(rng, scenario, vars, headers);
  if (details) paragraphs.push(details);
  if (scenario.labs && scenario.labs.length > 0 && rng.chance(0.55)) {
    paragraphs.push(`${fillOne(rng, frames.labIntros)}\n\n${labsTable(rng, scenario.labs, vars)}`);
  }
  paragraphs.push(fillOne(rng, scenario.thinking, vars));
  paragraphs.push(`${fillOne(rng, frames.askPrefixes)}${fillOne(rng, scenario.asks, vars)}`);
  const signoff = fillOne(rng, frames.signoffs);
  if (signoff) paragraphs.push(signoff);
  return paragraphs.join("\n\n");
}

/**
 * Title templates that mention the case's specifics ({slots} or [[choices]]) are favoured 3:1 over
 * fixed ones: they read less generic, and two threads drawn from the same scenario then rarely end
 * up with the same title.
 */
function pickTitleTemplate(rng: Rng, scenario: Scenario): string {
  return rng.pickWeighted(scenario.titles.map((t) => [t, /[{[]/.test(t) ? 3 : 1] as const));
}

function buildTitle(rng: Rng, scenario: Scenario, vars: Vars): string {
  let title = capitalise(fill(rng, pickTitleTemplate(rng, scenario), vars).trim());
  // Questions keep their "?"; statements lose a trailing period, as forum titles do.
  title = title.replace(/\.+$/, "");
  const roll = rng.next();
  if (roll < 0.27) {
    // "Curbside: X" reads naturally; "Curbside: X: Y" doesn't, so fall back to a dash there.
    const prefix = rng.pick(frames.titlePrefixes[scenario.kind]);
    title = title.includes(":") ? `${prefix} — ${title}` : `${prefix}: ${title}`;
  } else if (roll < 0.45 && !title.endsWith("?")) {
    title = `${title}${rng.pick(frames.titleSuffixes[scenario.kind])}`;
  }
  return title;
}

export function generateThread(rng: Rng, channelSlug: string): GeneratedThread {
  const scenario = rng.pick(scenariosFor(channelSlug));
  // Retry rather than truncate: a cut-off title or body would look broken in the demo. Every
  // attempt draws from the same stream, so the result is still deterministic.
  for (let attempt = 0; ; attempt++) {
    const vars = resolveVars(rng, scenario);
    const title = buildTitle(rng, scenario, vars);
    const bodyMarkdown = buildBody(rng, scenario, vars);
    const fits = title.length >= TITLE_LIMITS.min && title.length <= TITLE_LIMITS.max && bodyMarkdown.length >= BODY_LIMITS.min && bodyMarkdown.length <= BODY_LIMITS.max;
    if (fits || attempt >= 20) {
      const { condition = scenario.condition } = vars;
      return { title, bodyMarkdown, topic: { channelSlug, scenarioId: scenario.id, kind: scenario.kind, condition, vars } };
    }
  }
}

function composeReply(rng: Rng, kind: replies.ReplyKind, scenario: Scenario, vars: Vars): string {
  const m = (pool: readonly string[]): string => fillOne(rng, pool, vars);
  switch (kind) {
    case "agree": {
      let out = `${m(replies.agreeOpeners)} ${m(scenario.caveats)}`;
      if (rng.chance(0.45)) out += ` ${m(scenario.pearls)}`;
      return out;
    }
    case "disagree": {
      const bridges = replies.disagreeBridges[scenario.kind === "practice" ? "practice" : "clinical"];
      const core = rng.chance(0.5) ? `${m(replies.disagreeOpeners)} ${m(scenario.caveats)}` : `${m(replies.precisionOpeners)} ${m(scenario.evidence)}`;
      return `${core} ${m(bridges)}`.trim();
    }
    case "tip": {
      const pearls = rng.sample(scenario.pearls, rng.chance(0.35) ? 2 : 1).map((p) => fill(rng, p, vars));
      return [m(replies.tipOpeners), ...pearls, m(replies.tipClosers)].filter(Boolean).join(" ");
    }
    case "question": {
      const probes = rng.sample(scenario.probes, rng.chance(0.5) ? 2 : 1).map((p) => fill(rng, p, vars));
      if (probes.length > 1) {
        const list = probes.map((p) => `- ${p}`).join("\n");
        return `${m(replies.questionOpenersMany)}\n\n${list}\n\n${m(replies.questionClosers)}`.trim();
      }
      return `${m(replies.questionOpenersOne)} ${probes[0] ?? ""} ${m(replies.questionClosers)}`.trim();
    }
    case "plusOne":
      return m(replies.plusOneTemplates);
    case "expert": {
      const items = rng.shuffle([
        ...rng.sample(scenario.evidence, rng.int(1, 2)).map((t) => ["evidence", t] as const),
        ...rng.sample(scenario.pearls, rng.int(1, 2)).map((t) => ["pearl", t] as const),
        ...rng.sample(scenario.caveats, 1).map((t) => ["caveat", t] as const),
      ]);
      const labelled = rng.chance(0.6);
      // Each label at most once per list: "**Practically.**" twice in a row reads like a template.
      const labels = {
        evidence: rng.shuffle(replies.expertLabels.evidence),
        pearl: rng.shuffle(replies.expertLabels.pearl),
        caveat: rng.shuffle(replies.expertLabels.caveat),
      };
      const list = items.map(([type, text], i) => {
        const label = labelled ? labels[type].shift() : undefined;
        return `${i + 1}. ${label ? `${label} ` : ""}${fill(rng, text, vars)}`;
      });
      return `${m(replies.expertIntros)}\n\n${list.join("\n")}\n\n${m(replies.expertClosers)}`;
    }
    case "anecdote": {
      const pearl = m(scenario.pearls);
      const caveat = m(scenario.caveats);
      const lesson = fill(rng, rng.pick(replies.anecdoteLessons), { ...vars, pearl, caveat });
      return `${m(replies.anecdoteOpeners[scenario.kind])} ${lesson}`;
    }
    case "followUp": {
      const pool = scenario.kind === "case" ? [...replies.followUpsCase, ...replies.followUpsAny] : replies.followUpsAny;
      return fill(rng, rng.pick(pool), { ...vars, pearl: m(scenario.pearls) });
    }
  }
}

/**
 * One reply for a thread. `depth` 0 is a top-level comment; deeper replies lean towards short
 * agreement, follow-ups from the original poster and quick questions, as real threads do.
 */
export function generateReply(rng: Rng, channelSlug: string, topic: ThreadTopic, depth: number): string {
  const scenario = scenariosFor(channelSlug).find((s) => s.id === topic.scenarioId);
  if (!scenario) throw new Error(`unknown scenario "${topic.scenarioId}" in channel "${channelSlug}"`);
  const settings = replies.settingsByChannel[channelSlug] ?? replies.defaultSettings;
  const ptref = topic.vars.ptref ?? "this patient";
  for (let attempt = 0; ; attempt++) {
    const vars: Vars = { ...topic.vars, condition: topic.condition, ptref, setting: rng.pick(settings) };
    const kind = rng.pickWeighted(depth === 0 ? replies.replyWeights.top : replies.replyWeights.nested);
    let text = composeReply(rng, kind, scenario, vars);
    if (depth > 0 && kind === "anecdote") text = `${fillOne(rng, replies.nestedLeadIns)}${text}`;
    text = text.replace(/[ \t]+$/gm, "").trim();
    if ((text.length >= REPLY_LIMITS.min && text.length <= REPLY_LIMITS.max) || attempt >= 20) return text;
  }
}
