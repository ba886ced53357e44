import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

/** Places the scanner finds by their kind of slot or unit word, with sentences written for these tests. */
describe("administrative-unit words make a place", () => {
  it.each([
    ["Pan Zbigniew, 81 lat, wieś Kępa, gmina Łęki. Zawał.", "Kępa"],
    ["Pt Suresh, 54M, gaon Rampura Kalan, tehsil Bawal, fever x 5 days.", "Rampura Kalan"],
    ["She is 4, from Kebele 12, Hawassa, with measles.", "Kebele 12"],
    ["Child from village Mohanlalganj, SAM with oedema.", "Mohanlalganj"],
    ["Dov, 77, kibbutz Ein Gev, fell off a ladder.", "Ein Gev"],
    ["Paciente de 60 años. Comunidad: Pisac, Calca. Disnea.", "Pisac"],
    ["F, 88, care home Thornbury, recurrent UTIs.", "Thornbury"],
    ["Frau K., Pflegeheim Bad Salzuflen, Dekubitus.", "Bad Salzuflen"],
    ["Dadi ji, Pocket 2, Sector 11, Dwarka, BP 190/100.", "Sector 11"],
    ["TB in a 22-year-old, family of 8 in Shindand district.", "Shindand district"],
    ["Ayşe Demir, 70, Bahçelievler Mah., Kocaeli. Syncope.", "Bahçelievler Mah."],
    ["Moshe, 66, from the Gilo neighbourhood, chest pain.", "Gilo neighbourhood"],
  ])("%s", (text, place) => {
    expect(blockedAs(text, "address").join(" | ")).toContain(place);
  });

  it.each([
    "The village doctor saw him first and sent him on.",
    "Referred by the Village Medical Centre for review.",
    "The care home staff noted BPSD at night.",
    "Nursing home residents with COPD do worse in winter.",
    "Sector 4 of the visual field was lost after the stroke.",
    "Our district nurses visit daily; the Tower Hamlets district nurses agree.",
    "Pocket 2 of the pacemaker was infected, CKD 3b.",
    "Comunidad de Madrid guidelines for CKD.",
  ])("no address block: %s", (text) => {
    expect(blocks(text).filter((f) => f.category === "address")).toEqual([]);
  });
});

describe("a trade or a kin word puts the person in the place", () => {
  it.each([
    ["Sr. Anselmo, pescador de Cudillero, 61 años, lesión en el labio.", "Cudillero"],
    ["M. Kerjean, éleveur à Landivisiau, fièvre depuis 5 jours.", "Landivisiau"],
    ["Suresh (chaiwala from Itwari) has HbA1c 10.4.", "Itwari"],
    ["Rafiq dada from Gujranwala, DKA again.", "Gujranwala"],
    ["un taxista de Avellaneda con dolor torácico", "Avellaneda"],
  ])("%s", (text, place) => {
    expect(blockedAs(text, "address")).toContain(place);
  });

  it.each([
    "Un tumor de Wilms en un paciente de 3 años.",
    "Une tumeur de Wilms chez un enfant de 4 ans.",
    "Un cirujano de Madrid nos escribió sobre el caso.",
    "Le médecin à Lyon a refusé le transfert.",
    "The chaiwala from the canteen brought tea to the ward.",
  ])("no address block: %s", (text) => {
    expect(blocks(text).filter((f) => f.category === "address")).toEqual([]);
  });
});

describe("a column headed by a place label", () => {
  it("reads a Place column of a tab-separated case list", () => {
    const text = "No\tName\tAge\tPlace\tDx\n1\tMuthu Vel\t58\tArani\tCa oral\n2\tKavitha\t39\tVandavasi\tDM";
    expect(blockedAs(text, "address")).toEqual(["Arani", "Vandavasi"]);
  });
  it("reads a town that starts like a placeholder word ('Nil', 'NA')", () => {
    expect(blockedAs("Name,DOB,Town\nEmine Acar,03.04.1950,Nilüfer", "address")).toEqual(["Nilüfer"]);
  });
  it("reads a Comunidad column of a comma-separated paste", () => {
    expect(blockedAs("Nombre,Edad,Comunidad\nRosa Huamán,41,Ollantaytambo", "address")).toEqual(["Ollantaytambo"]);
  });
  it.each(["Time and place: Tuesday, Lecture Theatre 2", "| Drug | Place | Dose |\n|---|---|---|\n| Keytruda | 2nd line | 200 mg |", "Allergies: Nil. Meds: none."])(
    "no address block: %s",
    (text) => {
      expect(blocks(text).filter((f) => f.category === "address")).toEqual([]);
    },
  );
});

describe("'de X' right before an age is where the person is from", () => {
  it.each([
    ["La senyora Roser Vila, de Solsona, 84, caigudes.", "Solsona"],
    ["Sr. Tomé Alves, de Mangualde, 72, dispneia.", "Mangualde"],
  ])("%s", (text, place) => {
    expect(blockedAs(text, "address")).toContain(place);
  });
  it.each(["Un tumor de Wilms, 3 años, en seguimiento.", "Enfermedad de Crohn, 45, en remisión."])("no address block: %s", (text) => {
    expect(blocks(text).filter((f) => f.category === "address")).toEqual([]);
  });
});

describe("lower-case chat: a trade or kin word, then 'from'/'da'/'de' and a place", () => {
  it.each([
    ["pt is a 40m boda rider from kawempe, tetanus?", "kawempe"],
    ["sra benedita, 71, pescadora da ericeira, lesão no lábio", "ericeira"],
    ["her nephew from bulawayo brought her in", "bulawayo"],
  ])("%s", (text, place) => {
    expect(blockedAs(text, "address")).toContain(place);
  });
  it.each([
    "switched from warfarin to apixaban last week",
    "pt is a farmer from somewhere up north",
    "her son from work called the ward",
    "the plumber from next door found him",
    "registrar from cardiology reviewed",
    "A courier from Kawempe, then CT",
  ])("no lower-case place: %s", (text) => {
    expect(blocks(text).filter((f) => f.category === "address" && /^[a-z]/.test(f.text))).toEqual([]);
  });
});
