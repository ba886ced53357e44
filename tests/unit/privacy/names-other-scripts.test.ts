import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

/** A name restated in another script inside a post written in Latin letters (sentences written for these tests). */
describe("a name in another script beside the patient's name, or called a name", () => {
  it.each([
    ["Frau Irina Kowalczyk (Ирина Ковальчук im alten Pass), 81 J., COPD.", "Ирина Ковальчук"],
    ["Mr Dimitrios Vlachos, 77, signs his forms Δημήτριος Βλάχος, CKD 4.", "Δημήτριος Βλάχος"],
    ["Pt Sunita Yadav (सुनीता यादव), 62F, DM2 with foot ulcer.", "सुनीता यादव"],
    ["The card says, in Arabic: خديجة, and she is 58 with new AF.", "خديجة"],
    ["Referral for 林美玲 (Lin Meiling), 45F, lupus nephritis.", "林美玲"],
  ])("%s", (text, name) => {
    expect(blockedAs(text, "name")).toContain(name);
  });

  it.each([
    "Recommended app for Japanese residents: 今日の治療薬 2025, and MedPeer for consults.",
    "Group rule: no patient names, 床号 only, e.g. 12床 CAP.",
    "Our Greek colleagues call it Μεσογειακή διατροφή: the Mediterranean diet works for her lipids.",
    "Клинические рекомендации 2020 по ОКС: тикагрелор 180 мг нагрузка, then 90 mg twice daily.",
  ])("no name block: %s", (text) => {
    expect(blocks(text).filter((f) => f.category === "name")).toEqual([]);
  });
});
