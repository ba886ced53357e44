import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

/** File names and folder paths that hold a patient's name (sentences written for these tests). */
describe("a folder path or file name that names a person blocks whole", () => {
  it.each([
    ["The export sits in D:\\Exports\\OYELARAN_Bisi\\MRI_KNEE\\ and will not open.", "D:\\Exports\\OYELARAN_Bisi\\MRI_KNEE\\"],
    ["Sleep study saved as /data/psg/2025/LINDQVIST_Maja/ by the tech.", "/data/psg/2025/LINDQVIST_Maja/"],
    ["CD opens to STUDIES\\KOWALSKI_TOMASZ\\CT_CHEST and PACS refuses it.", "STUDIES\\KOWALSKI_TOMASZ\\CT_CHEST"],
    ["Trace uploaded as ECG_FAIRWEATHER_Tilly_0421.pdf, please rename it.", "ECG_FAIRWEATHER_Tilly_0421.pdf"],
  ])("%s", (text, path) => {
    expect(blockedAs(text, "other_id")).toContain(path);
  });

  it.each([
    "Dose is 15 mg/kg/day and/or 2 g/m2, split twice daily.",
    "Install it under C:\\Program Files\\Viewer\\bin\\ and restart the PACS client.",
    "Save files as Surname_Given_EEG_YYYY.edf so the server sorts them.",
    "Our shared drive S:\\Cardiology\\Protocols\\2024\\ has the heparin nomogram.",
  ])("no path block: %s", (text) => {
    expect(blocks(text).filter((f) => f.category === "other_id")).toEqual([]);
  });
});
