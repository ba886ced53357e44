import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBatch, readShape, shapeFamily, singleShape, slot } from "../../src/server/db/read-shape";
import { channels, threads } from "../../src/server/db/schema";
import { feedQuery, feedRead, feedSorts, topPeriods, type TopPeriod } from "../../src/server/forum/feeds";
import { createPhysician, createThread } from "../fixtures/factories";
import { createTestDatabase } from "../support/test-database";

const handle = createTestDatabase();
const { db } = handle;
afterAll(() => handle.client.close());

/**
 * Read shapes (src/server/db/read-shape.ts) must send exactly what drizzle would send for the same
 * query and values, and give back the rows drizzle would give: the plan tests and every loader
 * test rely on it.
 */
describe("read shapes", () => {
  beforeAll(async () => {
    const authorId = await createPhysician(db, { specialtySlug: "cardiology" });
    for (let i = 0; i < 4; i++) await createThread(db, { authorId, channelSlug: "cardiology", title: `Shape question ${i}`, isAnonymous: i % 2 === 0 });
  });

  it("gives every feed variant drizzle's own statement text and arguments", () => {
    const now = Date.UTC(2026, 10, 1);
    const cursor = { key: 12.5, id: 7 };
    const channelSlug = "cardiology";
    const channelId = sql`(select ${channels.id} from ${channels} where ${channels.slug} = ${channelSlug})`;
    for (const sort of feedSorts) {
      for (const period of Object.keys(topPeriods) as TopPeriod[]) {
        for (const inChannel of [false, true]) {
          for (const after of [undefined, cursor]) {
            const expected = feedQuery(db, { sort, period, now, cursor: after, channelId: inChannel ? channelId : undefined, viewerId: 42 }).toSQL();
            const { statement } = feedRead({ sort, period, now, cursor: after, channelSlug: inChannel ? channelSlug : undefined, viewerId: 42 });
            expect(statement, `${sort} ${period} ${inChannel} ${after !== undefined}`).toEqual({ sql: expected.sql, args: expected.params });
          }
        }
      }
    }
  });

  it("maps rows as drizzle does, boolean columns included, in one batch", async () => {
    const query = () =>
      db
        .select({ id: threads.id, title: threads.title, isAnonymous: threads.isAnonymous, kind: threads.kind })
        .from(threads)
        .where(sql`${threads.channelId} > ${0}`)
        .orderBy(threads.id);
    const shape = singleShape((builder) =>
      builder
        .select({ id: threads.id, title: threads.title, isAnonymous: threads.isAnonymous, kind: threads.kind })
        .from(threads)
        .where(sql`${threads.channelId} > ${slot("min")}`)
        .orderBy(threads.id),
    );
    const [fromDrizzle] = await db.batch([query()]);
    const [fromShape, again] = await readBatch(db, [shape().bind({ min: 0 }), shape().bind({ min: 0 })]);
    expect(fromShape).toEqual(fromDrizzle);
    expect(again).toEqual(fromDrizzle);
    expect(fromShape.some((row) => row.isAnonymous === true)).toBe(true);
  });

  it("builds each variant once and refuses a missing value or a nested select", () => {
    let builds = 0;
    const family = shapeFamily(
      (variant: "a" | "b") => variant,
      (builder, variant) => {
        builds++;
        return builder
          .select({ id: threads.id })
          .from(threads)
          .where(sql`${threads.id} = ${slot(variant)}`);
      },
    );
    expect(family("a")).toBe(family("a"));
    family("b");
    expect(builds).toBe(2);
    expect(() => family("a").bind({})).toThrow(/no value for slot "a"/);
    expect(() => readShape(db.select({ nested: { id: threads.id } }).from(threads))).toThrow(/flat selects only/);
  });
});
