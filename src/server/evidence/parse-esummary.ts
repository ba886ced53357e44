import { z } from "zod";
import { cleanText, yearOf, type SourceLookup } from "./work-metadata";
import { unexpectedShape } from "./fetch-json";

const SOURCE = "PubMed (NCBI E-utilities)";

// NCBI esummary, retmode=json: {"result": {"uids": ["123"], "123": {title, authors[{name}],
// fulljournalname, source, pubdate, pubtype[], references[{reftype}]}}}. Unknown fields are dropped.
const summarySchema = z.object({
  uid: z.string().optional(),
  error: z.string().optional(),
  title: z.string().nullish(),
  authors: z.array(z.object({ name: z.string().nullish(), authtype: z.string().nullish() }).passthrough()).nullish(),
  fulljournalname: z.string().nullish(),
  source: z.string().nullish(),
  pubdate: z.string().nullish(),
  epubdate: z.string().nullish(),
  pubtype: z.array(z.string()).nullish(),
  references: z.array(z.object({ reftype: z.string().nullish() }).passthrough()).nullish(),
});
const answerSchema = z.object({
  error: z.string().optional(),
  esummaryresult: z.array(z.string()).optional(),
  result: z.record(z.string(), z.unknown()).optional(),
});

/**
 * Reads an esummary answer about one PMID. Rules: retracted when the publication types include
 * "Retracted Publication" (or its references list a "Retraction in"); corrected on "Erratum in"
 * or "Corrected and republished in"; a uid answered with an error, or missing, is not found.
 */
export function parseEsummary(json: unknown, pmid: string): SourceLookup {
  const answer = answerSchema.safeParse(json);
  if (!answer.success) return unexpectedShape(SOURCE);
  const { result, error, esummaryresult } = answer.data;
  if (!result) return error !== undefined || esummaryresult !== undefined ? { kind: "not_found" } : unexpectedShape(SOURCE);
  const uids = z.array(z.string()).safeParse(result["uids"]);
  if (!uids.success) return unexpectedShape(SOURCE);
  if (!uids.data.includes(pmid) || result[pmid] === undefined) return { kind: "not_found" };
  const summary = summarySchema.safeParse(result[pmid]);
  if (!summary.success) return unexpectedShape(SOURCE);
  const record = summary.data;
  if (record.error !== undefined) return { kind: "not_found" };
  const pubtypes = (record.pubtype ?? []).map((type) => type.toLowerCase());
  const reftypes = (record.references ?? []).map((reference) => (reference.reftype ?? "").toLowerCase());
  const firstAuthor = (record.authors ?? []).find((author) => (author.authtype ?? "Author") === "Author")?.name;
  return {
    kind: "found",
    work: {
      title: cleanText(record.title),
      firstAuthor: cleanText(firstAuthor, 200),
      journal: cleanText(record.fulljournalname, 300) ?? cleanText(record.source, 300),
      year: yearOf(record.pubdate) ?? yearOf(record.epubdate),
      retracted: pubtypes.includes("retracted publication") || reftypes.includes("retraction in"),
      corrected: reftypes.some((type) => type === "erratum in" || type === "corrected and republished in"),
    },
  };
}
