import { afterAll, describe, expect, it } from "vitest";
import { checkJobHeartbeats } from "../../../src/server/jobs/heartbeat";
import { describeJob, runJob } from "../../../src/server/jobs/run-job";
import { createPhysician, createThread } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;

const DAY = 24 * 3600_000;
const now = Date.UTC(2026, 10, 2, 9, 43);

describe("the scheduled vote-ring job", () => {
  it("folds the day's votes into its counts, says it is up to date, and records no backlog in its heartbeat", async () => {
    const [a, b, c] = [await createPhysician(db), await createPhysician(db), await createPhysician(db)];
    for (const author of [a, b, c]) {
      const votes = [a, b, c].filter((id) => id !== author).map((voterId) => ({ voterId, value: 1 as const, createdAt: now - DAY }));
      for (let n = 0; n < 5; n++) await createThread(db, { authorId: author, createdAt: now - 2 * DAY, votes });
    }

    const summary = await runJob(db, "vote-rings", now);
    expect(summary.job === "vote-rings" && summary.result.counts).toMatchObject({ added: 30, dropped: 0, steps: 1, behind: 0 });
    expect(describeJob(summary)).toMatch(/counts: 30 ledger rows added, 0 dropped in 1 steps, up to date; in \d+ ms$/);
    const heartbeat = (await checkJobHeartbeats(db, now)).jobs.find((job) => job.job === "vote-rings");
    expect(heartbeat).toMatchObject({ lastSucceededAt: now, backlog: 0 });

    // Ninety-one days on, every one of those votes has left the window: dropped, and nothing flagged.
    const later = await runJob(db, "vote-rings", now + 91 * DAY);
    expect(later.job === "vote-rings" && later.result).toMatchObject({ suspiciousEdges: 0, counts: { added: 0, dropped: 30, behind: 0 } });
  });
});
