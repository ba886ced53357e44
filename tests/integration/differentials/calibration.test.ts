import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { calibrationPlotSvg, setCalibrationSharing } from "../../../src/server/differentials/calibration";
import { loadLeaderboard } from "../../../src/server/differentials/leaderboard";
import { submitDifferential } from "../../../src/server/differentials/submit-differential";
import { createReply } from "../../../src/server/forum/create-reply";
import { createThread } from "../../../src/server/forum/create-thread";
import { loadProfilePage } from "../../../src/server/forum/profile";
import { markCaseSolved } from "../../../src/server/forum/solve-case";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
let clock = Date.UTC(2026, 10, 1);
const tick = () => (clock += 60_000);

const member = (specialtySlug = "pulmonology") => createViewer(db, { user: { specialtySlug }, now: clock });

/** A case the members answer (each: [viewer, probability of the right diagnosis, anonymous]), solved and scored. */
async function scoredCase(author: Viewer, answers: [Viewer, number, boolean][]): Promise<void> {
  const { id } = await createThread(
    db,
    author,
    {
      kind: "case",
      channel: "pulmonology",
      title: "Cavitating lesion in a nonsmoker",
      ageBand: "50–54",
      sex: "male",
      presentingProblem: "Cough and weight loss over two months.",
      history: "Works in construction.",
      findings: "Right upper lobe cavity.",
      triedSoFar: "A week of amoxicillin.",
      question: "What do you think it is?",
    },
    tick(),
  );
  for (const [viewer, probability, anonymous] of answers) {
    await submitDifferential(
      db,
      viewer,
      {
        threadId: id,
        anonymous,
        items: [
          { diagnosis: "Tuberculosis", probability },
          { diagnosis: "Lung cancer", probability: 100 - probability },
        ],
      },
      tick(),
    );
  }
  const reply = await createReply(db, author, { threadId: id, body: "Sputum grew M. tuberculosis." }, tick());
  await markCaseSolved(db, author, { threadId: id, commentId: reply.id, finalDiagnosis: "Tuberculosis", matches: ["tuberculosis"] }, tick());
}

const profile = (viewer: Viewer, of: Viewer) => loadProfilePage(db, viewer, of.pseudonym, { tab: "threads" });

describe("the calibration record", () => {
  it("shows no figure before 5 scored cases, then the mean Brier, top-3 accuracy and an SVG plot, to its owner only", async () => {
    const author = await member();
    const owner = await member();
    const other = await member();
    for (let index = 0; index < 4; index++) await scoredCase(author, [[owner, 80, index === 0]]);
    expect((await profile(owner, owner)).calibration).toEqual({ casesScored: 4, figures: null });
    await scoredCase(author, [[owner, 80, false]]);
    // Each: (0.8−1)² + (0.2−0)² = 0.08.
    const record = (await profile(owner, owner)).calibration;
    expect(record).toMatchObject({ casesScored: 5, figures: { meanBrier: 0.08, top3Accuracy: 1 } });
    expect(record?.figures?.plotSvg).toMatch(/^<svg[^>]+role="img"/);
    expect((await profile(other, owner)).calibration).toBeNull();
  });

  it("shows others a public record without the owner's anonymous differentials", async () => {
    const author = await member();
    const owner = await member();
    for (let index = 0; index < 6; index++) await scoredCase(author, [[owner, 80, index < 2]]);
    await setCalibrationSharing(db, owner, { calibrationPublic: "on" });
    expect((await profile(owner, owner)).calibration?.casesScored).toBe(6);
    expect((await profile(await member(), owner)).calibration).toEqual({ casesScored: 4, figures: null });
  });

  it("plots each bin's stated probability against how often it was right", () => {
    const svg = calibrationPlotSvg([
      { probability: 0.8, outcome: 1 },
      { probability: 0.8, outcome: 0 },
    ]);
    // Bin 80–90%: stated 80%, right half the time; the plot is 240 wide with a 32 margin: x = 32 + 0.8 × 176, y = 240 − 32 − 0.5 × 176.
    expect(svg).toContain('cx="172.8" cy="120.0"');
  });
});

describe("the calibration leaderboard", () => {
  it("lists opted-in members of the specialty with at least 10 scored cases, best calibrated first, never counting anonymous differentials", async () => {
    const author = await member();
    const sharp = await member();
    const fair = await member();
    const shy = await member();
    const hiding = await member();
    for (let index = 0; index < 10; index++) {
      await scoredCase(author, [
        [sharp, 90, false],
        [fair, 60, false],
        [shy, 95, false],
        [hiding, 95, index === 0],
      ]);
    }
    for (const viewer of [sharp, fair, hiding]) await setCalibrationSharing(db, viewer, { calibrationLeaderboard: "on" });
    const board = await loadLeaderboard(db, author, { specialty: "pulmonology" });
    // sharp: (0.9−1)² + 0.1² = 0.02; fair: 0.4² + 0.4² = 0.32. shy did not opt in; hiding has 9 named cases.
    expect(board.rows).toEqual([
      { pseudonym: sharp.pseudonym, casesScored: 10, meanBrier: 0.02, top3Accuracy: 1 },
      { pseudonym: fair.pseudonym, casesScored: 10, meanBrier: 0.32, top3Accuracy: 1 },
    ]);
    // Without a specialty, the viewer's own; another specialty's board does not list them.
    expect(await loadLeaderboard(db, author, {})).toEqual(board);
    expect((await loadLeaderboard(db, author, { specialty: "cardiology" })).rows).toEqual([]);
    await expect(loadLeaderboard(db, author, { specialty: "general" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
