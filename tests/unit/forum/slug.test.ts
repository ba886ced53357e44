import { describe, expect, it } from "vitest";
import { slugify } from "../../../src/server/forum/slug";

describe("thread slugs", () => {
  it("turns a title into lower-case dashed ASCII", () => {
    expect(slugify("Apixaban vs. warfarin in ESRD — what's your practice?")).toBe("apixaban-vs-warfarin-in-esrd-what-s-your-practice");
  });

  it("strips accents", () => {
    expect(slugify("Guillain–Barré after Zoster vaccine")).toBe("guillain-barre-after-zoster-vaccine");
  });

  it("falls back to 'thread' for a title without letters or digits", () => {
    expect(slugify("???")).toBe("thread");
  });

  it("never exceeds 80 characters or ends in a dash", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("thread slugs and the thread's own pages", () => {
  it("never produces the slugs edit or delete", () => {
    expect(slugify("Edit?")).toBe("edit-thread");
    expect(slugify("DELETE!!!")).toBe("delete-thread");
  });
});
