// The browser's copy of the server-only towns: none. The browser's scanner only highlights while
// the member types; the server screens every write with the towns too (generated-towns.ts, chosen
// by the "#generated-towns" import's conditions; ADR 0039).
export const GENERATED_TOWNS_CODED = "";
export const GENERATED_WORD_TOWNS_CODED = "";
