import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import { screenForPhi } from "../privacy/enforce";
import { scannedText } from "../privacy/free-text";
import { scanForPhi } from "../privacy/scan-for-phi";
import { parseInput } from "../validation";
import { renderMarkdown } from "./markdown";
import { assertVerifiedMember } from "./posting-rules";

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
