import { describe, expect, it } from "vitest";
import { pageTakesImageFile } from "../../../src/lib/image-upload-body";

describe("which pages take an image file without JavaScript", () => {
  it("takes one on the thread composer and on a thread's own page (its reply form)", () => {
    expect(pageTakesImageFile("/new")).toBe(true);
    expect(pageTakesImageFile("/t/42/wide-complex-tachycardia")).toBe(true);
    expect(pageTakesImageFile("/t/42")).toBe(true);
  });

  it("takes none on a thread's edit or delete page, or anywhere else", () => {
    for (const path of ["/t/42/edit", "/t/42/delete", "/replies/7/edit", "/flag/comment/7", "/account", "/mod/post/thread/42", "/new/extra"]) {
      expect(pageTakesImageFile(path), path).toBe(false);
    }
  });
});
