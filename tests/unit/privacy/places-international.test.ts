import { describe, expect, it } from "vitest";
import { blocks, flagged } from "./helpers";

/**
 * Places smaller than a state, anywhere in the world (src/server/privacy/detectors/addresses.ts):
 * towns and cities after a residence cue or beside a person, suburbs with their postcodes, rural
 * routes and mail boxes. Places that are not anyone's home (a score, a disease, a hospital, a
 * congress, a country or a state) never block.
 */
function addressBlocks(text: string): string[] {
  return blocks(text)
    .filter((f) => f.category === "address")
    .map((f) => f.text);
}

function expectAddress(text: string, span: string): void {
  expect(addressBlocks(text)).toContainEqual(span);
}

function expectNoAddressBlock(text: string): void {
  expect(addressBlocks(text)).toEqual([]);
}

describe("towns and cities tied to a person", () => {
  it.each([
    ["an unlisted town after 'lives in'", "Pt lives in Wagga Wagga and can't get to clinic.", "Wagga Wagga"],
    ["a listed city after a person and 'from'", "A 45-year-old farmer from Ibadan with fever.", "Ibadan"],
    ["a relative's city", "Her son in Leicester is the main carer.", "Leicester"],
    ["a city after 'moved from'", "He moved from Maracaibo last year.", "Maracaibo"],
    ["a county after a residence cue", "Lives alone in Harris County, no car.", "Harris County"],
    ["a town after a named person and 'from'", "Busisiwe Venter from Mthatha, TB meningitis.", "Mthatha"],
    ["a Spanish residence cue", "Paciente de 54 años, vive en Guadalajara con su hija.", "Guadalajara"],
    ["a Portuguese residence cue", "Gestante de 32 semanas, mora em Campinas.", "Campinas"],
    ["a German cue with a listed city", "Patient aus Köln, 67 Jahre, mit Fieber.", "Köln"],
    ["a public role's town", "My new patient is the mayor of Tralee.", "Tralee"],
    ["a place named after 'village ... called'", "Three children from a village near Ibadan called Lalupon.", "Lalupon"],
    ["a Korean district", "Question from Busan: Cho Hye-jin (Haeundae-gu) had a lobectomy.", "Haeundae-gu"],
  ])("blocks %s", (_kind, text, span) => {
    expectAddress(text, span);
  });

  it("keeps a locality and its city together", () => {
    expect(addressBlocks("Vidya, 32/F, housewife from Kothrud, Pune, admitted with fever.")).toContainEqual("Kothrud, Pune");
  });
});

describe("postcodes and the towns beside them", () => {
  it.each([
    ["an Australian suburb, state and postcode", "Address: 12 Church St, Parramatta NSW 2150", "12 Church St, Parramatta NSW 2150"],
    ["a UK town and postcode", "Registered at Leeds LS6 2QT since 2019.", "Leeds LS6 2QT"],
    ["a French postcode and city", "Domicile : 12 rue Victor Hugo, 69003 Lyon", "12 rue Victor Hugo, 69003 Lyon"],
    ["a German postcode and city", "Wohnt in der Hauptstraße 5, 10115 Berlin.", "Hauptstraße 5, 10115 Berlin"],
    ["an Indian locality, city and PIN", "Lives at #45, 2nd Main Road, Koramangala, Bengaluru 560034.", "#45, 2nd Main Road, Koramangala, Bengaluru 560034"],
    ["a Canadian postcode", "Postal code K1A 0B1 on the referral.", "K1A 0B1"],
    ["a US ZIP after a keyword", "Pt's zip 79936, nearest endo is far.", "79936"],
    ["a Brazilian CEP after its keyword", "Endereço com CEP 08210-000 na ficha.", "08210-000"],
    ["an Irish Eircode", "Ennis, Co. Clare V95 N5H3 on the card.", "V95 N5H3"],
  ])("blocks %s", (_kind, text, span) => {
    expectAddress(text, span);
  });
});

describe("rural routes and mail boxes", () => {
  it.each([
    ["a rural route with its box", "Home health can't find her at Rural Route 4 Box 18.", "Rural Route 4 Box 18"],
    ["a short route form with a box", "Address on file is RR 3 Box 94, no street.", "RR 3 Box 94"],
    ["a route followed by its town", "Wiremu, 66, RD 2, Ruatoria, had a STEMI.", "RD 2"],
    ["a PO box", "Mail goes to PO Box 4412 now.", "PO Box 4412"],
    ["a francophone boîte postale", "Adresse: BP 1234 Yaoundé", "BP 1234 Yaoundé"],
    ["a German Postfach", "Post an Postfach 12 34 56 bitte.", "Postfach 12 34 56"],
  ])("blocks %s", (_kind, text, span) => {
    expectAddress(text, span);
  });
});

