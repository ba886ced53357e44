/**
 * Patients of the medical literature and history, named in teaching and never a poster's patient:
 * "Phineas Gage", "Henrietta Lacks", "Louis Washkansky" (the first heart transplant). A post that
 * names one speaks of that person: their name, its words ("the Lacks family") and the dates in the
 * same sentences are not a patient's identifiers. Lower case; alternatives of one pattern.
 */
export const FAMOUS_NAMES =
  "phineas gage|henrietta lacks|henry molaison|typhoid mary|mary mallon|little (?:hans|albert)|anna o|auguste deter|joseph merrick|baby fae|terri schiavo|karen quinlan|nancy cruzan|david vetter|clive wearing|louis washkansky|denise darvall|jesse gelsinger|barney clark|louise brown|timothy ray brown|adam castillejo|ignaz semmelweis|mary toft|daniel alcides carri[óo]n";

const FAMOUS_IN_TEXT = new RegExp(`\\b(?:${FAMOUS_NAMES})\\b`, "gi");

/** The famous cases named in `text`, as written. */
export function famousCasesIn(text: string): string[] {
  return [...text.matchAll(FAMOUS_IN_TEXT)].map((m) => m[0]);
}
