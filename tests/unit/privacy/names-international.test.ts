/**
 * Names of many cultures and many ways of writing them (src/server/privacy/detectors/names.ts,
 * lexicon/first-names.ts, lexicon/surnames.ts, lexicon/name-shapes.ts).
 *
 * Rules under test:
 * - surname-first names are read by their parts ("Nguyen Van An", "Sato Haruto", "Kim Min-jun") and
 *   a registry-style "DUPONT Marie" blocks on its own;
 * - a recognised name blocks with a clinical predicate, an age in any language, an identifier or a
 *   relative's apposition after it, or an introduction before it ("introduced herself as", "calls
 *   him", "my patient", "baby", a relative in Spanish, French or German);
 * - lower-case names in chat block after a patient cue, a clinical verb, a relative or a title;
 * - initials block in apposition with an age or an occupation;
 * - famous cases of the literature, authors, eponyms, places and the physician's own name do not.
 */
import { describe, expect, it } from "vitest";
import { blocks, flagged } from "./helpers";

function blockedNames(text: string): string[] {
  return blocks(text)
    .filter((f) => f.category === "name")
    .map((f) => f.text);
}

const SURNAME_FIRST: ReadonlyArray<[string, string, string]> = [
  ["a French all-caps family name without a cue", "DUPONT Marie was seen in clinic with new AF.", "DUPONT Marie"],
  ["a Vietnamese name with an age", "Nguyen Van An, 58M, presented with hematemesis.", "Nguyen Van An"],
  ["a Chinese name in capitals after a patient cue", "pt WANG Xiaoming, 45, with a hepatitis B flare.", "WANG Xiaoming"],
  ["a Japanese name with a clinical predicate", "Sato Haruto was admitted with recurrent syncope.", "Sato Haruto"],
  ["a Korean hyphenated given name", "Kim Min-jun was admitted with DKA.", "Kim Min-jun"],
  ["a Vietnamese name with tones", "Bệnh nhân Phạm Quang Huy, 40 tuổi, sốt xuất huyết.", "Phạm Quang Huy"],
  ["a last-name-first record entry", 'Clinic header: "Seo, Hyun-woo (goes by Daniel), DOB 10/22/1977".', "Seo, Hyun-woo"],
];

const CUED: ReadonlyArray<[string, string, string]> = [
  ["a full name with a clinical predicate", "Giuseppe Esposito came in with a GI bleed.", "Giuseppe Esposito"],
  ["a name-shaped surname with a predicate", "Ciaran O'Sullivan presented with haemoptysis.", "Ciaran O'Sullivan"],
  ["a particle surname after a title", "Mr. van der Berg has a new murmur.", "van der Berg"],
  ["a Spanish age", "Evelyn Valdés, 29 años, embarazo ectópico roto.", "Evelyn Valdés"],
  ["an identifier in apposition", "Lachlan Tawhiri (NHI KJN3105) needs a repeat echo.", "Lachlan Tawhiri"],
  ["a hyphenated given name with a predicate", "Jean-Pierre came back with worse dyspnoea.", "Jean-Pierre"],
  ["an introduction", "She introduced herself as Marisol and asked for a female doctor.", "Marisol"],
  ["a nickname", "Everyone calls him Bubba on the unit.", "Bubba"],
  ["my patient and a first name", "My patient Ahmed is fasting for Ramadan.", "Ahmed"],
  ["a baby's name", "Baby Liam was born at 32 weeks.", "Liam"],
  ["a relative in apposition", "Spoke to Ngozi, his wife, about the plan.", "Ngozi"],
  ["a relative's name in parentheses", "Her son (Tomasz) called me about his mother.", "Tomasz"],
  ["a Spanish relative", "El esposo (Lorenzo Escobar) no autoriza la transfusión.", "Lorenzo Escobar"],
  ["a German relative", "Der Sohn Björn ist außer sich.", "Björn"],
  ["a Spanish courtesy title", "Doña Gloria, de 94, con fractura vertebral.", "Gloria"],
  ["a Japanese honorific", "Yoshida-san had ESD for early gastric cancer.", "Yoshida"],
  ["initials with an occupation", "J.K., a retired welder, has progressive dyspnea.", "J.K."],
  ["initials after an age and an occupation", "A 54-year-old teacher, M.T., presented with ptosis.", "M.T."],
  ["a name in Chinese script after its romanised form", "Interpreter booked for Mrs LIU Fang (刘芳), 76.", "刘芳"],
  ["a possessive with a record", "Billing refunded Talia Sauerland's overpayment to the wrong account.", "Talia Sauerland"],
];