describe("places that are not anyone's home", () => {
  it.each([
    ["a training place", "She trained at Mayo before moving here."],
    ["an eponymous criterion", "We applied the Boston criteria for CAA."],
    ["a decision rule", "Ottawa ankle rules were negative."],
    ["a risk model", "The Seattle Heart Failure Model gave 20% one-year mortality."],
    ["a congress city", "I presented at a congress in Lisbon last year."],
    ["a hospital", "Referred to Mass General for TAVR."],
    ["a disease", "Lyme disease serology positive, West Nile IgM pending."],
    ["a virus", "Marburg virus outbreak reported."],
    ["a spotted fever", "Rocky Mountain spotted fever suspected."],
    ["a country", "She emigrated from Peru in 2010."],
    ["a state", "Lives in Texas with her sister."],
    ["provinces", "Moved from Ontario to British Columbia."],
    ["a world region", "Patients from Southeast Asia need a melioidosis workup."],
    ["five-digit lab values", "Platelets 150000, WBC 11000."],
    ["a coma scale", "Glasgow coma scale 14 on arrival."],
    ["a classification named for a city", "Atlanta classification: moderately severe pancreatitis."],
    ["a definition named for a city", "The Berlin definition of ARDS applies."],
    ["a year before a city", "In 2019 Paris hosted the ESC congress."],
    ["a state code and a year", "The NSW 2019 guidelines changed this."],
    ["a respiratory rate", "RR 18, HR 92, SpO2 95%."],
    ["a head circumference", "HC 34 cm at birth."],
    ["a reference lab's postcode", "Send the films to the national reference lab at Colindale (NW9 5EQ)."],
    ["the physician's own city", "I work in Birmingham and see this often."],
    ["a listed city with no cue", "Leicester won the league that year."],
  ])("does not block %s", (_kind, text) => {
    expectNoAddressBlock(text);
  });

  it("warns, not blocks, on a listed city where care happened", () => {
    expect(flagged("He was seen in Manchester last week.")).toContainEqual({ category: "address", level: "warn", text: "Manchester" });
  });
});

