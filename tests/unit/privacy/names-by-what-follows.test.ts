import { describe, expect, it } from "vitest";
import { blockedAs } from "./helpers";

/**
 * A patient is often named once, by a given name alone or in another script, and the name is told
 * apart from a colleague's or a drug's by what follows it (src/server/privacy/detectors/names.ts):
 * - a listed given name that speaks or acts ("says", "missed", "chegou", "dice") in a post that
 *   shows a patient (an age with a sex, "pt", a relative) blocks; addressed or credited it does not;
 * - a given name in apposition with an age ("Jarrah (the 15yo with T1DM)") blocks;
 * - a Chinese, Japanese or Korean name blocks before an age with its sex or unit ("정민호 (58M)") or a
 *   relative ("刘伟's dad"), and after a Chinese word for a person ("孕妇陈晓燕"); a bare number is a
 *   dose, not an age.
 */
describe("a given name that acts in a post about a patient blocks", () => {
  it.each([
    ["45M with a cough for months. Jamal thinks it's harmless, he sands furniture in the shed.", "Jamal"],
    ["Mum says Yesenia missed two doses of insulin this week.", "Yesenia"],
    ["Paciente de 19 años, primigesta. Nikita dice que vive sola.", "Nikita"],
    ["Fratura exposta de tíbia, paciente de 30 anos. Noah chegou com 6h de evolução.", "Noah"],
    ['SMS from practice nurse: "Jarrah (the 15yo with T1DM) missed his HbA1c again."', "Jarrah"],
  ])("blocks the name in %j", (text, name) => {
    expect(blockedAs(text, "name")).toContain(name);
  });
});

describe("a colleague's given name does not block", () => {
  it.each([
    "Thanks Sarah, I agree. My 45M patient improved on the same plan.",
    "My registrar Tom says we should give steroids to the 60F first.",
    "Sarah says she has seen this in her practice with three patients.",
    "As Jamal said in the journal club, the trial was underpowered.",
  ])("does not block a name in %j", (text) => {
    expect(blockedAs(text, "name")).toEqual([]);
  });
});

describe("names in Chinese, Japanese or Korean script, by what follows", () => {
  it.each([
    ["VT storm 질문입니다. 정민호 (58M), ischemic CMP EF 25%, ICD shocks overnight.", "정민호"],
    ["Screenshot from the family group (translated): \"刘伟's dad, 81, can't swallow since the stroke.\"", "刘伟"],
    ["咨询：孕妇陈晓燕，孕28周，HBV DNA 高。", "陈晓燕"],
    ["Ward list: pt 王芳 (F, 71) with a new AF.", "王芳"],
  ])("blocks the name in %j", (text, name) => {
    expect(blockedAs(text, "name")).toContain(name);
  });

  it("does not read a dose after a drug's name as an age", () => {
    expect(blockedAs("HbA1c 9.1 on 二甲双胍 (500) twice a day.", "name")).toEqual([]);
  });
});

describe("a person described, then named with an age in brackets", () => {
  it("blocks the name and an age over 89 in 'Elderly man (Hamish, 93)'", () => {
    const text = "Elderly man (Hamish, 93) from a croft, lay on the floor overnight.";
    expect(blockedAs(text, "name")).toEqual(["Hamish"]);
    expect(blockedAs(text, "age_over_89")).toEqual(["93"]);
  });

  it("does not read a lab value in brackets as a person", () => {
    expect(blockedAs("Results (Glucose, 95) normal, (Na, 134) low.", "age_over_89")).toEqual([]);
  });
});

describe("a vehicle's make and model is not a person", () => {
  it.each(["T-boned in his Ford Ranger, 45M, GCS 14.", "Vehicle: 2014 Honda Civic, airbags deployed."])("does not block the vehicle in %j", (text) => {
    expect(blockedAs(text, "name")).toEqual([]);
  });

  it("still blocks a person whose name is also a make", () => {
    expect(blockedAs("Mercedes Alvarez, 52, came in with chest pain.", "name")).toEqual(["Mercedes Alvarez"]);
  });
});

describe("more names told by their setting", () => {
  it.each([
    ["80s lady (Dorothy) with new AF, daughter wants DNACPR discussed.", "Dorothy"],
    ["Our patient, a 45-year-old called Ingrid Svensson, has MS relapses every spring.", "Ingrid Svensson"],
  ])("blocks the name in %j", (text, name) => {
    expect(blockedAs(text, "name")).toContain(name);
  });

  it.each(["Il paziente vive da solo, 80 anni.", "Tiene 45 años y dolor torácico.", "the criteria (Rome) for IBS"])(
    "does not read another language's verb or a named criterion as a name in %j",
    (text) => {
      expect(blockedAs(text, "name")).toEqual([]);
    },
  );
});

describe("Italian 'di' after an age gives where the person is from", () => {
  it("blocks the town in 'Signora Bianchi, 88 anni, di Bergamo'", () => {
    expect(blockedAs("Signora Bianchi, 88 anni, di Bergamo, caduta in casa.", "address")).toEqual(["Bergamo"]);
  });

  it("does not read an eponym after 'di' as a town", () => {
    expect(blockedAs("Dx: frattura di Colles scomposta, 74F.", "address")).toEqual([]);
  });
});

describe("CJK labels of national numbers and record numbers", () => {
  it.each([
    ["マイナンバー 1234 5678 9012", "ssn", "1234 5678 9012"],
    ["주민등록번호 580603-2213999", "ssn", "580603-2213999"],
    ["患者番号 1234 5678", "mrn", "1234 5678"],
  ] as const)("blocks %j as %s", (text, category, value) => {
    expect(blockedAs(text, category)).toEqual([value]);
  });

  it("does not read the label word after 患者 as a name", () => {
    expect(blockedAs("患者番号 1234 5678", "name")).toEqual([]);
  });
});

describe("a person with an age in brackets, then where they are from", () => {
  it("blocks the town in 'Baba Tunde (70) from Ibadan'", () => {
    expect(blockedAs("Baba Tunde (70) from Ibadan, new stroke.", "address")).toEqual(["Ibadan"]);
  });

  it("does not read a study's year in brackets as a person", () => {
    expect(blockedAs("The study (2019) from Boston showed no benefit.", "address")).toEqual([]);
  });
});
