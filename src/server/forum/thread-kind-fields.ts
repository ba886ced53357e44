import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/client";
import { caseDetails, pollOptions, polls } from "../db/schema";
import { DomainError } from "../errors";
import { parseInput } from "../validation";
import { caseFieldLabels, caseMarkdown, kindEditSchemas, normalizeOptionFields, type CaseFields, type KindTexts } from "./thread-kinds";

/*
 * The structured fields of a thread's kind, as the one edit path (edit-post.ts) reads, checks,
 * writes and compares them. The rules differ by kind only through the data here: a case's
 * template fields live in case_details and its body is made from them; a poll's options live in
 * poll_options and may change only until its first ballot; a discussion has none.
 */

export type ThreadKind = "discussion" | "case" | "poll";

/** A version's structured fields: a case's template, or a poll's options; null for a discussion. */
export type KindFields = CaseFields | { options: string[] } | null;

export const POLL_OPTIONS_LOCKED = "Members have voted in this poll, so its options can no longer be changed. You can still edit the question and the context.";

/** The reads an edit (or a history) needs besides the thread row, for the same batch. */
export function kindFieldQueries(db: Database, threadId: number) {
  return [
    db
      .select({
        ageBand: caseDetails.ageBand,
        sex: caseDetails.sex,
        presentingProblem: caseDetails.presentingProblem,
        history: caseDetails.history,
        findings: caseDetails.findings,
        triedSoFar: caseDetails.triedSoFar,
        question: caseDetails.question,
      })
      .from(caseDetails)
      .where(eq(caseDetails.threadId, threadId)),
    db.select({ voterCount: polls.voterCount }).from(polls).where(eq(polls.threadId, threadId)),
    db.select({ label: pollOptions.label }).from(pollOptions).where(eq(pollOptions.threadId, threadId)).orderBy(asc(pollOptions.position)),
  ] as const;
}

type KindFieldRows = [CaseFields[], { voterCount: number }[], { label: string }[]];

/** The current structured fields of a thread of this kind, from kindFieldQueries' answers. */
export function currentKindFields(kind: ThreadKind, [caseRows, , optionRows]: KindFieldRows): KindFields {
  if (kind === "case") return caseRows[0] ?? null;
  if (kind === "poll") return { options: optionRows.map((option) => option.label) };
  return null;
}

/** How many members have voted in the poll (0 for other kinds). */
export function ballotCount([, pollRows]: KindFieldRows): number {
  return pollRows[0]?.voterCount ?? 0;
}

export interface KindEdit {
  /** The markdown stored and rendered as the thread's body. */
  bodySource: string;
  fields: KindFields;
  /** Every submitted text, by form field, for the patient-identifier screen. */
  screened: KindTexts;
  /** True when a poll's options differ from the current ones (only allowed before any ballot). */
  optionsChanged: boolean;
}

/**
 * Checks an edit's kind-specific fields with the rules the thread was created with. A poll edit
 * that leaves out its options keeps them; one that changes them after the first ballot is
 * refused, naming the options.
 */
export function parseKindEdit(kind: ThreadKind, title: string, input: Record<string, unknown>, current: KindFields, ballots: number): KindEdit {
  switch (kind) {
    case "discussion": {
      const { body } = parseInput(kindEditSchemas.discussion, input);
      return { bodySource: body, fields: null, screened: { kind, title, body }, optionsChanged: false };
    }
    case "case": {
      const fields = parseInput(kindEditSchemas.case, input);
      return { bodySource: caseMarkdown(fields), fields: { ...fields }, screened: { kind, title, ...fields }, optionsChanged: false };
    }
    case "poll": {
      const data = parseInput(kindEditSchemas.poll, normalizeOptionFields(input));
      const before = current !== null && "options" in current ? current.options : [];
      const options = data.options ?? before;
      const optionsChanged = options.join("\n") !== before.join("\n");
      if (optionsChanged && ballots > 0) throw new DomainError("CONFLICT", POLL_OPTIONS_LOCKED, { options: POLL_OPTIONS_LOCKED });
      return { bodySource: data.body, fields: { options }, screened: { kind, title, body: data.body, options: optionsChanged ? options : [] }, optionsChanged };
    }
  }
}

/** True when two versions' structured fields are the same (null means "none"). */
export function sameKindFields(a: KindFields, b: KindFields): boolean {
  if (a === null || b === null) return a === b;
  const [left, right] = [a as Record<string, string | string[]>, b as Record<string, string | string[]>];
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => JSON.stringify(left[key]) === JSON.stringify(right[key]));
}

/**
 * The writes that store an edit's structured fields, each only if `saved` (the condition the
 * thread's own update carries) still holds, so a lost race writes none of them. A poll's options
 * are replaced only while nobody has voted (the caller puts that in `saved` too).
 */
export function kindFieldStatements(db: Database, threadId: number, edit: KindEdit, saved: SQL): BatchItem<"sqlite">[] {
  const fields = edit.fields;
  if (fields !== null && !("options" in fields)) {
    return [
      db
        .update(caseDetails)
        .set(fields)
        .where(and(eq(caseDetails.threadId, threadId), sql`exists (${saved})`)),
    ];
  }
  if (fields === null || !edit.optionsChanged) return [];
  return [
    db.delete(pollOptions).where(and(eq(pollOptions.threadId, threadId), sql`exists (${saved})`)),
    ...fields.options.map((label, position) => db.insert(pollOptions).select(sql`select null, ${threadId}, ${position}, ${label}, 0 where exists (${saved})`)),
  ];
}

/** The JSON a revision keeps of a version's structured fields. */
export function storedKindFields(fields: KindFields): string | null {
  return fields === null ? null : JSON.stringify(fields);
}

/** A revision's stored fields, or null when none were kept (discussions, older revisions). */
export function readStoredKindFields(json: string | null): KindFields {
  if (json === null) return null;
  const value: unknown = JSON.parse(json);
  return typeof value === "object" && value !== null ? (value as KindFields) : null;
}

/** One field that differs between a version and the one before it. */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

interface VersionText {
  title: string | null;
  bodySource: string;
  fields: KindFields;
}

const bodyLabels: Record<ThreadKind, string> = { discussion: "Body", case: "Text", poll: "Context" };

function fieldText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.map((option, index) => `${index + 1}. ${option}`).join("\n") : (value ?? "");
}

/**
 * What changed from `older` to `newer`, field by field: the title, each structured field, and the
 * body — except a case's body when both versions kept their fields (it is made from them).
 */
export function fieldChanges(kind: ThreadKind, newer: VersionText, older: VersionText): FieldChange[] {
  const changes: FieldChange[] = [];
  if (newer.title !== older.title) changes.push({ field: "title", label: "Title", before: older.title ?? "", after: newer.title ?? "" });
  const both = newer.fields !== null && older.fields !== null;
  if (both) {
    const labels: Record<string, string> = kind === "case" ? caseFieldLabels : { options: "Options" };
    const after = newer.fields as Record<string, string | string[]>;
    const before = older.fields as Record<string, string | string[]>;
    for (const [field, label] of Object.entries(labels)) {
      const [a, b] = [fieldText(after[field]), fieldText(before[field])];
      if (a !== b) changes.push({ field, label, before: b, after: a });
    }
  }
  if (!(kind === "case" && both) && newer.bodySource !== older.bodySource) {
    changes.push({ field: "body", label: bodyLabels[kind], before: older.bodySource, after: newer.bodySource });
  }
  return changes;
}
