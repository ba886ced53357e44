import { describe, expect, it } from "vitest";
import { flagged } from "./helpers";

/**
 * Details that single out a person without being a listed identifier
 * (src/server/privacy/detectors/quasi-identifiers.ts): they warn and never block, except that a
 * civic role a person holds ties its town to the patient, and that town is an address.
 * Sentences are written for these tests.
 */
function quasi(text: string) {
  return flagged(text).filter((f) => f.category === "other_id");
}

function expectWarn(text: string, span: string): void {
  expect(quasi(text)).toContainEqual({ category: "other_id", level: "warn", text: span });
}

describe("quasi-identifiers warn", () => {
  it.each([
    ["a sitting office", "My patient is a sitting senator with new AF.", "a sitting senator"],
    ["a team role held by the subject", "She's the head coach of the Tigers and collapsed at practice.", "the head coach of the Tigers"],
    ["a company role held by the subject", "She is the CEO of Brightwater and flies weekly.", "the CEO of Brightwater"],
    ["local television fame", "She is a well-known local TV anchor with new ptosis.", "well-known local TV anchor"],
    ["fame in town", "He is famous in town for his barbecue.", "famous in town"],
    ["a news story", "You may have seen it on the news: he was hit by a train.", "You may have seen it on the news"],
    ["a story in the local paper", "You might have read the lifeguard story in the local paper.", "You might have read the lifeguard story in the local paper"],
    ["a crash on a named road", "He was in the bus crash on the M4 last week.", "the bus crash on the M4"],
    ["the only one in the county", "She is the only female firefighter in the county.", "the only female firefighter in the county"],
    ["the only one in a named small place", "He is the only pharmacist in Ballykeel.", "the only pharmacist in Ballykeel"],
    ["the village's only", "He's the village's only GP and now my patient.", "the village's only GP"],
    ["a tiny place", "They live in a village of about 300 people.", "a village of about 300 people"],
    ["a story that went viral", "The video went viral last month.", "went viral"],
    ["making the papers", "It made the local papers.", "made the local papers"],
  ])("warns on %s", (_kind, text, span) => {
    expectWarn(text, span);
  });

  it("never blocks a quasi-identifier", () => {
    const all = quasi("A well-known local TV anchor, famous in town, the only pharmacist in Ballykeel.");
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((f) => f.level === "warn")).toBe(true);
  });
});

describe("a civic role held by the patient", () => {
  it("warns on the role and blocks the town as an address", () => {
    expect(flagged("My new pt is the current mayor of Bunbury and wants privacy.")).toEqual(
      expect.arrayContaining([
        { category: "other_id", level: "warn", text: "the current mayor of" },
        { category: "address", level: "block", text: "Bunbury" },
      ]),
    );
  });
  it("does not block a state after a governor", () => {
    expect(flagged("He is the governor of Texas.").filter((f) => f.level === "block")).toEqual([]);
  });
});

describe("ordinary clinical text raises no quasi-identifier", () => {
  it.each([
    ["'the only' with a setting", "The only option in this setting is surgery."],
    ["'the only' with a continent", "The only approved drug in Europe is still off-label here."],
    ["'the only' with a lab panel", "The only abnormality in the CBC was a low platelet count."],
    ["a department head", "The head of cardiology disagreed."],
    ["academic papers", "As reported in the papers by Smith and colleagues."],
    ["findings in papers", "The findings were in the papers from 2019."],
    ["'news to me'", "This was news to me."],
    ["a crash cart", "The crash cart was in the hallway."],
    ["a fire in the OR", "The fire in the OR was contained quickly."],
    ["anchoring bias", "Anchoring bias is common in the ED."],
    ["a clinic manager", "The manager of the clinic called."],
    ["a company role not held by the subject", "The CEO of Pfizer said prices would drop."],
    ["an ordinary owner", "He is the owner of a small bakery."],
    ["'the only' with a trial", "The only patient in the trial with a response."],
  ])("does not flag %s", (_kind, text) => {
    expect(quasi(text)).toEqual([]);
  });
});

describe("what a quasi-identifier warning says", () => {
  it("names the kind of detail and how to make it general, not an identifying number", async () => {
    const { scanForPhi } = await import("../../../src/server/privacy/index");
    const text = "He was in the bus crash on the M4 that was all over the news last week.";
    const messages = scanForPhi(text)
      .filter((f) => f.level === "warn")
      .map((f) => f.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toContain("could single out the patient");
  });
});
