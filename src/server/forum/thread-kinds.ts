import { z } from "zod";
import { scannedText, unscannedText } from "../privacy/free-text";

/** Age bands of the case template: five-year bands, and "90 or older" (Safe Harbor's top band). */
export const ageBands = ["under 1", "1–4", ...Array.from({ length: 17 }, (_, index) => `${5 + index * 5}–${9 + index * 5}`), "90 or older"] as const;

export const caseSexes = ["female", "male", "other or not stated"] as const;

export const pollDurations = {
  "1d": { label: "1 day", ms: 24 * 3600_000 },
  "3d": { label: "3 days", ms: 3 * 24 * 3600_000 },
  "1w": { label: "1 week", ms: 7 * 24 * 3600_000 },
  "2w": { label: "2 weeks", ms: 14 * 24 * 3600_000 },
} as const;

export const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const titleField = scannedText(
  z
    .string({ error: "Give your thread a title." })
    .trim()
    .min(10, { error: "Give your thread a title of at least 10 characters." })
    .max(140, { error: "Keep the title under 140 characters." }),
);

const caseText = (label: string, min = 3) =>
  scannedText(
    z
      .string({ error: `Fill in ${label}.` })
      .trim()
      .min(min, { error: `Fill in ${label}.` })
      .max(4000, { error: `Keep ${label} under 4,000 characters.` }),
  );

const common = {
  channel: unscannedText(z.string({ error: "Choose a channel." }).min(1, { error: "Choose a channel." }), "a channel slug, looked up in the catalog"),
  title: titleField,
  anonymous: checkbox,
  confirmNotPhi: checkbox,
};

export const discussionSchema = z
  .object({
    kind: z.literal("discussion").optional().default("discussion"),
    ...common,
    body: scannedText(
      z
        .string({ error: "Write the body of your thread." })
        .trim()
        .min(20, { error: "Say a little more: at least 20 characters." })
        .max(20_000, { error: "Keep the body under 20,000 characters." }),
    ),
  })
  .strict();

export const caseSchema = z
  .object({
    kind: z.literal("case"),
    ...common,
    ageBand: z.enum(ageBands, { error: "Choose an age band." }),
    sex: z.enum(caseSexes, { error: "Choose the sex, or “other or not stated”." }),
    presentingProblem: caseText("the presenting problem"),
    history: caseText("the relevant history", 1),
    findings: caseText("the findings", 1),
    triedSoFar: caseText("what was tried", 1),
    question: caseText("your question", 10),
  })
  .strict();

export const pollSchema = z
  .object({
    kind: z.literal("poll"),
    ...common,
    body: scannedText(z.string().trim().max(4000, { error: "Keep the context under 4,000 characters." }))
      .optional()
      .default(""),
    options: z
      .array(scannedText(z.string().trim().max(120, { error: "Keep each option under 120 characters." })))
      .transform((options) => options.filter((option) => option.length > 0))
      .pipe(
        z
          .array(unscannedText(z.string(), "the options above, already screened"))
          .min(2, { error: "A poll needs at least 2 options." })
          .max(10, { error: "A poll has at most 10 options." })
          .refine((options) => new Set(options.map((option) => option.toLowerCase())).size === options.length, {
            error: "Each option must be different.",
          }),
      ),
    multipleChoice: checkbox,
    duration: z.enum(Object.keys(pollDurations) as [keyof typeof pollDurations], { error: "Choose how long the poll stays open." }),
  })
  .strict();

export const newThreadSchema = z.discriminatedUnion("kind", [discussionSchema.extend({ kind: z.literal("discussion") }), caseSchema, pollSchema], {
  error: "Choose a discussion, a case or a poll.",
});
export type NewThreadInput = z.infer<typeof newThreadSchema>;

/** The markdown a case is stored and rendered as (the structured fields live in case_details). */
export function caseMarkdown(input: CaseFields): string {
  return [
    `**Patient:** ${input.ageBand}, ${input.sex}`,
    `**Presenting problem:** ${input.presentingProblem}`,
    `**Relevant history:** ${input.history}`,
    `**Findings:** ${input.findings}`,
    `**Tried so far:** ${input.triedSoFar}`,
    `**Question:** ${input.question}`,
  ].join("\n\n");
}

/**
 * Form posts carry poll options as option1…option10 (and no kind for a plain discussion); turn
 * them into the shape of newThreadSchema. JSON clients send `options: [...]` directly.
 */
export function normalizeThreadForm(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const record = { ...(input as Record<string, unknown>) };
  record.kind ??= "discussion";
  if (record.kind === "poll" && !Array.isArray(record.options)) {
    const options: string[] = [];
    for (let index = 1; index <= 10; index++) {
      const key = `option${index}`;
      if (key in record) {
        options.push(String(record[key] ?? ""));
        delete record[key];
      }
    }
    record.options = options;
  }
  return record;
}

/** The texts of a thread of each kind, by form field: what creating or editing one screens. */
export type KindTexts =
  | { kind: "discussion"; title: string; body: string }
  | { kind: "case"; title: string; presentingProblem: string; history: string; findings: string; triedSoFar: string; question: string }
  | { kind: "poll"; title: string; body: string; options?: readonly string[] };

/**
 * The fields of each kind of thread that are screened for patient identifiers, by form field, so
 * a refusal names the field it is about (poll options as option1…option10, as the forms name them).
 */
export function screenedFields(data: KindTexts): Record<string, string> {
  switch (data.kind) {
    case "discussion":
      return { title: data.title, body: data.body };
    case "case":
      return {
        title: data.title,
        presentingProblem: data.presentingProblem,
        history: data.history,
        findings: data.findings,
        triedSoFar: data.triedSoFar,
        question: data.question,
      };
    case "poll":
      return { title: data.title, body: data.body, ...Object.fromEntries((data.options ?? []).map((option, index) => [`option${index + 1}`, option])) };
  }
}

/** The structured fields of a case, in the order the template and its history show them. */
export const caseFieldLabels = {
  ageBand: "Age band",
  sex: "Sex",
  presentingProblem: "Presenting problem",
  history: "Relevant history",
  findings: "Findings",
  triedSoFar: "Tried so far",
  question: "Question",
} as const;
export type CaseFields = { [K in keyof typeof caseFieldLabels]: string };

/**
 * What an edit may change besides the title, by kind of thread, with the rules the thread was
 * created with. A poll's options may be left out (kept as they are: after the first ballot the
 * edit form shows them read-only).
 */
export const kindEditSchemas = {
  discussion: z.object({ body: discussionSchema.shape.body }).strict(),
  case: caseSchema.pick({ ageBand: true, sex: true, presentingProblem: true, history: true, findings: true, triedSoFar: true, question: true }).strict(),
  poll: z.object({ body: pollSchema.shape.body, options: pollSchema.shape.options.optional() }).strict(),
};

/** Form posts name poll options option1…option10; an edit without any of them keeps the options. */
export function normalizeOptionFields(input: Record<string, unknown>): Record<string, unknown> {
  const record = { ...input };
  const keys = Object.keys(record).filter((key) => /^option([1-9]|10)$/.test(key));
  if (keys.length === 0 || Array.isArray(record.options)) return record;
  const options: string[] = [];
  for (let index = 1; index <= 10; index++) {
    const key = `option${index}`;
    if (key in record) options.push(String(record[key] ?? ""));
    delete record[key];
  }
  record.options = options;
  return record;
}
