import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START } from "../../../src/server/search/marked-text";
import { snippetAsText } from "../../../src/server/search/snippet-text";

const marked = (word: string) => `${MARK_START}${word}${MARK_END}`;

describe("search snippets read as text, not markdown", () => {
  it("turns a markdown table into its words, without the delimiter row", () => {
    const snippet = `| Drug | Dose |\n|---|---|\n| ${marked("apixaban")} | 5 mg BID |`;
    expect(snippetAsText(snippet)).toBe(`Drug · Dose ${marked("apixaban")} · 5 mg BID`);
  });

  it("keeps a link's text and drops its address, even when the snippet cuts the link short", () => {
    expect(snippetAsText(`see [the ${marked("KDIGO")} guideline](https://kdigo.org/x) for dosing`)).toBe(`see the ${marked("KDIGO")} guideline for dosing`);
    expect(snippetAsText(`read [the trial](https://doi.org/10.1056`)).toBe("read the trial");
  });

  it("drops emphasis, headings, quotes, bullets and code ticks but keeps every word", () => {
    const snippet = `## Plan\n> **Restart** ${marked("apixaban")} on _day 7_\n- check \`Hb\` daily\n1. repeat scope`;
    expect(snippetAsText(snippet)).toBe(`Plan Restart ${marked("apixaban")} on day 7 check Hb daily repeat scope`);
  });

  it("leaves arithmetic and snake_case alone", () => {
    expect(snippetAsText("dose 5 * 3 mg per kg, see lab_panel_2")).toBe("dose 5 * 3 mg per kg, see lab_panel_2");
  });
});
