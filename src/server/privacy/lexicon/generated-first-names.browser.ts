// The browser's copy of the server-only given names: none. The browser's scanner only highlights
// while the member types; the server screens every write with the full list
// (generated-first-names.ts, chosen by the "#generated-first-names" import's conditions).
export const GENERATED_FIRST_NAMES_CODED = "";
