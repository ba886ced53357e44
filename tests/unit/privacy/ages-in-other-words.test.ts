import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

/** Ages of 90 and over in words a lab value never takes (sentences written for these tests). */
describe("an age of 90+ said another way blocks", () => {
  it.each([
    ["Bewohnerin im 93. Lebensjahr, Sturz gestern Nacht, Hüfte schmerzhaft.", "93. Lebensjahr"],
    ["La señora ya tiene 94 abriles y sigue sola en casa.", "94 abriles"],
    ["Mi abuelo cumple 96 pirulos y no quiere dejar el cigarro.", "96 pirulos"],
    ["Her grandson says his nana is 95, and she still drives.", "95"],
  ])("%s", (text, age) => {
    expect(blockedAs(text, "age_over_89")).toContain(age);
  });

  it.each(["El paciente comió 95 tacos en el concurso, dolor abdominal.", "Die Studie lief im 3. Lebensjahr der Kinder mit 92 Teilnehmern."])("no age block: %s", (text) => {
    expect(blocks(text).filter((f) => f.category === "age_over_89")).toEqual([]);
  });
});
