import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

/**
 * Rounds members mention each other by pseudonym ("@ana_neuro"), and pseudonyms are not patient
 * identifiers. An @handle is a social-media account only when the text says so
 * (src/server/privacy/detectors/identifiers.ts):
 * - a platform or its word for an account is near ("Instagram", "handle", "followers", "IG");
 *   short forms count as written ("IG", "X"), lower-cased only after a preposition or an owner
 *   ("on ig"), never the "x" of a domain or the X of "X-ray";
 * - or words any forum uses about its members ("posted", "account", "story", "live") appear in a
 *   sentence about a patient, and the handle is not addressed as a colleague ("agree with @…",
 *   "@… said").
 */
describe("member mentions are not social-media handles", () => {
  it.each([
    "@cardio_bo posted a great summary of the trial last week.",
    "As @neuro_ana said in her account of the case, start low and go slow.",
    "Agree with **@mx_cardio**: see <b>x</b> and [this](https://example.org/x).",
    "Check the X-ray again, @dr_kim42, the effusion looks bigger.",
    "Thanks @peds_hosp, her story fits Kawasaki better than I thought.",
    "cc @tox_doc — the patient's account of the ingestion keeps changing.",
    "@gi_fellow_21: did his stools ever turn pale? Posted the LFTs above.",
    "The patient improved; @endo_mara described the same live course in her posts.",
  ])("does not block the member mentioned in %j", (text) => {
    expect(blockedAs(text, "other_id")).toEqual([]);
  });
});

describe("patients' social-media handles still block", () => {
  it.each([
    ["Her insta @rae_92 had photos of the rash.", "@rae_92"],
    ["The pt posted on IG as @rae_92 before admission.", "@rae_92"],
    ["Found on X as @cyclist_dan88 by his sister.", "@cyclist_dan88"],
    ["He was live streaming as @gamer_kid07 when he seized.", "@gamer_kid07"],
    ["Her story @sunny.days_04 went viral after the diagnosis.", "@sunny.days_04"],
    ["Influenciadora fitness (@fit_marta_br) chegou com rabdomiólise.", "@fit_marta_br"],
    ["Sube todo a ig (@tatoo_mdq_22), los padres están preocupados.", "@tatoo_mdq_22"],
  ])("blocks %j", (text, handle) => {
    expect(blocks(text).map((finding) => finding.text)).toContain(handle);
  });
});
