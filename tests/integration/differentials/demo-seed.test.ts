import { afterAll, describe, expect, it } from "vitest";
import { seedDemoCommunity } from "../../../scripts/seed/seed-demo";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());

describe("the demo seed's differentials", () => {
  it("puts differentials on at least 15 cases, scored on the solved ones only", async () => {
    await seedDemoCommunity(handle.db, { now: Date.UTC(2026, 11, 7) });
    const { rows } = await handle.client.execute(`
      select t.case_status as status, count(d.id) as submitted, count(d.scored_at) as scored, t.top_diagnosis as top, c.final_diagnosis as final
      from threads t join case_details c on c.thread_id = t.id left join differentials d on d.thread_id = t.id and d.superseded_at is null
      where t.kind = 'case' group by t.id`);
    const withDifferentials = rows.filter((row) => Number(row.submitted) > 0);
    expect(withDifferentials.length).toBeGreaterThanOrEqual(15);
    for (const row of rows) {
      // Solved cases of the feature tour (demo-features.ts) carry no differentials, so nothing to score.
      if (row.status === "solved" && Number(row.submitted) > 0) expect([Number(row.scored), row.top !== null, row.final !== null]).toEqual([Number(row.submitted), true, true]);
      else expect([Number(row.scored), row.top]).toEqual([0, null]);
    }
    expect(rows.some((row) => row.status === "solved")).toBe(true);
    expect(rows.some((row) => row.status === "unsolved")).toBe(true);
  });
});
