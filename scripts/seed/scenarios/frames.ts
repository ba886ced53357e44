/**
 * The connective tissue of a thread body: openers, section headers and sign-offs that wrap a
 * scenario's substance. Kept apart from the scenarios so every channel shares the same voice
 * variety without repeating it in each file.
 */

export const caseOpeners: readonly string[] = [
  "Looking for a sanity check on this one.",
  "Curbside question for the group.",
  "Would value some outside opinions here.",
  "Posting because our team is [[split|divided]] on this one.",
  "Bit of a head-scratcher from [[this week|my last stretch on service|clinic]].",
  "Details abstracted as usual, nothing identifying.",
  "[[Long-time lurker|Rare poster]], [[first|occasional]] case question.",
];

export const detailHeaders: readonly string[] = [
  "Pertinent details:", "Other relevant bits:", "What else we know:", "A few more details:", "Relevant history:",
];

export const labIntros: readonly string[] = [
  "Labs [[at presentation|on admission|from this morning]]:", "Relevant labs:", "Most recent labs:", "Pertinent labs:",
];

export const askPrefixes: readonly string[] = ["", "", "", "**Question:** ", "**My question:** ", "So: "];

export const signoffs: readonly string[] = [
  "", "", "",
  "Thanks in advance.",
  "Appreciate any thoughts.",
  "Happy to add details if it helps.",
  "TIA.",
  "Curious what others do.",
  "[[Thanks|Thank you]], this group is always helpful.",
];

export const debateOpeners: readonly string[] = [
  "Curious where people land on this.",
  "Genuine question, not trying to start a flame war.",
  "This came up at [[our M&M|journal club|grand rounds|a department meeting]] and [[opinions were split|nobody agreed|it got heated]].",
  "Been going back and forth on this [[for a while|lately]].",
  "Practice-pattern question for the group.",
];

export const debateDetailHeaders: readonly string[] = [
  "The arguments I keep hearing:", "Where I'm torn:", "Points on each side:", "What's on the table:", "Context:",
];

export const practiceOpeners: readonly string[] = [
  "Non-clinical question, but it's been eating my evenings.",
  "Would love to hear from people a few years ahead of me.",
  "Curious what others have [[done|seen|tried]].",
  "Venting a little, but I also want practical advice.",
  "Asking for myself, not a friend.",
];

export const practiceDetailHeaders: readonly string[] = [
  "Context:", "The specifics:", "Where things stand:", "Relevant details:",
];

/**
 * Occasional title decorations, by thread kind. Two threads drawn from the same scenario often pick
 * the same title template; a decoration on one of them keeps the channel list from looking
 * duplicated, and real forum titles carry this kind of framing anyway.
 */
export const titlePrefixes: Readonly<Record<"case" | "debate" | "practice", readonly string[]>> = {
  case: ["Curbside", "Sanity check", "Case", "Case discussion", "Tricky one", "Need input", "Second opinion wanted"],
  debate: ["Practice poll", "Genuine question", "Journal club", "Hot take", "Practice patterns", "Open question"],
  practice: ["Advice needed", "Practice question", "Real-world experience wanted", "Practice management", "Honest answers wanted"],
};

/** Suffixes only for titles that are statements (no question mark yet). */
export const titleSuffixes: Readonly<Record<"case" | "debate" | "practice", readonly string[]>> = {
  case: [" — thoughts?", " — what would you do?", " (long, sorry)", " — how would you manage it?"],
  debate: [" — where do you land?", " — thoughts?", " — what's your practice?"],
  practice: [" — thoughts?", " — what did you do?", " — advice welcome"],
};
