/**
 * Patient-identifier (PHI) scanner: public API.
 *
 * `scanForPhi(text)` lists every HIPAA Safe Harbor identifier found in a post, reply, case field,
 * poll or edit, with the exact span, a level ("block" refuses the write, "warn" needs the
 * physician's confirmation) and a message saying what to change.
 */
export { scanForPhi } from "./scan-for-phi";
export { hintFor, messageFor } from "./messages";
export { PHI_CATEGORIES } from "./types";
export type { PhiCategory, PhiFinding, PhiLevel, ScanOptions } from "./types";
