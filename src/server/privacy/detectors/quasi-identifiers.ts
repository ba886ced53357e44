/**
 * Details that single out a person without being one of the listed identifiers: a public role
 * ("the current mayor of …", "a sitting senator"), local fame ("a well-known local TV anchor",
 * "famous in town for …"), a news story about the patient ("you may have seen it on the news",
 * "the bus crash on the M4"), and uniqueness in a small place ("the only … in town", "the
 * village's only …", "a town of 400 people").
 *
 * Rules:
 * - These warn and never block. The same words can describe nobody in particular, and a physician
 *   keeps them by confirming; what matters is that the author sees them before posting.
 * - Each phrase needs its specific frame (a role with a tenure word or "of <Place>", fame tied to a
 *   place or a medium, news wording, "only" tied to a small place), so ordinary clinical text,
 *   which has none of these frames, is not flagged. Countries, states and institutions are not
 *   small places ("the only approved drug in Europe", "the governor of Texas").
 * - The one block: a civic role that a person holds ("my pt is the mayor of Bunbury") ties the
 *   town to the patient, and a town tied to a patient is an address.
 *
 * Reported as `other_id` (Safe Harbor's "any other unique characteristic"), with the lowest
 * priority so that a real identifier overlapping it keeps its own category.
 */
import { isBroadPlace, INSTITUTION_WORDS } from "../clinical-allowlist";
import { compileCues, runCues, type Cue } from "../context";
import { SINGLES_OUT_MESSAGE } from "../messages";
import type { Detector, RawFinding, ScanContext } from "../types";

/** Roles tied to a place: "the mayor of X" names one person of X. */
const CIVIC_ROLE = "(?:mayor|governor|senator|congress(?:man|woman)|MP|councill?or|sheriff|police chief|fire chief|judge|bishop|principal|headmaster)";
/** Roles of a team, band, company or show: they single out a person only as the subject. */
const OTHER_ROLE = "(?:head coach|coach|captain|lead singer|frontman|anchor|president|CEO|founder|owner|editor)";
const TENURE = "(?:current|former|sitting|incumbent|longtime|retired)";
const MEDIUM = "(?:TV|television|radio|news)";
const LOCALITY = "(?:town|village|county|island)";
const NEWS = "(?:front page|headlines|(?:local |national )?(?:news|papers?)|TV)";
const SUBJECT_BEFORE = /\b(?:is|was|he['’]s|she['’]s|pt)\s$/i;

interface State {
  out: RawFinding[];
}

function warn(m: RegExpExecArray, s: State): void {
  s.out.push({ category: "other_id", start: m.index, end: m.index + m[0].length, level: "warn", priority: 5, message: SINGLES_OUT_MESSAGE });
}

/** "Bunbury", "Cardiff North"; not "Texas", "New York", "North Dakota" or "General". */
function smallPlace(place: string | undefined): place is string {
  const first = place?.split(" ")[0] ?? "";
  return first !== "" && !isBroadPlace(first) && !INSTITUTION_WORDS.has(first.toLowerCase());
}

/**
 * "is the current mayor of Bunbury": warns on the role and, when a person holds it, blocks the
 * town as an address. The two spans only touch, so each keeps its own level and message.
 */
function civicRole(m: RegExpExecArray, s: State): void {
  const place = m[1] ?? "";
  const placeStart = m.index + m[0].length - place.length;
  if (!smallPlace(place) || !SUBJECT_BEFORE.test(m.input.slice(Math.max(0, m.index - 16), m.index))) {
    warn(m, s);
    return;
  }
  s.out.push({ category: "other_id", start: m.index, end: placeStart - 1, level: "warn", priority: 5, message: SINGLES_OUT_MESSAGE });
  s.out.push({ category: "address", start: placeStart, end: placeStart + place.length, level: "block", priority: 65 });
}

/** "the only pharmacist in Ballykeel": a named place must be small, not a country or a hospital. */
function onlyIn(m: RegExpExecArray, s: State): void {
  if (m[1] === undefined || smallPlace(m[1])) warn(m, s);
}

