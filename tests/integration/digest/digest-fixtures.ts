import { eq } from "drizzle-orm";
import type { Database } from "../../../src/server/db/client";
import { channelFollows, channels, mailOutbox, notifications, threads, users, type NotificationKind } from "../../../src/server/db/schema";
import type { DigestServices } from "../../../src/server/digest/run-digests";
import { createOutboxTransport } from "../../../src/server/mail/outbox-transport";
import type { MailTransport } from "../../../src/server/mail/types";
import { createPhysician } from "../../fixtures/factories";

/** Shared set-up of the digest tests: a fixed clock, a site, a secret, and small writers. */
export const NOW = Date.UTC(2026, 2, 2, 11, 0);
export const HOUR = 3600_000;
export const DAY = 24 * HOUR;
export const SITE = "https://rounds.test";
export const SECRET = "digest-tests-signing-secret-0123456789abcdef";

export function digestServices(mail: MailTransport = createOutboxTransport()): DigestServices {
  return { siteUrl: SITE, signingSecret: SECRET, mail };
}

type MemberOptions = Parameters<typeof createPhysician>[1] & {
  digestFrequency?: "daily" | "weekly" | "off";
  digestSentAt?: number | null;
  deletedAt?: number | null;
};

/** A verified member with a chosen digest setting; returns id and address. */
export async function createMember(db: Database, options: MemberOptions = {}): Promise<{ id: number; email: string; pseudonym: string }> {
  const { digestFrequency, digestSentAt, deletedAt, ...user } = options;
  const id = await createPhysician(db, user);
  await db
    .update(users)
    .set({ digestFrequency: digestFrequency ?? "weekly", digestSentAt: digestSentAt ?? null, deletedAt: deletedAt ?? null })
    .where(eq(users.id, id));
  const [row] = await db.select({ email: users.email, pseudonym: users.pseudonym }).from(users).where(eq(users.id, id));
  return { id, email: row!.email, pseudonym: row!.pseudonym };
}

/** A notification row as the fan-out writes it (anonymous actors: actor_id null, a label). */
export async function notify(
  db: Database,
  row: {
    userId: number;
    kind: NotificationKind;
    threadId?: number | null;
    commentId?: number | null;
    actorId?: number | null;
    actorLabel?: string | null;
    detail?: string | null;
    createdAt?: number;
    readAt?: number | null;
  },
): Promise<void> {
  await db.insert(notifications).values({
    userId: row.userId,
    kind: row.kind,
    threadId: row.threadId ?? null,
    commentId: row.commentId ?? null,
    actorId: row.actorId ?? null,
    actorLabel: row.actorLabel ?? null,
    detail: row.detail ?? null,
    createdAt: row.createdAt ?? NOW - HOUR,
    readAt: row.readAt ?? null,
  });
}

export async function follow(db: Database, userId: number, channelSlug: string): Promise<void> {
  const [channel] = await db.select({ id: channels.id }).from(channels).where(eq(channels.slug, channelSlug));
  if (!channel) throw new Error(`no channel ${channelSlug}`);
  await db.insert(channelFollows).values({ userId, channelId: channel.id, createdAt: NOW - 30 * DAY });
}

export async function setThread(db: Database, threadId: number, values: Partial<typeof threads.$inferInsert>): Promise<void> {
  await db.update(threads).set(values).where(eq(threads.id, threadId));
}

export async function mailTo(db: Database, address: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address)).orderBy(mailOutbox.id);
}

export async function digestStateOf(db: Database, userId: number) {
  const [row] = await db.select({ frequency: users.digestFrequency, sentAt: users.digestSentAt }).from(users).where(eq(users.id, userId));
  return row!;
}
