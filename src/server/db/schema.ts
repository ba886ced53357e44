import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from "drizzle-orm/sqlite-core";

/*
 * Rules of this schema:
 * - timestamps are integers in milliseconds since the epoch (`*_at`);
 * - counters (`*_count`, `score`) are kept in the same batch as the rows they count;
 * - every feed ordering has an index that ends in `id` so keyset pagination is a range scan.
 */

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    pseudonym: text("pseudonym").notNull(),
    /** Lower-cased; the login name. Never shown to other members. */
    email: text("email").notNull(),
    /** Argon2id PHC string; null for an account that cannot log in with a password. */
    passwordHash: text("password_hash"),
    /** Real names and NPI are for verification only and never rendered to members. */
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    npi: text("npi"),
    specialtySlug: text("specialty_slug").notNull(),
    licenceState: text("licence_state"),
    role: text("role", { enum: ["member", "moderator", "admin"] }).notNull().default("member"),
    verificationStatus: text("verification_status", {
      enum: ["pending", "verified", "rejected", "suspended"],
    })
      .notNull()
      .default("pending"),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    uniqueIndex("users_pseudonym_unique").on(sql`lower(${table.pseudonym})`),
    uniqueIndex("users_email_unique").on(table.email),
    uniqueIndex("users_npi_unique").on(table.npi),
  ],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** Hex SHA-256 of the session token; the token itself is never stored. */
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    /** The hard cap: sliding renewals never move expiry past this. */
    absoluteExpiresAt: integer("absolute_expires_at").notNull(),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

export const channels = sqliteTable(
  "channels",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    position: integer("position").notNull(),
    threadCount: integer("thread_count").notNull().default(0),
    lastActivityAt: integer("last_activity_at"),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [uniqueIndex("channels_slug_unique").on(table.slug)],
);

export const threads = sqliteTable(
  "threads",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    channelId: integer("channel_id")
      .notNull()
      .references(() => channels.id),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind", { enum: ["discussion", "case", "poll"] }).notNull().default("discussion"),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    bodySource: text("body_source").notNull(),
    /** Sanitized HTML rendered once at write time from bodySource. */
    bodyHtml: text("body_html").notNull(),
    isAnonymous: integer("is_anonymous", { mode: "boolean" }).notNull().default(false),
    upCount: integer("up_count").notNull().default(0),
    downCount: integer("down_count").notNull().default(0),
    /** upCount - downCount, stored so "top" is an index range scan. */
    score: integer("score").notNull().default(0),
    commentCount: integer("comment_count").notNull().default(0),
    /** See src/server/forum/ranking.ts: time-anchored, so it never needs a periodic refresh. */
    hotRank: real("hot_rank").notNull(),
    createdAt: integer("created_at").notNull(),
    lastActivityAt: integer("last_activity_at").notNull(),
  },
  (table) => [
    index("threads_channel_hot_idx").on(table.channelId, table.hotRank, table.id),
    index("threads_channel_new_idx").on(table.channelId, table.createdAt, table.id),
    index("threads_channel_top_idx").on(table.channelId, table.score, table.id),
    index("threads_hot_idx").on(table.hotRank, table.id),
    index("threads_new_idx").on(table.createdAt, table.id),
    index("threads_top_idx").on(table.score, table.id),
    index("threads_author_idx").on(table.authorId, table.createdAt),
  ],
);

export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    threadId: integer("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnySQLiteColumn => comments.id),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    /** 0 for a direct reply to the thread; capped at 5 (deeper replies attach at depth 5). */
    depth: integer("depth").notNull().default(0),
    bodySource: text("body_source").notNull(),
    bodyHtml: text("body_html").notNull(),
    isAnonymous: integer("is_anonymous", { mode: "boolean" }).notNull().default(false),
    upCount: integer("up_count").notNull().default(0),
    downCount: integer("down_count").notNull().default(0),
    score: integer("score").notNull().default(0),
    createdAt: integer("created_at").notNull(),
    deletedAt: integer("deleted_at"),
  },
  (table) => [
    index("comments_thread_idx").on(table.threadId, table.createdAt, table.id),
    index("comments_author_idx").on(table.authorId, table.createdAt),
  ],
);

export const votes = sqliteTable(
  "votes",
  {
    voterId: integer("voter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    targetType: text("target_type", { enum: ["thread", "comment"] }).notNull(),
    targetId: integer("target_id").notNull(),
    /** +1 or -1; withdrawing a vote deletes the row. */
    value: integer("value").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.voterId, table.targetType, table.targetId] }),
    index("votes_target_idx").on(table.targetType, table.targetId),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type ChannelRow = typeof channels.$inferSelect;
export type ThreadRow = typeof threads.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;