const CUES: ReadonlyArray<Cue<State>> = [
  // (is) the current mayor of Springfield; the sitting MP for Cardiff North
  {
    source: `\\b(?:the|our|a)\\s(?:${TENURE}\\s)?${CIVIC_ROLE}\\s(?:of|for)\\s(?:the\\s)?([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)`,
    flags: "",
    handle: civicRole,
  },
  // she is the head coach of the Tigers; he was the CEO of Acme (not "the CEO of Pfizer said")
  { source: `(?<=\\b(?:is|was|[Hh]e['’]s|[Ss]he['’]s|pt)\\s)(?:the|a)\\s(?:${TENURE}\\s)?${OTHER_ROLE}\\sof\\s(?:the\\s)?[A-Z][a-z]+`, flags: "", handle: warn },
  // a sitting senator; a well-known local TV anchor; a local celebrity; famous in town for ...
  {
    source: `\\b(?:a|the)\\s(?:sitting|incumbent)\\s(?:mayor|governor|senator|congress\\w+|MP|judge|sheriff)\\b|\\b(?:well[- ]known|famous|popular)\\s(?:local\\s)?${MEDIUM}\\s(?:anchor|host|presenter|personality|star)\\b|\\b(?:a|the)\\slocal\\s(?:celebrity|legend|hero)\\b|\\b(?:famous|well[- ]known)\\s(?:in|around|all over)\\s(?:town|the ${LOCALITY}|our ${LOCALITY})\\b`,
    flags: "i",
    handle: warn,
  },
  // you may have seen it on the news; it made the papers; it was all over the local news; went viral
  {
    source: `\\byou\\s(?:may|might)\\s(?:have\\s)?(?:seen|read|heard)\\s[^.?!\\n]{0,50}?\\s(?:on|in)\\s(?:the\\s)?${NEWS}|\\b(?:made|hit)\\s(?:the\\s)?${NEWS}\\b|\\bwent\\sviral\\b|\\b(?:was|were)\\s(?:all\\sover\\s(?:the\\s)?${NEWS}|on\\s(?:the\\s)?(?:local\\s)?(?:news|TV)|in\\s(?:the\\s)?local\\s(?:news|papers?))\\b`,
    flags: "i",
    handle: warn,
  },
  // the bus crash on the M4, the fire at Grenfell, the shooting at Lincoln High
  {
    source: "\\bthe\\s(?:[a-z]+\\s)?(?:crash|collision|explosion|fire|shooting|stabbing)\\s(?:on|at|in|near)\\s(?:the\\s)?(?:[AMI]-?\\d{1,3}\\b|[A-Z][a-z]{2,})",
    flags: "",
    handle: warn,
  },
  // the only pharmacist in town; the only female firefighter in the county; the only GP on Skye
  { source: `\\b[Tt]he\\sonly\\s(?:[A-Za-z-]+\\s){1,3}(?:in|on|at)\\s(?:town|the ${LOCALITY}|our ${LOCALITY}|([A-Z][a-z]{2,}))\\b`, flags: "", handle: onlyIn },
  // the village's only GP; a village of about 300 people
  {
    source: `\\b(?:the|our)\\s${LOCALITY}['’]s\\s(?:only|sole)\\s[a-z]+|\\b(?:a|the)\\s(?:small\\s|tiny\\s)?${LOCALITY}\\sof\\s(?:about\\s|around\\s|~)?\\d[\\d,]*\\s(?:people|residents|inhabitants)\\b`,
    flags: "i",
    handle: warn,
  },
];

const CUE_SET = compileCues(CUES);

/**
 * Every cue contains one of these words. Finding them first is one cheap pass; the cue set then
 * runs only on the short windows around them, so a long post costs little more than that pass.
 */
const ANCHOR = new RegExp(
  `\\b(?:${CIVIC_ROLE}|${OTHER_ROLE}|sitting|incumbent|${MEDIUM}|local|famous|well[- ]known|papers?|headlines|front page|viral|crash|collision|explosion|fire|shooting|stabbing|only|${LOCALITY}['’]?s?)\\b`,
  "gi",
);
/** Characters a cue can reach before and after its anchor word. */
const REACH_BEFORE = 90;
const REACH_AFTER = 110;

export const detectQuasiIdentifiers: Detector = (ctx: ScanContext): RawFinding[] => {
  const text = ctx.text;
  const out: RawFinding[] = [];
  let windowStart = -1;
  let windowEnd = -1;
  const flush = () => {
    if (windowStart < 0) return;
    // Start the window on a word boundary so that a cut word cannot start a cue.
    let from = windowStart;
    while (from > 0 && from > windowStart - 20 && /\S/.test(text.charAt(from - 1))) from--;
    const state: State = { out: [] };
    runCues(text.slice(from, windowEnd), CUE_SET, state);
    for (const f of state.out) out.push({ ...f, start: f.start + from, end: f.end + from });
  };
  ANCHOR.lastIndex = 0;
  for (const m of text.matchAll(ANCHOR)) {
    const from = Math.max(0, m.index - REACH_BEFORE);
    const to = Math.min(text.length, m.index + m[0].length + REACH_AFTER);
    if (from > windowEnd) {
      flush();
      windowStart = from;
    }
    windowEnd = to;
  }
  flush();
  return out;
};