describe("places named by grammar, not by a list", () => {
  it.each([
    // Place-type words, in the languages physicians post in.
    ["a Chilean comuna", "Paciente de 70 años, vive sola, comuna de Pirque.", "Pirque"],
    ["a French lieu-dit", "Visite chez Mme Roux, lieu-dit Le Moulinet, BPCO.", "Le Moulinet"],
    ["a German Landkreis", "Frau B. wohnt allein, Landkreis Uelzen, kein Bus.", "Uelzen"],
    ["a Mexican municipio", "Originaria de la sierra, municipio de Tepetlixpa, G3.", "Tepetlixpa"],
    ["an Irish townland", "He farms the townland of Drumkeeran with his brother.", "Drumkeeran"],
    // Kinds of home, then where they are.
    ["a cabin near a town", "Where he sleeps: a cabin near Quillbrook, no phone.", "Quillbrook"],
    ["a German care home", "Die Bewohnerin aus dem Pflegeheim in Uelzen hat Fieber.", "Uelzen"],
    ["a French farm", "Il vit dans une ferme près de Quimperlé.", "Quimperlé"],
    ["a town in council flats", "She's in Ferncliffe council flats with three kids.", "Ferncliffe"],
    // Spoken ways of saying where someone is from.
    ["'from out X way'", "Old fella from out Quillbrook way, chest pain.", "Quillbrook"],
    ["'from up the creek at X'", "Shearer, 52, from up the creek at Tarrawonga, cut hand.", "Tarrawonga"],
    ["'lives out past X'", "She lives out past Tarrawonga with her dogs.", "Tarrawonga"],
    ["a distance from a town", "He lives 40 km west of Tarrawonga on a sheep property.", "Tarrawonga"],
    ["a distance after a person", "A shearer 60 km out of Quillbrook with a crush injury.", "Quillbrook"],
    // Coming from and being born, in other languages.
    ["German 'stammt aus'", "Er stammt aus Uelzen und ist 81 Jahre alt.", "Uelzen"],
    ["Spanish 'nacido en'", "Varón nacido en Tepetlixpa, trabaja en el campo.", "Tepetlixpa"],
    ["French 'vient de'", "Elle vient de Quimperlé pour la dialyse.", "Quimperlé"],
    ["a Spanish relative", "Su hijo en Tepetlixpa la cuida los domingos.", "Tepetlixpa"],
    ["a German relative", "Ihr Sohn in Uelzen hat die Vollmacht.", "Uelzen"],
    ["an age in German before 'aus'", "Herr K., 91 J., aus Bad Bevensen mit Sturz.", "Bad Bevensen"],
    // Who the place belongs to, read from the clause.
    ["a record number after a name", "Thabo Mokoena, folder 77123456, from Section C, Umlazi, stab wound.", "Section C, Umlazi"],
    ["a referral header", "Re: Fionnuala Brennan, Ballyroan, Co. Laois\nDOB: 3/4/1961", "Ballyroan"],
    ["a patient line ending in a place", "Paciente Rosa Quispe, DNI 41234567, Chorrillos. Fiebre.", "Chorrillos"],
    ["an incident to the patient", "He rolled the tractor in Quillbrook and was trapped.", "Quillbrook"],
    ["an occupation in a sentence about the patient", "Mrs Doyle, a retired postmaster in Quillbrook, has AF.", "Quillbrook"],
    ["an area adjective", "A 60-year-old man from rural Quillbrook with chest pain.", "Quillbrook"],
    ["a town with its state code", "She's a teacher from Tarrawonga, NSW, 34 weeks.", "Tarrawonga, NSW"],
    ["a town and 'area'", "He comes down from the Tarrawonga area for dialysis.", "Tarrawonga"],
    ["a named station", "Her husband runs Yarrowvale Station and can't leave.", "Yarrowvale Station"],
    ["a named farm after a person", "A farmer from Glenlea Farm with Q fever.", "Glenlea Farm"],
    ["a small place by its population", "Home visit to a hamlet - Quillbrook, population about 400 - everyone knows.", "Quillbrook"],
    ["a population in Spanish", "Vive sola en Valdecuenca, 52 habitantes en invierno.", "Valdecuenca"],
    ["a lower-case listed city in Hinglish", "family bol rahi hai kanpur le jaayenge, discharge kar do", "kanpur"],
    ["a UK postcode district after its keyword", "His postcode (LS9) puts him outside the catchment.", "LS9"],
    ["a county named like an eponym", "Family drove four hours from Addison County for this.", "Addison County"],
    ["a county after a sentence-initial word", "In Harris County the family has no car.", "Harris County"],
    ["a bare close", "Everyone knows him as the bloke on Banksia Close with the dogs.", "Banksia Close"],
    ["a relative writing about a parent", "My mum lives in Ferncliffe and can't drive to clinic.", "Ferncliffe"],
    ["a relative writing as 'we'", "I'm his daughter; we live in Tarrawonga, an hour away.", "Tarrawonga"],
    // Labels in the languages of pasted records.
    ["a Mexican delegación label", "Delegación: Tlalpan", "Tlalpan"],
    ["a Portuguese município label", "Município: Itapecerica", "Itapecerica"],
    ["a Dutch woonplaats label", "Woonplaats: Zwolle", "Zwolle"],
    ["an Indian landmark", "Landmark: near Hanuman temple, Rampur", "near Hanuman temple, Rampur"],
    ["an abbreviated address label", "Addr. 14 Ferncliffe Rd, Tumut", "14 Ferncliffe Rd, Tumut"],
  ])("blocks %s", (_kind, text, span) => {
    expectAddress(text, span);
  });

  it.each([
    ["a distance from a facility", "The nearest MRI is 300 km from Tarrawonga."],
    ["a colleague after 'for'", "Thanks for Paul Jones, Leeds."],
    ["a specialty after a patient's name", "Referral for John Smith, Renal."],
    ["a doctor after 'for'", "Covering for Dr Mehta, Oncology."],
    ["a hospital area after an incident", "He collapsed in Physio this morning, now in Stepdown."],
    ["a capital opening a noun phrase", "He was seen in Outpatients and fell in Car park B."],
    ["a colleague's occupation", "A physician in Quillbrook suggested rituximab."],
    ["a medical camp run by us", "We held an eye camp near Quillbrook last year."],
    ["a railway station", "We met at Victoria Station for the handover."],
    ["a large place by its population", "Leeds, population 800,000, has two trauma centres."],
    ["a country by its population", "Norway, population 5 million, screens everyone."],
    ["a study by its size", "Trial, 300 people enrolled, negative."],
    ["a spinal level", "Fracture at T12 on the CT."],
    ["a care setting as residence", "Residence: SNF\nCode status: DNR"],
    ["'address' as a verb", "Address: anticoagulation reversal first, then imaging."],
    ["a blood group", "Patient is AB positive, Rh negative."],
    ["a drug switch", "She moved from Warfarin to Apixaban last week."],
    ["a country opened by 'New'", "She emigrated from New Zealand in 2010."],
    ["a German noun after 'bei'", "Eure Präferenz bei Sinusknotenerkrankung mit AV-Block?"],
    ["a trainee's city", "Tanaka here, cardiology fellow in Osaka. We're collecting cases."],
    ["a medical residency label", "Para a residência: CVV 188 e SAMU 192."],
  ])("does not block %s", (_kind, text) => {
    expectNoAddressBlock(text);
  });
});
