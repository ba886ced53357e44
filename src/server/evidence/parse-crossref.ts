import { z } from "zod";
import { cleanText, yearOf, type SourceLookup } from "./work-metadata";
import { unexpectedShape } from "./fetch-json";

const SOURCE = "Crossref";

// Crossref REST `/works/{doi}`: {"status": "ok", "message-type": "work", "message": {title[],
// author[{given, family, name, sequence}], container-title[], issued{date-parts}, update-to[],
// updated-by[], relation{}}}. Unknown fields are dropped.
const updateSchema = z.object({ type: z.string().nullish(), DOI: z.string().nullish() }).passthrough();
const dateSchema = z.object({ "date-parts": z.array(z.array(z.union([z.number(), z.null()]))).nullish() }).passthrough();
const workSchema = z.object({
  DOI: z.string().nullish(),
  title: z.array(z.string()).nullish(),
  author: z.array(z.object({ given: z.string().nullish(), family: z.string().nullish(), name: z.string().nullish(), sequence: z.string().nullish() }).passthrough()).nullish(),
  "container-title": z.array(z.string()).nullish(),
  issued: dateSchema.nullish(),
  published: dateSchema.nullish(),
  "update-to": z.array(updateSchema).nullish(),
  "updated-by": z.array(updateSchema).nullish(),
  relation: z.record(z.string(), z.unknown()).nullish(),
});
const answerSchema = z.object({ status: z.string(), "message-type": z.string().optional(), message: z.unknown() });

const RETRACTING = new Set(["retraction", "withdrawal", "removal", "partial_retraction"]);
const CORRECTING = new Set(["correction", "erratum", "corrigendum", "addendum", "clarification", "new_version"]);

/**
 * Reads a Crossref work. Rules: retracted when an `updated-by` entry of the work is a
 * retraction, withdrawal or removal, or its `relation` has an "is-retracted-by"; corrected on an
 * `updated-by` correction (erratum, corrigendum…). A work whose own `update-to` names a
 * retraction IS the retraction notice: it is marked corrected ("a notice"), not retracted, so the
 * badge stays on the retracted paper and not on the notice that retracts it.
 */
export function parseCrossrefWork(json: unknown): SourceLookup {
  const answer = answerSchema.safeParse(json);
  if (!answer.success || answer.data.status !== "ok") return unexpectedShape(SOURCE);
  const parsed = workSchema.safeParse(answer.data.message);
  if (!parsed.success) return unexpectedShape(SOURCE);
  const work = parsed.data;
  const updatedBy = (work["updated-by"] ?? []).map((update) => (update.type ?? "").toLowerCase());
  const updateTo = (work["update-to"] ?? []).map((update) => (update.type ?? "").toLowerCase());
  const relations = Object.keys(work.relation ?? {}).map((name) => name.toLowerCase());
  const authors = work.author ?? [];
  const first = authors.find((author) => author.sequence === "first") ?? authors[0];
  const firstAuthor = first ? (first.name ?? [first.given, first.family].filter(Boolean).join(" ")) : null;
  return {
    kind: "found",
    work: {
      title: cleanText(work.title?.[0]),
      firstAuthor: cleanText(firstAuthor, 200),
      journal: cleanText(work["container-title"]?.[0], 300),
      year: yearOf(work.issued?.["date-parts"]?.[0]?.[0] ?? null) ?? yearOf(work.published?.["date-parts"]?.[0]?.[0] ?? null),
      retracted: updatedBy.some((type) => RETRACTING.has(type)) || relations.includes("is-retracted-by"),
      corrected: updatedBy.some((type) => CORRECTING.has(type)) || updateTo.length > 0,
    },
  };
}
