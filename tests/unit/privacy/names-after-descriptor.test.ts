import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

/** A name in apposition right after how a case is introduced (sentences written for these tests). */
describe("a name right after an age and sex or a person word", () => {
  it.each([
    ["Psych curbside: 24F, Priya, first episode psychosis after exams.", "Priya"],
    ["Idosa, 88a, Benedita, moradora de zona rural, quedas.", "Benedita"],
    ["Delivery driver, 41M, Tomasz, seizure at the wheel: can he drive?", "Tomasz"],
    ["pibe de 19, mateo, consumo de ketamina, qué hacemos?", "mateo"],
  ])("%s", (text, name) => {
    expect(blockedAs(text, "name")).toContain(name);
  });

  it.each(["54M, Hypertension, on ramipril, now dizzy.", "67F, Warfarin, INR 4.2 this morning.", "Patient, Confused, agitated overnight, haloperidol given."])(
    "no name block: %s",
    (text) => {
      expect(blocks(text).filter((f) => f.category === "name")).toEqual([]);
    },
  );
});
