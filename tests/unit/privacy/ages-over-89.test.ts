import { describe, expect, it } from "vitest";
import { blockedAs, blocks, flagged } from "./helpers";

/**
 * Ages of 90 and over in any phrasing (src/server/privacy/detectors/ages.ts). Safe Harbor allows
 * only the single aggregate "90 or older"; a decade band inside it ("in her late 90s") is narrower
 * and counts as the age. Sentences are written for these tests.
 */
function expectAge(text: string, span: string): void {
  expect(blocks(text)).toContainEqual({ category: "age_over_89", level: "block", text: span });
}

function ageFindings(text: string) {
  return flagged(text).filter((f) => f.category === "age_over_89");
}

describe("ages over 89 are blocked", () => {
  it.each([
    ["sex, comma, age", "F, 95, with new AF and falls.", "95"],
    ["a listed name, comma, age", "Edna, 93, lives alone and manages her own pills.", "93"],
    ["an unlisted surname before a person verb", "Whitfield, 93, lives alone.", "93"],
    ["aged and a number in words", "Referred a woman aged ninety-four with syncope.", "ninety-four"],
    ["yo with a space", "97 yo with a hip fracture.", "97 yo"],
    ["yo without a space", "97yo with a hip fracture.", "97yo"],
    ["yo with the sex attached", "97yoF with a hip fracture.", "97yoF"],
    ["a hyphenated year-old", "Saw a 91-year-old with pneumonia.", "91-year-old"],
    ["age and sex run together", "92M with AKI on CKD.", "92M"],
    ["sex slash age", "M/96 with AKI on CKD.", "96"],
    ["age slash sex", "96/F with AKI on CKD.", "96/F"],
    ["y.o.", "96 y.o. female with delirium.", "96 y.o."],
    ["turned", "She turned 100 last week and now has pneumonia.", "turned 100"],
    ["age before the number", "Pt is age 101 and wants surgery.", "age 101"],
    ["a person noun and 'of'", "A woman of 94 came in with a hip fracture.", "94"],
    ["a bracketed age after a titled name", "Mrs. Okafor (92) fell again.", "92"],
    ["a birthday ordinal", "She celebrated her 100th birthday on the ward.", "100th birthday"],
    ["a person and 'is'", "Grandma is 96 and on warfarin.", "96"],
    ["a number in words after an appositive comma", "The patient, ninety-two, lives alone.", "ninety-two"],
    ["a markdown table Age column", "| Name | Age | Issue |\n|---|---|---|\n| A. Smith | 96 | falls |", "96"],
    ["a key-value table row", "| Age | 93 |", "Age | 93"],
    ["a birth year that implies 90+", "Pt born in 1931 insists she does not need a walker.", "1931"],
  ])("blocks %s", (_kind, text, span) => {
    expectAge(text, span);
  });
});

describe("ages over 89 in other languages", () => {
  it.each([
    ["French", "Patiente de 95 ans, chute à domicile.", "95 ans"],
    ["German", "Patientin, 95 Jahre, Sturz zu Hause.", "95 Jahre"],
    ["German abbreviated", "Pat. Brenner, 93 J., aus dem Pflegeheim.", "93 J."],
    ["Spanish", "Paciente de 95 años con neumonía.", "95 años"],
    ["Portuguese", "Paciente de 95 anos com pneumonia.", "95 anos"],
    ["Spanish after a courtesy title", "Doña Lucía, de 94, con fractura vertebral.", "94"],
    ["Vietnamese", "Bệnh nhân 91 tuổi, gãy cổ xương đùi.", "91 tuổi"],
    ["Hindi in Latin script", "Dadi ji, 96 saal ki, bilkul alert hai.", "96 saal"],
  ])("blocks an age in %s", (_kind, text, span) => {
    expectAge(text, span);
  });
});

