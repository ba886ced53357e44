/**
 * Every string a member, moderator or admin writes is one of two kinds, and its schema says which:
 * - `scannedText(schema)`: free text that is stored or shown (posts, case fields, poll options,
 *   drafts, flag notes, moderators' and admins' reasons, pseudonyms). The domain function that
 *   accepts it screens it with `screenForPhi` before anything is stored.
 * - `unscannedText(schema, why)`: a string that is never stored or shown as written (a password,
 *   a search query, a cursor, a channel slug checked against the catalog, the member's own legal
 *   name kept for verification), with the reason.
 *
 * Rule (held by tests/unit/privacy/every-text-classified.test.ts and proved field by field by
 * tests/integration/privacy/every-text-scanned.test.ts): every exported schema's string that is
 * not pinned by a pattern carries one of the two marks, so a field added later cannot skip the
 * scanner unnoticed.
 */
const scanned = new WeakSet<object>();
const unscanned = new WeakMap<object, string>();

export function scannedText<Schema extends object>(schema: Schema): Schema {
  scanned.add(schema);
  return schema;
}

export function unscannedText<Schema extends object>(schema: Schema, why: string): Schema {
  unscanned.set(schema, why);
  return schema;
}

export function isScannedText(schema: object): boolean {
  return scanned.has(schema);
}

/** Why a string is not scanned, or undefined when nobody said. */
export function whyUnscanned(schema: object): string | undefined {
  return unscanned.get(schema);
}
