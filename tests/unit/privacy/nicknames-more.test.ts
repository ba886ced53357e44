import { describe, expect, it } from "vitest";
import { blockedAs } from "./helpers";

/** Names given by what people call someone (sentences written for these tests). */
describe("a nickname or a name by what people call the person", () => {
  it.each([
    ['Doña Rosa ("la Flaca" para todo el pueblo) vive sola, 88 años.', "Flaca"],
    ['M. KERGOAT se présente comme "Loulou" au personnel.', "Loulou"],
    ["Nana Thandi as everyone calls her, 79, CCF.", "Nana Thandi"],
    ["The night staff know him as Sarge, 71M, delirium.", "Sarge"],
  ])("%s", (text, name) => {
    expect(blockedAs(text, "name").join(" | ")).toContain(name);
  });
});
