import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

describe("identifiers that only a blocked name or age reveals", () => {
  it("blocks an age of 90 or more in apposition after a patient's name", () => {
    expect(blockedAs("Remote GP. Mòrag MacAulay, 91, croft at Balallan, Lochs.", "age_over_89")).toEqual(["91"]);
  });

  it("blocks the place in apposition after a patient's name and age", () => {
    expect(blockedAs("Audiology/ENT. Aroha Te Whata, 7, Kaikohe, NHI WGN0140.", "address")).toContain("Kaikohe");
  });

  it("blocks an age over 89 where it is repeated later in the post", () => {
    expect(blockedAs("S: 97yo M c/o 2d melena. P: scope at 97 or no?", "age_over_89").length).toBe(2);
  });

  it("does not read a vital sign with a unit, or a percentage, as the repeated age", () => {
    const found = blockedAs("S: 97yo M c/o melena. Sats 97%, HR at 97 bpm.", "age_over_89");
    expect(found).toEqual(["97yo M"]);
  });

  it("does not read a diagnosis after a name and age as a place", () => {
    expect(blockedAs("Pt: Naomi Feld, 41, Hypertension, on ramipril.", "address")).toEqual([]);
  });

  it("adds nothing to a post with no blocked name or age", () => {
    expect(blocks("Tumour board, 91, Oncology, next week at 97 sharp.")).toEqual([]);
  });
});

describe("names that a blocked link, address, handle or file name gives away", () => {
  it.each([
    ["a fundraising link's path", "Parents set up https://www.gofundme.com/f/help-brayden-stay-on-his-pump. Brayden's A1c was 7.1.", "Brayden"],
    ["an e-mail address's local part", "Email her son kevin.byrne77@gmail.com; Kevin is the proxy.", "Kevin"],
    ["a file name", "MRI uploaded as Bakker_Johanna_MRI_knie_2024.pdf, sorry. Johanna has a meniscal tear.", "Johanna"],
  ] as const)("blocks the name spelled out in %s", (_kind, text, name) => {
    expect(blockedAs(text, "name")).toContain(name);
  });

  it("takes nothing from a public journal link", () => {
    expect(blocks("See https://www.nejm.org/doi/full/10.1056/NEJMoa2032183 by Polack.")).toEqual([]);
  });
});

describe("a word named as the patient, listed or not", () => {
  it.each([
    ["a word followed by 'my pt'", "Now Themba (my pt, 31M, cryptococcal meningitis) needs another LP.", "Themba"],
    ["a relative's name read from a form", "Mum's name on the plan is Tahlia Kowalski.", "Tahlia Kowalski"],
    ["a name read from a police form", "GCS 9. Name on the SAPS form is Lwazi Mthembu.", "Lwazi Mthembu"],
    ["a person described, then named in apposition", "Had a 19yo student, Zara Begum, in A&E twice last month.", "Zara Begum"],
    ["a relative, then named after a dash", "We called him unknown male till his wife turned up — Sunita Pawar, found him.", "Sunita Pawar"],
  ] as const)("blocks %s", (_kind, text, name) => {
    expect(blockedAs(text, "name")).toContain(name);
  });

  it("does not read a drug's or a trial's name as a person", () => {
    expect(blocks("The drug's name is Keytruda and the trial's name is SPRINT.")).toEqual([]);
  });
});

describe("titles and patient abbreviations of more languages", () => {
  it.each([
    ["Catalan 'senyora'", "La senyora Montserrat Puig, de Vic, 81, demència moderada.", "Montserrat Puig"],
    ["Akan 'Maame'", "Maame Akosua Darkwah from Techiman, 58F, came with her sister.", "Akosua Darkwah"],
    ["Spanish 'pte'", "pte Luz Dary Moncada, barrio Manrique Oriental. tutela?", "Luz Dary Moncada"],
  ] as const)("blocks a name after %s", (_kind, text, name) => {
    expect(blockedAs(text, "name")).toContain(name);
  });

  it("does not read Abu Dhabi as a person", () => {
    expect(blocks("Transferred to the Abu Dhabi referral centre.")).toEqual([]);
  });
});

describe("a dash that signs a message", () => {
  it("does not block a colleague's signature or a colleague named between dashes", () => {
    expect(blocks("Thanks all.\n— Karen Whitfield")).toEqual([]);
    expect(blocks("The registrar — Karen Whitfield — covered nights.")).toEqual([]);
  });
});

describe("the place after a patient's name and age, in several languages", () => {
  it.each([
    ["French 'de' after 'ans'", "Mme Fatou Diallo, 64 ans, de Saint-Denis, Na 114 à J10.", "Saint-Denis"],
    ["Indonesian 'dari'", "Ibu Sri Wahyuni, 45, dari Desa Sukamaju, Kec. Cibungbulan.", "Desa Sukamaju"],
    ["a 'Res:' label", "Pt: Wanjiru Kamau\nRes: Kangemi, Westlands\nIP No: 4412", "Kangemi, Westlands"],
  ] as const)("blocks %s", (_kind, text, place) => {
    expect(blockedAs(text, "address").join(" ")).toContain(place);
  });
});

describe("wards and districts written as a list", () => {
  it.each([
    ["Vietnamese numbered wards", "pt Lê Minh Tuấn, 42M, Phường 7, Quận 3, recurrent gout", "Phường 7"],
    ["Korean units smallest first", "이서연, 7, from 망원동, 마포구, Kawasaki disease", "망원동, 마포구"],
  ] as const)("blocks %s", (_kind, text, place) => {
    expect(blockedAs(text, "address")).toContain(place);
  });

  it("does not read two Korean words of one kind as an address", () => {
    expect(blocks("활동, 운동 많이 하세요")).toEqual([]);
  });
});

describe("a patient cue with a dash, and a name known locally", () => {
  it.each([
    ["'Pt -' before the name", "Pt - John Smith, 45, chest pain.", "John Smith"],
    ["'known locally as'", "Known locally as 'Red', he drinks daily.", "Red"],
  ] as const)("blocks %s", (_kind, text, name) => {
    expect(blockedAs(text, "name")).toContain(name);
  });

  it("does not read a finding after 'pt -' as a name", () => {
    expect(blocks("pt - severe sepsis, on norad; Patient - Diabetic, 45")).toEqual([]);
  });
});
