import { describe, expect, it } from "vitest";
import { hasFilters, pageNumbers, searchFormValues, searchPageHref } from "../../../src/server/search/search-form";
import { markedTextToHtml } from "../../../src/server/search/marked-text";

describe("the search form's links", () => {
  it("keeps the form's non-empty fields in page links, and nothing else", () => {
    const values = searchFormValues(new URLSearchParams("q=septic+shock&channel=&kind=case&page=3&extra=1"));
    expect(values).toEqual({ q: "septic shock", channel: "", kind: "case", solved: "", author: "", from: "", to: "" });
    expect(hasFilters(values)).toBe(true);
    expect(searchPageHref(values, 1)).toBe("/search?q=septic+shock&kind=case");
    expect(searchPageHref(values, 4)).toBe("/search?q=septic+shock&kind=case&page=4");
    expect(hasFilters(searchFormValues(new URLSearchParams("q=x")))).toBe(false);
  });

  it("numbers the pages up to this one and the next when there are more", () => {
    expect(pageNumbers(1, false)).toEqual([1]);
    expect(pageNumbers(1, true)).toEqual([1, 2]);
    expect(pageNumbers(3, false)).toEqual([1, 2, 3]);
    expect(pageNumbers(15, true)).toEqual([1, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
  });
});

describe("marked text", () => {
  it("escapes everything, then turns the markers into balanced <mark> pairs", () => {
    expect(markedTextToHtml("a <b>\u0002lactate\u0003</b> & \"q\" 'x'")).toBe("a &lt;b&gt;<mark>lactate</mark>&lt;/b&gt; &amp; &quot;q&quot; &#39;x&#39;");
    expect(markedTextToHtml("\u0003stray\u0002\u0002open")).toBe("stray<mark>open</mark>");
  });
});