describe("ages over 89 in the other shapes clinicians write them", () => {
  it.each([
    ["an age column headed Yrs", "| Resident | Yrs | Plan |\n|---|---|---|\n| OKONJO | 97 | review meds |", "97"],
    ["an age column headed Idade", "| Nome | Idade |\n|---|---|\n| Sra. Lemos | 92 |", "92"],
    ["a French key-value label", "Âge : 92\nMotif : chute", "Âge : 92"],
    ["a dashed key-value label", "Age - 96, lives in a care home.", "Age - 96"],
    ["a Romance calque with 'has'", "His aunt, who has also 93, cannot manage the stairs.", "93"],
    ["a listed name and 'is'", "Herbert is 97 by his own account and still gardens.", "97"],
    ["a kinship honorific and 'is'", "Nonna Benedetta is 99 and wants to go home.", "99"],
    ["an appositive after a dash", "Uncle Desmond Kerr - ninety-four, lives on his own.", "ninety-four"],
    ["an appositive after a bracketed alias", "Tomás Herrera (goes by Tom), 92, with pneumonia.", "92"],
    ["a name in CJK script", "王秀英, 94, admitted with urosepsis.", "94"],
    ["a bracketed age after a full name with a person verb", "Winifred Oduya (93) was sent in by her GP.", "93"],
    ["an approximate age after a possessive name", "Marjorie's 90-odd and lives alone.", "90-odd"],
    ["an approximate age in words after a name", "Old Cedric, ninety-something (he won't say), still drives.", "ninety-something"],
    ["a qualified band after a name", "Agnes Mbeki, mid-90s by her own count, fell at home.", "mid-90s"],
    ["a qualified band after 'she's'", "She's late nineties and sharp as a tack.", "late nineties"],
    ["a Portuguese shorthand age", "Idoso, 93a, acamado, com escara sacral.", "93a"],
    ["an upper-case age in words with YO", "NINETY-SIX YO M, FOUND ON FLOOR.", "NINETY-SIX YO"],
    ["digits dictated one by one", "this nine seven year old man from the ward", "nine seven year old"],
    ["a misheard unit in dictation", "pt is a 90 ate year old male from home", "90 ate year old"],
    ["a German compound", "Eine Zweiundneunzigjährige mit Sturz zu Hause.", "Zweiundneunzigjährige"],
    ["a Spanish age in words", "Señor de noventa y cuatro años con neumonía.", "noventa y cuatro años"],
    ["an Italian age in words", "Paziente di novantasei anni con delirium.", "novantasei anni"],
    ["a French age in words", "Madame de quatre-vingt-quinze ans, chute.", "quatre-vingt-quinze ans"],
    ["a bare 'y' before an English word", "Pt 96 y with new AF.", "96 y"],
    ["a triage note in capitals", "TRIAGE: 97 YO M, SOB, ON HOME O2.", "97 YO M"],
    ["a misspelt year-old", "A 95 yeras old man with urinary retention.", "95 yeras old"],
    ["y o with a space", "95 y o female with falls.", "95 y o"],
    ["a sentence opening on the age", "At 98, he still walks to the shops.", "98"],
    ["a milestone verb ending the phrase", "Her mum just hit 100 and wants her hip fixed.", "100"],
    ["'will be' after a pronoun", "She'll be 96 on Sunday.", "96"],
    ["a Spanish verb without the year word", "Don Aurelio tiene 93 y vive con su hija.", "93"],
    ["a Portuguese verb before a time word", "A senhora completou 96 ontem.", "96"],
    ["a titled name, a space and the age", "Bay 6: Mr Osei 97 CAP, for ward care.", "97"],
    ["a sex letter opening a list item", "- M 95, NSTEMI, for medical management.", "95"],
    ["a tab-separated table", "Patient\tAge\tIssue\nMORALES\t96\tfalls", "96"],
    ["a table header with a unit", "| Age (y) | 91 |", "Age (y) | 91"],
    ["a labelled age at admission", "Age at admission: 92", "Age at admission: 92"],
    ["a sex and age with a slash and a line break", "Sex/Age: M/93\nWard: 4B", "93"],
    ["Dutch", "Een 95-jarige man met een heupfractuur.", "95-jarige"],
    ["Dutch in words", "Een drieënnegentigjarige vrouw met delier.", "drieënnegentigjarige"],
    ["Italian", "Una 94enne con scompenso cardiaco.", "94enne"],
    ["Italian in words", "Paziente novantenne con delirium.", "novantenne"],
    ["Polish", "Pacjentka 92-letnia z zapaleniem płuc.", "92-letnia"],
    ["Russian", "Пациентка 96 лет, пневмония.", "96 лет"],
    ["Turkish", "93 yaşında kadın hasta, düşme.", "93 yaşında"],
    ["Indonesian", "Pasien 91 tahun dengan sepsis.", "91 tahun"],
    ["Tagalog", "Lola, 92 taong gulang, may pulmonya.", "92 taong gulang"],
    ["Japanese with 才", "96才の男性、誤嚥性肺炎。", "96才"],
    ["Chinese full years", "患者97周岁，女性。", "97周岁"],
    ["Korean with 살", "95살 할아버지, 폐렴.", "95살"],
    ["Japanese numerals", "九十五歳の女性", "九十五歳"],
    ["Chinese numerals over a hundred", "一百零一岁老人", "一百零一岁"],
    ["Greek", "Ασθενής 92 ετών με πτώση.", "92 ετών"],
    ["Hindi", "उम्र 93 साल, बुखार", "93 साल"],
    ["Thai", "อายุ 95 ปี ปอดอักเสบ", "95 ปี"],
    ["a half-transcribed dictation", "pt is a 90 six year old woman from the home", "90 six year old"],
    ["an age in brackets after 'nonagenarian'", "A nonagenarian (97) with severe AS.", "97"],
  ])("blocks %s", (_kind, text, span) => {
    expectAge(text, span);
  });
});

