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
 * - a family name alone blocks after a care verb and a setting; lower-case names after a title
 *   without its dot; possessives before a relative or an age; relatives "of" a person; names in
 *   CJK script after a label, before an honorific or an age; a reading restating a blocked name;
 * - services, sources, helplines, payers, published cases and Romance-language eponyms do not;
 * - famous cases of the literature, authors, eponyms, places and the physician's own name do not.
 */
import { describe, expect, it } from "vitest";
import { blockedAs, blocks, expectLinearScan, flagged } from "./helpers";

const blockedNames = (text: string): string[] => blockedAs(text, "name");

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

/** Cues added for the new voices: care verbs, titles and relatives in more forms, scripts, records. */
const MORE_CUES: ReadonlyArray<[string, string, string]> = [
  ["a family name alone after a care verb and a setting", "Saw Lindqvist in clinic today, still breathless.", "Lindqvist"],
  ["an unlisted family name after a care verb and a time", "Admitted Pettigrew overnight with a GI bleed.", "Pettigrew"],
  ["family names listed after a care verb", "Reviewed F. Abiodun and Okafor on the ward round.", "Okafor"],
  ["a lower-case listed surname after a care verb and a setting", "admitted gallagher overnight, k 6.9", "gallagher"],
  ["a lower-case title without a dot", "mrs whitcombe rang about her warfarin again", "whitcombe"],
  ["a lower-case title, an initial and a surname", "mrs d. featherstone is on the list for tomorrow", "d. featherstone"],
  ["a lower-case title and an Irish particle", "mr ó ceallaigh sent back from the lounge", "ó ceallaigh"],
  ["a Spanish lower-case title after an article", "el sr aranguren volvió a quitarse la vía", "aranguren"],
  ["a French lower-case title", "mme bastide ch 4 refuse son traitement", "bastide"],
  ["a Portuguese title", "O seu Valdomiro chegou com dispneia.", "Valdomiro"],
  ["a lower-case Spanish title before a capitalised name", "La señora Remedios Ocaña vive sola.", "Remedios Ocaña"],
  ["a possessive before a relative", "Threlkeld's son Barnaby phoned the ward twice.", "Threlkeld"],
  ["a possessive before an age", "Winifred's 94 and still gardening.", "Winifred"],
  ["a hyphenated possessive before a relative", "Abara-Lindgren's daughter is the proxy.", "Abara-Lindgren"],
  ["a relative introduced with 'of'", "The son of Aurelio Bustamante called from Lima.", "Aurelio Bustamante"],
  ["a kin title before a name", "Nonna Concetta refuses the feeding tube.", "Concetta"],
  ["a family member", "Family member Horatio Quaye is at the bedside.", "Horatio Quaye"],
  ["a relative after a capitalised possessor", "Yes, it's Marisela, Tomas Ybarra's granddaughter.", "Tomas Ybarra"],
  ["a spelled-out age after a listed name", "Old Ernesto, ninety-something, still drives.", "Ernesto"],
  ["a birthday age", "Guadalupe turns 96 on Friday.", "Guadalupe"],
  ["an identifier, a dash and a name", "UR 4471-203-88 - Imogen Thackeray, anorexia, K 2.7", "Imogen Thackeray"],
  ["an identifier before an unlisted pair", "Card SKX558120, Peregrine Oduya, new AF.", "Peregrine Oduya"],
  ["a Chinese name before a sex and an age", "病人：赵春梅，女，94岁", "赵春梅"],
  ["a Japanese name with a space before an honorific", "紹介: 山本 一郎 様 (79)", "山本 一郎"],
  ["a Korean name after a name label", "환자명: 박서연", "박서연"],
  ["a romanised name after a Japanese name label", "氏名: Fujimoto Akira", "Fujimoto Akira"],
  ["a script name restated in romanisation", "환자명: 박서연 (Park Seo-yeon), lupus nephritis", "Park Seo-yeon"],
  ["a name before its nickname", "Oluwadamilare (goes by Dami) missed his clinic.", "Oluwadamilare"],
  ["a baby named by its mother", "Baby of Ifeoma Chukwu is in the NICU.", "Ifeoma Chukwu"],
  ["a first name given as such", "They only had a first name, Harpreet, on the form.", "Harpreet"],
  ["a doctor who is the patient", "Tricky: the patient is himself a physician, Dr. Anselm Kowalik, and self-prescribes.", "Anselm Kowalik"],
  ["a record header with a place as a given name", "GUTIÉRREZ, Florida, 77 años, EPOC.", "GUTIÉRREZ, Florida"],
];

describe("names after the cues of the new voices", () => {
  it.each(MORE_CUES)("blocks %s", (_kind, text, name) => {
    expect(
      blocks(text)
        .map((f) => f.text)
        .join(" | "),
    ).toContain(name);
  });
});