const LOWER_CASE: ReadonlyArray<[string, string, string]> = [
  ["after 'pt is'", "pt is maria gonzalez, 44, with a breast lump", "maria gonzalez"],
  ["after a clinical verb", "saw jose silva today, his INR is 5", "jose silva"],
  ["after a relative", "her daughter priya wants him home", "priya"],
  ["after a lower-case title", "ms. oconnor called again about her results", "oconnor"],
  ["two unlisted words a person's verb follows", "pt keisha hollister rang the ward again", "keisha hollister"],
];

describe("names written surname first or in capitals", () => {
  it.each(SURNAME_FIRST)("blocks %s", (_kind, text, name) => {
    expect(blockedNames(text).join(" | ")).toContain(name);
  });
});

describe("names with a cue of any language", () => {
  it.each(CUED)("blocks %s", (_kind, text, name) => {
    expect(blockedNames(text).join(" | ")).toContain(name);
  });
});

describe("lower-case names in chat", () => {
  it.each(LOWER_CASE)("blocks a name %s", (_kind, text, name) => {
    expect(blockedNames(text)).toContain(name);
  });
});

describe("names with no cue", () => {
  it("warns, not blocks, on a surname-first name with no cue", () => {
    expect(flagged("Reading about Nguyen Van An in the newsletter.")).toContainEqual({
      category: "name",
      level: "warn",
      text: "Nguyen Van An",
    });
  });
});

const NOT_PATIENTS: ReadonlyArray<[string, string]> = [
  ["a famous case of the literature", "Phineas Gage is the classic case of frontal lobe injury."],
  ["a famous patient's initials", "Patient H.M. taught us about memory consolidation."],
  ["a famous first patient", "Alois Alzheimer's first patient, Auguste Deter, was 51."],
  ["the author introducing themself", "I am Maria, a GP in Lisbon."],
  ["a signature", "Kind regards, Tomasz Nowak, MD"],
  ["a colleague with a surname-first name", "Rounds with Dr. Nguyen Van Minh this morning were great."],
  ["an author", "Smith et al. showed a mortality benefit."],
  ["an eponym after a relative word", "Sister Mary Joseph nodule was palpable."],
  ["a relative's medicine", "Carer emailing daily about her husband's Parkinson's meds."],
  ["a city with a date", "Anyone going to ATS 2024 in San Diego, May 17-22?"],
  ["a place read as a surname-first name", "Ho Chi Minh City has a new stroke unit."],
  ["an occupation with an age", "Farmer, 48, new major depression with passive ideation."],
  ["a nickname that is a form of address", "She calls me Doc and brings cookies."],
  ["a procedure after an age", "Virchow node in a 71M. EGD tomorrow."],
  ["a species after an initial", "M. tuberculosis grew from the BAL."],
  ["a Spanish particle before an age", "Paciente de 93 años con hiponatremia crónica."],
  ["a hyphenated common word", "Follow-up was arranged in clinic."],
  ["without in lower case", "CT Abdomen w/o contrast was unremarkable."],
  ["a German statistics test", "We used the Mann Whitney U test."],
  ["a degree after initials", "She is an M.D., a cardiologist in Ohio."],
  ["two ordinary words a person's verb follows", "pt family member called again"],
  ["ordinary words before a birth date", "verify correct dob please"],
  ["a sign-off and the author's name", "Cheers, Kevin (ED registrar)"],
  ["a named scale with its value", "Glasgow Coma Scale 14, CURB-65 of 2."],
  ["an author with a clinical-sounding verb", "Atul Gawande presented with a great keynote on checklists."],
];

describe("hard negatives stay unblocked", () => {
  it.each(NOT_PATIENTS)("does not block %s", (_kind, text) => {
    expect(blockedNames(text)).toEqual([]);
  });
});
