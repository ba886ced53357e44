import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import { screenForPhi } from "../privacy/enforce";
import { scannedText } from "../privacy/free-text";
import { scanForPhi } from "../privacy/scan-for-phi";
import { parseInput } from "../validation";
import { renderMarkdown } from "./markdown";
import { assertVerifiedMember } from "./posting-rules";
import { type CaseFields, caseMarkdown } from "./thread-kinds";

export const previewPostSchema = z
  .object({
    body: scannedText(z.string({ error: "Write something to preview." }).max(10_000, { error: "Keep a post under 10,000 characters." })),
  })
  .strict();

export interface PostPreview {
  /** The body as it would be stored: the same renderer and sanitizer as posting. */
  html: string;
  /** Sentences for parts that might identify a patient; posting will ask to confirm them. */
  warnings: string[];
}

/**
 * The Preview tab of the reply box (POST /api/preview). Rules: verified members only; the text is
 * screened exactly as posting screens it, so a block-level identifier is refused here too
 * (PHI_DETECTED with its spans, nothing rendered) and warn-level ones come back as warnings;
 * rendered by renderMarkdown, the one renderer posts are stored with. Nothing is written.
 */
export function previewPost(viewer: Viewer | null, input: unknown): PostPreview {
  assertVerifiedMember(viewer);
  const { body } = parseInput(previewPostSchema, input);
  const findings = scanForPhi(body);
  // Throws PHI_DETECTED for any block finding, as posting would; warnings are for the author to see.
  if (findings.some((finding) => finding.level === "block")) screenForPhi({ body }, true);
  const warnings = [...new Set(findings.map((finding) => finding.message))];
  return { html: renderMarkdown(body), warnings };
}

/** The composer fields a form preview scans: a case's own fields, a thread's title, body and poll options. */
const PREVIEWED_FIELDS = ["title", "body", "presentingProblem", "history", "findings", "triedSoFar", "question"] as const;

/**
 * The Preview button of the composer and the edit forms when JavaScript is off. Rules, the same as
 * the reply box's preview: verified members only; every text field is screened exactly as posting
 * screens it, so a block-level identifier refuses the preview with PHI_DETECTED and its spans per
 * field (the form comes back filled, the spans highlighted, nothing rendered); warn-level findings
 * come back as warnings; a case is rendered from its fields (`caseMarkdown`), anything else from its
 * body. Nothing is written.
 */
export function previewForm(viewer: Viewer | null, values: Readonly<Record<string, string>>): PostPreview {
  assertVerifiedMember(viewer);
  const fields: Record<string, string> = {};
  for (const name of PREVIEWED_FIELDS) if (values[name]) fields[name] = values[name];
  for (const [name, value] of Object.entries(values)) if (/^option\d{1,2}$/.test(name) && value) fields[name] = value;
  const findings = Object.values(fields).flatMap((text) => scanForPhi(text));
  if (findings.some((finding) => finding.level === "block")) screenForPhi(fields, true);
  const field = (name: keyof CaseFields) => values[name] ?? "";
  const markdown =
    "presentingProblem" in values
      ? caseMarkdown({
          ageBand: field("ageBand"),
          sex: field("sex"),
          presentingProblem: field("presentingProblem"),
          history: field("history"),
          findings: field("findings"),
          triedSoFar: field("triedSoFar"),
          question: field("question"),
        })
      : (values.body ?? "");
  return { html: renderMarkdown(markdown), warnings: [...new Set(findings.map((finding) => finding.message))] };
}