describe("the new cues scan in linear time", () => {
  // Many care verbs, parentheses after blocked names and possessives in one post: each reading is
  // bounded, and a parenthesis is looked up only where one opens.
  it("on repeated ward-talk cues", () => {
    expectLinearScan("Saw Okafor and Hudson in clinic; mrs d. vance (Dora Vance) rang; Abara's son Obi (aka Bobo); 赵春梅，女，94岁. ");
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
  ["a clinical service after a care verb", "Saw Gastro today about the varices."],
  ["a source after 'reviewed'", "Reviewed Medline tonight: nothing new."],
  ["a colleague's honorific", "Tanabe-sensei showed us this sign on rounds."],
  ["an organisation after 'Client:'", "Client: Mercy Health Partners (we cover nights)."],
  ["a published case's nickname", "The Berlin patient (Timothy Ray Brown) was cured by a transplant."],
  ["a famous case's nickname", "Mary Mallon ('Typhoid Mary') infected dozens."],
  ["an eponym after a Portuguese head", "Escore de Alvarado 8, sinal de Blumberg positivo."],
  ["an acronym read as a given name", "ADA Standards of Care 2025 came out in December."],
  ["payers as a last-first pair", "SUS, Unimed e Amil exigem autorização."],
  ["a helpline with its number", "Crisis Text Line (text HOME to 741741) is on the leaflet."],
  ["a meeting with its time", "Journal Club Kardiologie, Mittwoch 7:30, Raum 2."],
  ["mitral regurgitation in lower case", "echo: mild mr, trace tr, ef 60%"],
  ["sinus rhythm in lower case", "stayed in sr throughout the night"],
  ["an occupation after 'year old man'", "a 45 year old man pilot with syncope"],
  ["a possessive before a non-personal noun", "Harrison's chapter on sepsis is still the best."],
];

describe("hard negatives stay unblocked", () => {
  it.each(NOT_PATIENTS)("does not block %s", (_kind, text) => {
    expect(blockedNames(text)).toEqual([]);
  });
});

/**
 * Names a record layout places without a cue word: a list line "SURNAME Initial" before a record
 * number or a dash, an e-mail header's display name, "age, sex, name" in a handover, a dictated
 * lower-case name before "date of birth", a name opening a sentence with an age or a birth date,
 * a pasted table's name column, an insured person's label, and a lone CJK name after "says" or a
 * patient label.
 */
const LAYOUT_NAMES: ReadonlyArray<[string, string, string]> = [
  ["a ward list line with a record number", "Board round:\n1. ADEYEMI T 448120/22 - cellulitis, IV abx\n2. done", "ADEYEMI T"],
  ["a ward list line with a dash", "Theatre list\n- HALVORSEN K. - lap chole, fasted", "HALVORSEN K."],
  ["an e-mail header's display name", "Forwarded:\nFrom: Rhiannon Tudor <rtudor@example.org>\nSubject: Mum", "Rhiannon Tudor"],
  ["age, sex, then a name in a handover", "Handover\nA - 86yo, male, Osvaldo Quiroga\nT - fall at home", "Osvaldo Quiroga"],
  ["a spelled-out age before sex and name", "A - eighty-seven years old, female, Ludmila Hrabal\nI - hip", "Ludmila Hrabal"],
  ["a dictated lower-case name before date of birth", "voice note: seen today tomasz wrobel date of birth third of May", "tomasz wrobel"],
  ["a name opening a sentence with an age", "Liaison referral. Saoirse, 24, took an overdose last night.", "Saoirse"],
  ["a name opening a sentence with a birth date", "Query from school nurse. Kalani (DOB 02/03/2016) has bruises.", "Kalani"],
  ["a pasted table's name column", "Sheet:\nName,DOB,Ward\nIngrid Solberg,1950-04-02,7B\n", "Ingrid Solberg"],
  ["an insured person's label", "Claim form\nInsured person: Ruairi Feeney\nPolicy no.: pending", "Ruairi Feeney"],
  ["a pair with a job in apposition", "Fitness to drive. Tevita Fifita, bus driver, two seizures.", "Tevita Fifita"],
  ["a pair owning an implanted device", "Remote check: Ottilie Brandauer's ICD fired twice.", "Ottilie Brandauer"],
  ["a name and a hometown after 'A patient,'", "A patient, Wiremu from Rotorua, asked about fasting.", "Wiremu"],
  ["a Hangul name after 'says'", "Her ID card says 박서연 but the chart has it reversed.", "박서연"],
];

const LAYOUT_NOT_NAMES: ReadonlyArray<[string, string]> = [
  ["an abbreviation before a designated letter", "Problems:\n1. HEP B - immune\n2. TYPE A - blood group"],
  ["a German age bracket", "Patientin, Anfang 40, Angststörung; Patient, Ende 60, COPD."],
  ["a field label after a patient cue", "Please add the patient CHI: on every request form."],
  ["a locality at the end of a capitalised pair", "Rows: Name\tTown\nfollow-up\tModel Town"],
  ["a company with a job after it", "Royal Mail, van driver, shift rota changed again."],
  ["CJK labels in a Latin post", "The form has 氏名 and 保険証 boxes; 患者 is printed on top."],
];

describe("names a record layout places", () => {
  it.each(LAYOUT_NAMES)("blocks %s", (_kind, text, name) => {
    expect(blockedNames(text)).toContain(name);
  });
  it.each(LAYOUT_NOT_NAMES)("does not block %s", (_kind, text) => {
    expect(blockedNames(text)).toEqual([]);
  });
});