describe("decade bands", () => {
  it("blocks a band tied to a person, with its qualifier", () => {
    expectAge("She is in her late 90s and lives alone.", "late 90s");
  });
  it("blocks a decade in words tied to a person", () => {
    expectAge("He is in his nineties and still drives.", "nineties");
  });
  it("reports nothing for a population of nonagenarians", () => {
    expect(ageFindings("Registry outcomes in nonagenarians after TAVI.")).toEqual([]);
  });
  it("warns, not blocks, on 'nonagenarian' (no number)", () => {
    expect(ageFindings("A nonagenarian with severe AS.")).toEqual([{ category: "age_over_89", level: "warn", text: "nonagenarian" }]);
  });
});

describe("not ages over 89: nothing is reported", () => {
  it.each([
    ["an age range of a trial", "The trial enrolled patients aged 65-90 in the trial."],
    ["minutes", "Symptoms for 90 minutes before arrival."],
    ["a saturation percentage", "95% sat on room air."],
    ["SpO2", "SpO2 92 on 2L."],
    ["a blood pressure and heart rate", "BP 96/60, HR 94."],
    ["a percentile", "Weight is at the 95th percentile."],
    ["a decimal lab", "Hb 9.5 today."],
    ["days of therapy", "Over 90 days of therapy."],
    ["a dose", "Gave 90 mg of ticagrelor."],
    ["eGFR", "eGFR 92, Cr 0.8."],
    ["a decade of years", "Born in the 1990s."],
    ["a room number", "Room 95 is the isolation room."],
    ["saturations in the 90s", "Sats in the 90s on 2L."],
    ["temperatures in the 90s", "Temps in the 90s overnight."],
    ["a lab in apposition", "Glucose, 95, was normal."],
    ["the Safe Harbor aggregate", "Patients aged 90 or older were excluded."],
    ["an aggregate before the number", "Patients over 90 years old were excluded."],
    ["a span of years", "That was 95 years ago."],
    ["a lab table value", "| Test | Result |\n|---|---|\n| Glucose | 96 |"],
    ["a Spanish population", "En mayores de 90 años el riesgo quirúrgico es alto."],
    ["a Portuguese population", "Nos maiores de 90 anos a mortalidade dobra."],
    ["a French population", "Chez les plus de 90 ans, la chute est fréquente."],
    ["a German population", "Bei über 90-Jährigen ist das Risiko hoch."],
    ["an aggregate after the unit", "Residents 90 years and older were excluded."],
    ["a Spanish aggregate after the unit", "Pacientes de 90 años o más fueron excluidos."],
    ["a span of years in Spanish", "La clínica abrió hace 95 años."],
    ["a lab value followed by Spanish 'y'", "Sodio 114 y somnolencia desde ayer."],
    ["a service name", "She was referred to the over-90s clinic."],
    ["an approximate count", "We enrolled 90-odd patients last year."],
    ["an approximate count in words", "Ninety-odd referrals arrived this month."],
    ["a span of time in words", "The hospital has served the town for ninety years."],
    ["a score after 'has'", "She has 94 on the frailty index."],
    ["a lab after 'is'", "Glucose is 98 this morning."],
    ["an unqualified decade after a lab", "Sats, mid-90s, on 2 L."],
    ["digits in words for children", "We saw nine four-year-olds at the vaccine clinic."],
    ["a count of children in dictation", "We vaccinated 90 two year olds this week."],
    ["a temperature in Fahrenheit", "Temp was 99 F overnight, then spiked to 101F."],
    ["saturations reached", "Sats reached 94 on 2 L."],
    ["a score after a milestone verb", "She hit 95 on the cognitive screen."],
    ["a heart rate at the start of a sentence", "At 94, the heart rate was acceptable."],
    ["a Spanish lab after 'tiene'", "Tiene 94 de saturación basal."],
    ["a German duration", "Er war 95 Minuten im OP."],
    ["a titled name and a dose", "Mr Osei takes 95 mg daily."],
    ["a surname eponym before a bracketed number", "The Kaplan Meier (95) estimate was shown."],
  ])("does not report %s", (_kind, text) => {
    expect(ageFindings(text).filter((f) => f.level === "block")).toEqual([]);
  });
});

describe("year words of more languages and 'de' after a person (Hungarian, Romanian, Finnish, es/fr/it)", () => {
  it.each([
    ["Kovács bácsi, 94 éves, dyspnoe.", "94"],
    ["Dna. Elena Popa, 91 de ani, AVC.", "91"],
    ["Aino, 97-vuotias, kaatui kotona.", "97"],
    ["Consulta: abuelo de 96, FA nueva.", "96"],
    ["Une femme de 93, chute à domicile.", "93"],
  ])("%s", (text, age) => {
    expect(blockedAs(text, "age_over_89").join(" ")).toContain(age);
  });
  it.each(["paciente de 92 kg con FA", "paciente de 95% de saturación", "la señora de 90 cm de altura", "Pacient 45 de ani, FA."])("no age block: %s", (text) => {
    expect(blockedAs(text, "age_over_89")).toEqual([]);
  });
});
