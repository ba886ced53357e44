import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { channels, phiConfirmations, threads } from "../db/schema";
import { DomainError } from "../errors";
import { consumeRateLimits } from "../moderation/rate-limits";
import { screenForPhi } from "../privacy/enforce";
import { parseInput } from "../validation";
import { renderMarkdown } from "./markdown";
import { assertCanPost, postingLimits } from "./posting-rules";
import { computeHotRank } from "./ranking";
import { slugify } from "./slug";

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const createThreadSchema = z
  .object({
    channel: z.string({ error: "Choose a channel." }).min(1, { error: "Choose a channel." }),
    title: z
      .string({ error: "Give your thread a title." })
      .trim()
      .min(10, { error: "Give your thread a title of at least 10 characters." })
      .max(140, { error: "Keep the title under 140 characters." }),
    body: z
      .string({ error: "Write the body of your thread." })
      .trim()
      .min(20, { error: "Say a little more: at least 20 characters." })
      .max(20_000, { error: "Keep the body under 20,000 characters." }),
    anonymous: checkbox,
    confirmNotPhi: checkbox,
  })
  .strict();

/**
 * Starts a discussion thread. Rules: verified physicians only; posting limits; title and body
 * pass the patient-identifier screen (warnings need the author's confirmation, which is
 * recorded); markdown is rendered once, here; the thread, the channel's counters and the
 * confirmation are written in one batch.
 */
export async function createThread(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<{ id: number; slug: string }> {
  assertCanPost(viewer);
  const data = parseInput(createThreadSchema, input);
  const warned = screenForPhi({ title: data.title, body: data.body }, data.confirmNotPhi);
  const [channel] = await db.select({ id: channels.id }).from(channels).where(eq(channels.slug, data.channel));
  if (!channel) throw new DomainError("INVALID", "Choose a channel from the list.", { channel: "Choose a channel from the list." });
  await consumeRateLimits(db, postingLimits.thread(viewer.userId), now);

  const slug = slugify(data.title);
  const insert = db
    .insert(threads)
    .values({
      channelId: channel.id,
      authorId: viewer.userId,
      kind: "discussion",
      title: data.title,
      slug,
      bodySource: data.body,
      bodyHtml: renderMarkdown(data.body),
      isAnonymous: data.anonymous,
      hotRank: computeHotRank(0, now),
      createdAt: now,
      lastActivityAt: now,
    })
    .returning({ id: threads.id });
  const counters = db
    .update(channels)
    .set({ threadCount: sql`${channels.threadCount} + 1`, lastActivityAt: now })
    .where(eq(channels.id, channel.id));
  const [inserted] = warned.length
    ? await db.batch([
        insert,
        counters,
        db.insert(phiConfirmations).values({
          userId: viewer.userId,
          targetType: "thread",
          // Same batch, same connection: the thread inserted two statements earlier.
          targetId: sql`(select max(${threads.id}) from ${threads} where ${threads.authorId} = ${viewer.userId})`,
          categories: warned.join(","),
          createdAt: now,
        }),
      ])
    : await db.batch([insert, counters]);
  const id = inserted[0]?.id;
  if (id === undefined) throw new Error("thread insert returned no id");
  return { id, slug };
}
