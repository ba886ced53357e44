import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { drafts } from "../db/schema";
import { DomainError, isDomainError } from "../errors";
import { screenForPhi } from "../privacy/enforce";
import { scannedText, unscannedText } from "../privacy/free-text";
import { parseInput } from "../validation";
import { assertVerifiedMember } from "./posting-rules";

/** "new-thread" for the composer, "reply:{threadId}" for a thread's reply box. */
export const draftKeySchema = z.string().regex(/^(new-thread|reply:\d{1,12})$/, { error: "Drafts belong to the composer or a thread's reply box." });

const draftValues = z
  .record(unscannedText(z.string().max(40), "a form field's name"), scannedText(z.string().max(20_000, { error: "A draft field holds at most 20,000 characters." })))
  .refine((values) => Object.keys(values).length <= 30, { error: "A draft has at most 30 fields." });

export const saveDraftSchema = z.object({ key: draftKeySchema, values: draftValues }).strict();

/** Fields that are choices, not writing: a draft with only these is empty. */
const choiceFields = new Set(["kind", "channel", "duration", "ageBand", "sex", "anonymous", "multipleChoice", "threadId", "parentId"]);

/** The statement that clears a composer's draft, for the batch that publishes its post. */
export function clearDraftStatement(db: Database, userId: number, key: string) {
  return db.delete(drafts).where(and(eq(drafts.userId, userId), eq(drafts.draftKey, key)));
}

export interface Draft {
  values: Record<string, string>;
  updatedAt: number;
}

/**
 * Keeps what a member is writing on the server, one draft per composer, so a closed tab, a
 * refused submission or another device loses nothing. Rules: a member only ever reads and writes
 * their own drafts; an empty draft deletes itself; a draft holding anything the scanner blocks
 * (a name, a date of birth, a record number) is never stored: it is refused with PHI_DETECTED and
 * its spans, the server keeps the last version that held none, and the browser keeps the text
 * (DraftAutosave). Warnings do not stop a draft: it is not published, and publishing asks again.
 * Drafts hold clinical text, so they are never logged and never shown to anyone else.
 */
export async function saveDraft(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<void> {
  assertVerifiedMember(viewer);
  const { key, values } = parseInput(saveDraftSchema, input);
  const kept = Object.fromEntries(Object.entries(values).filter(([name, value]) => name !== "intent" && value.trim() !== ""));
  const hasText = Object.keys(kept).some((name) => !choiceFields.has(name));
  if (!hasText) {
    await discardDraft(db, viewer, key);
    return;
  }
  screenDraft(kept);
  await db
    .insert(drafts)
    .values({ userId: viewer.userId, draftKey: key, payload: JSON.stringify(kept), updatedAt: now })
    .onConflictDoUpdate({ target: [drafts.userId, drafts.draftKey], set: { payload: JSON.stringify(kept), updatedAt: now } });
}

/** Refuses a draft with a block finding in any field it holds as writing; warnings pass. */
function screenDraft(values: Record<string, string>): void {
  const writing = Object.fromEntries(Object.entries(values).filter(([name]) => !choiceFields.has(name)));
  try {
    screenForPhi(writing, true);
  } catch (error) {
    if (!isDomainError(error) || error.code !== "PHI_DETECTED") throw error;
    throw new DomainError("PHI_DETECTED", DRAFT_KEPT_IN_BROWSER, error.fields, undefined, error.flaggedSpans);
  }
}

/** What the member reads when a draft is refused: where the text is, and how to get it saved. */
export const DRAFT_KEPT_IN_BROWSER =
  "This draft holds something that could identify a patient (highlighted), so Rounds does not keep it on its server: it stays in this browser only. Change the highlighted parts and it is saved again.";

/** The statement that reads one of a member's drafts, for a page's batch (see toDraft). */
export function draftQuery(db: Database, userId: number, key: string) {
  const draftKey = parseInput(draftKeySchema, key);
  return db
    .select({ payload: drafts.payload, updatedAt: drafts.updatedAt })
    .from(drafts)
    .where(and(eq(drafts.userId, userId), eq(drafts.draftKey, draftKey)));
}

export async function loadDraft(db: Database, viewer: Viewer | null, key: string): Promise<Draft | null> {
  assertVerifiedMember(viewer);
  const [row] = await draftQuery(db, viewer.userId, key);
  return toDraft(row);
}

/** A draft row as the composer uses it; an unreadable one is a CONFLICT, and is kept. */
export function toDraft(row: { payload: string; updatedAt: number } | undefined): Draft | null {
  if (!row) return null;
  try {
    return { values: JSON.parse(row.payload) as Record<string, string>, updatedAt: row.updatedAt };
  } catch {
    throw new DomainError("CONFLICT", "Your saved draft could not be read; it was kept unchanged.");
  }
}

export async function discardDraft(db: Database, viewer: Viewer | null, key: string): Promise<void> {
  assertVerifiedMember(viewer);
  const draftKey = parseInput(draftKeySchema, key);
  await db.delete(drafts).where(and(eq(drafts.userId, viewer.userId), eq(drafts.draftKey, draftKey)));
}
