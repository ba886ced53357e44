/**
 * Text of the demo's structured cases, built from the case scenarios the demo threads use, so
 * their replies talk about the same patient and drug. Each case fills the real case template
 * (age band, sex, presenting problem, history, findings, what was tried, the question); the
 * answer and the outcome note come from the scenario's evidence and pearls.
 *
 * Privacy: every text is checked with the patient-identifier scanner (scanForPhi) and must have no
 * finding at all; a draw with one is replaced by the next draw of the same stream, so the result
 * stays deterministic. The seed then posts the texts through createThread, createReply and
 * markCaseSolved, which screen them again.
 */
import { scanForPhi } from "../../src/server/privacy";
import type { ImportedCaseDetails } from "../../src/server/forum/import-kinds";
import { ageBands } from "../../src/server/forum/thread-kinds";
import { resolveVars, type ThreadTopic } from "./content";
import type { Rng } from "./random";
import { scenarioRegistry } from "./scenarios/index";
import { capitalise, fill, fillOne } from "./scenarios/template";
import type { Scenario } from "./scenarios/types";

export interface DemoCase {
  channelSlug: string;
  topic: ThreadTopic;
  /** What the composer posts: the case's fields as the importer stores them, with its channel and title. */
  input: { kind: "case"; channel: string; title: string } & ImportedCaseDetails;
  /** The reply its author will accept, and the note they add when they do. */
  answer: string;
  outcomeNote: string;
}

/** Case scenarios with a patient, by channel, in catalog order. */
export const caseScenarios: readonly { channelSlug: string; scenario: Scenario }[] = [...scenarioRegistry].flatMap(([channelSlug, scenarios]) =>
  scenarios.filter((scenario) => scenario.kind === "case" && scenario.patient && (scenario.details?.length ?? 0) >= 2).map((scenario) => ({ channelSlug, scenario })),
);

/** No finding at all (not even a warning) in any of the texts. */
export function passesScanner(...texts: string[]): boolean {
  return texts.every((text) => scanForPhi(text).length === 0);
}

/** The template's five-year band for an age in years; infants' ages in months or days are "under 1". */
export function ageBandOf(age: number, unit: "years" | "months" | "weeks" | "days" = "years"): (typeof ageBands)[number] {
  if (unit !== "years" || age < 1) return "under 1";
  if (age < 5) return "1–4";
  if (age >= 90) return "90 or older";
  const low = Math.floor(age / 5) * 5;
  const band = ageBands.find((candidate) => candidate === `${low}–${low + 4}`);
  if (!band) throw new Error(`no age band for ${age}`);
  return band;
}

const outcomeNotes = [
  "We went with this. {Pearl} At the follow-up visit things had settled and the team is comfortable with the plan.",
  "Followed this advice and it worked. {Pearl} Closing the loop so the next person searching finds it.",
  "This is what we did. Repeat results a week later were reassuring, and the family appreciated a clear explanation. Lesson for me: {pearl}",
  "Thanks all. We took this approach, with one change after the discussion with the patient about priorities. {Pearl}",
  "Done as suggested; no complications so far and a clear plan for who follows up. {Pearl}",
];

function findingsOf(rng: Rng, scenario: Scenario, vars: Record<string, string>, usedDetails: readonly string[]): string {
  const labs = scenario.labs ?? [];
  if (labs.length >= 2) {
    return rng
      .sample(labs, Math.min(4, labs.length))
      .map((lab) => {
        const fixed = lab.slot === undefined ? undefined : vars[lab.slot];
        const value = fixed ?? rng.float(lab.min, lab.max, lab.decimals ?? 0).toFixed(lab.decimals ?? 0);
        return `${lab.name} ${value}${lab.unit ? ` ${lab.unit}` : ""}${lab.ref && lab.ref !== "—" ? ` (reference ${lab.ref})` : ""}`;
      })
      .join("; ");
  }
  const rest = (scenario.details ?? []).filter((detail) => !usedDetails.includes(detail));
  return fill(rng, rng.pick(rest.length > 0 ? rest : (scenario.details ?? ["Examination otherwise unremarkable."])), vars);
}

function draftCase(rng: Rng, channelSlug: string, scenario: Scenario): DemoCase {
  const vars = resolveVars(rng, scenario);
  const details = rng.sample(scenario.details ?? [], 2);
  const title = capitalise(fillOne(rng, scenario.titles, vars).trim()).replace(/\.+$/, "");
  const pearl = fillOne(rng, scenario.pearls, vars);
  const input: DemoCase["input"] = {
    kind: "case",
    channel: channelSlug,
    title: title.length > 140 ? `${title.slice(0, 137).trimEnd()}…` : title,
    ageBand: ageBandOf(Number(vars.age), scenario.patient?.unit),
    sex: vars.sex === "M" ? "male" : "female",
    presentingProblem: fillOne(rng, scenario.setup, vars),
    history: details.map((detail) => fill(rng, detail, vars)).join(" "),
    findings: findingsOf(rng, scenario, vars, details),
    triedSoFar: fillOne(rng, scenario.thinking, vars),
    question: fillOne(rng, scenario.asks, vars),
  };
  const answer = `${fillOne(rng, scenario.evidence, vars)}\n\n${fillOne(rng, scenario.pearls, vars)} ${fillOne(rng, scenario.caveats, vars)}`;
  const outcomeNote = fill(rng, rng.pick(outcomeNotes), { pearl });
  const topic: ThreadTopic = { channelSlug, scenarioId: scenario.id, kind: "case", condition: vars.condition ?? scenario.condition, vars };
  return { channelSlug, topic, input, answer, outcomeNote };
}

/**
 * `count` cases, spread over the case scenarios of every channel (each scenario once before any
 * repeats), every text clear of the scanner and within the template's limits.
 */
export function generateDemoCases(rng: Rng, count: number): DemoCase[] {
  const order = rng.shuffle(caseScenarios);
  const cases: DemoCase[] = [];
  for (let index = 0; cases.length < count; index++) {
    const entry = order[index % order.length];
    if (!entry) throw new Error("no case scenarios to draw from");
    if (index > count * 20) throw new Error("could not draw enough demo cases that pass the scanner");
    const drafted = draftCase(rng, entry.channelSlug, entry.scenario);
    const { input } = drafted;
    const texts = [input.title, input.presentingProblem, input.history, input.findings, input.triedSoFar, input.question, drafted.answer, drafted.outcomeNote];
    if (input.title.length < 10 || input.question.length < 10 || texts.some((text) => text.length > 2000)) continue;
    if (!passesScanner(...texts)) continue;
    cases.push(drafted);
  }
  return cases;
}
