import { sql, type SQL } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";

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
    role: text("role", { enum: ["member", "moderator", "admin"] })
      .notNull()
      .default("member"),
    /** "banned": closed by a moderation decision (sessions ended, reason on /status). */
    verificationStatus: text("verification_status", {
      enum: ["pending", "verified", "rejected", "suspended", "banned"],
    })
      .notNull()
      .default("pending"),
    /** Shown to the applicant when verification was rejected or the account suspended. */
    verificationReason: text("verification_reason"),
    emailConfirmedAt: integer("email_confirmed_at"),
    passwordChangedAt: integer("password_changed_at"),
    /** A moderator's suspension: until this time the member reads but cannot post, vote or flag. */
    suspendedUntil: integer("suspended_until"),
    /** Shown to the suspended member; written by the moderator, never clinical text. */
    suspensionReason: text("suspension_reason"),
    /** Email digest of unread notifications and followed channels' top threads. */
    digestFrequency: text("digest_frequency", { enum: ["daily", "weekly", "off"] })
      .notNull()
      .default("weekly"),
    /** When the last digest went out, so a run that is retried never sends twice. */
    digestSentAt: integer("digest_sent_at"),
    /**
     * Where replies to the member and @mentions of them are mailed (ADR 0030): "immediate" (a
     * bundle at most every 10 minutes), "digest" (only in the digest) or "off" (never mailed).
     */
    replyMail: text("reply_mail", { enum: ["immediate", "digest", "off"] })
      .notNull()
      .default("digest"),
    /** When the last immediate reply mail was claimed: the start of the member's next bundle. */
    replyMailSentAt: integer("reply_mail_sent_at"),
    /** Set when the member deleted the account: personal data is erased, posts stay as "former member". */
    deletedAt: integer("deleted_at"),
    createdAt: integer("created_at").notNull(),
    /** Differentials (ADR 0025): the calibration record is shown to other members only when on. */
    calibrationPublic: integer("calibration_public", { mode: "boolean" }).notNull().default(false),
    /** Differentials (ADR 0025): listed on the specialty's calibration leaderboard only when on. */
    calibrationLeaderboard: integer("calibration_leaderboard", { mode: "boolean" }).notNull().default(false),
    /**
     * Set when the member is approved (by an admin or automatically): until they finish or skip
     * the first-run page (/start), the home page sends them there. Null for everyone else, so
     * members who joined before the first-run page existed never see it.
     */
    firstRunDueAt: integer("first_run_due_at"),
    /** A short bio on the public profile; member text, scanned for patient identifiers. */
    bio: text("bio"),
    /** Practice setting on the public profile ("Academic hospital, inpatient"); scanned like the bio. */
    practiceSetting: text("practice_setting"),
  },
  (table) => [
    uniqueIndex("users_pseudonym_unique").on(sql`lower(${table.pseudonym})`),
    uniqueIndex("users_email_unique").on(table.email),
    uniqueIndex("users_npi_unique").on(table.npi),
    // The earliest members of a specialty, for the anonymity rule (src/server/forum/anonymity-groups.ts);
    // the condition is the same "member" as specialty_member_counts counts, written out literally
    // so SQLite can match it against the query's.
    index("users_member_specialty_joined_idx")
      .on(table.specialtySlug, table.createdAt)
      .where(sql`verification_status = 'verified' and email_confirmed_at is not null and deleted_at is null`),
    // The members the reply-mail job looks at every 10 minutes: only those who chose "immediate".
    index("users_reply_mail_immediate_idx").on(table.id).where(sql`reply_mail = 'immediate'`),
    // The admin member list, newest first (src/server/admin/member-directory.ts): keyset on (created_at, id).
    index("users_created_idx").on(table.createdAt, table.id),
  ],
);

/**
 * Members per specialty, where a member is verified, has confirmed their email and has not
 * deleted the account (the people who can read and post). Kept exact by triggers on users
 * (migration 0008), so a label can ask "how many are in this group?" with one primary-key read.
 */
export const specialtyMemberCounts = sqliteTable("specialty_member_counts", {
  specialtySlug: text("specialty_slug").primaryKey(),
  memberCount: integer("member_count").notNull().default(0),
});

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
    /**
     * For the member's session list (/account): a short device label made from the user agent at
     * sign-in ("Chrome on Android"; the user agent itself is not kept), the country Cloudflare
     * placed the sign-in in (ISO code, or "local" in development), and how the sign-in was
     * completed. Null on sessions from before they were recorded.
     */
    device: text("device"),
    place: text("place"),
    signInMethod: text("sign_in_method", { enum: ["password", "authenticator", "recovery_code", "passkey", "passkey_second_factor"] }),
    /**
     * When the session was last used, as far as renewals tell: written with the sliding expiry
     * (sessions.ts renewSession), never on every request, so it is exact only to within the
     * renewal window. Null until the first renewal (the sign-in time stands for it).
     */
    lastUsedAt: integer("last_used_at"),
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

/**
 * A thread's bucket for a top-by-period feed (ADR 0032): whole periods of `days` days since the
 * epoch at its creation. The divisor is written into the SQL as a literal, so a feed's WHERE
 * clause and the expression index below are the same expression and SQLite matches them.
 */
export function topBucketOf(days: number): SQL {
  return sql`(${sql.identifier("threads")}.${sql.identifier("created_at")} / ${sql.raw(String(days * 86_400_000))})`;
}

/** Index expression of topBucketOf (unqualified: an index names its table's columns bare). */
const topBucketIndexed = (days: number) => sql.raw(`(created_at / ${days * 86_400_000})`);

export const threads = sqliteTable(
  "threads",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    channelId: integer("channel_id")
      .notNull()
      .references(() => channels.id),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind", { enum: ["discussion", "case", "poll"] })
      .notNull()
      .default("discussion"),
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
    /** Cases only: "unsolved" until the author marks a reply as the answer. */
    caseStatus: text("case_status", { enum: ["unsolved", "solved"] }),
    createdAt: integer("created_at").notNull(),
    lastActivityAt: integer("last_activity_at").notNull(),
    editedAt: integer("edited_at"),
    /** Deleted by its author: the title and body are no longer shown. */
    deletedAt: integer("deleted_at"),
    /**
     * Moderation: null while visible; "pending" hidden pending review (a patient-information flag
     * or three flags); "hidden" by a moderator; "removed" with `moderationReason` shown in place.
     */
    moderationState: text("moderation_state", { enum: ["pending", "hidden", "removed"] }),
    moderationReason: text("moderation_reason"),
    moderatedAt: integer("moderated_at"),
    /** Locked by a moderator: readable, but takes no new replies, votes or edits. */
    lockedAt: integer("locked_at"),
    /** Pinned by a moderator: listed above the feed of its channel. */
    pinnedAt: integer("pinned_at"),
    /**
     * Plain text of the body's start for feeds (≤ 160 characters, lib/excerpt.ts), derived from
     * bodyHtml whenever that is written (redactions included). Null until backfilled.
     */
    excerpt: text("excerpt"),
    /**
     * Differentials (ADR 0025): the collective differential's top diagnosis, set when a solved
     * case is scored and cleared when it is reopened; shown in feeds, and the "scored" feed's mark.
     */
    topDiagnosis: text("top_diagnosis"),
  },
  (table) => [
    index("threads_case_new_idx").on(table.caseStatus, table.createdAt, table.id),
    index("threads_channel_case_new_idx").on(table.channelId, table.caseStatus, table.createdAt, table.id),
    index("threads_channel_hot_idx").on(table.channelId, table.hotRank, table.id),
    index("threads_channel_new_idx").on(table.channelId, table.createdAt, table.id),
    index("threads_channel_top_idx").on(table.channelId, table.score, table.id),
    index("threads_hot_idx").on(table.hotRank, table.id),
    index("threads_new_idx").on(table.createdAt, table.id),
    index("threads_top_idx").on(table.score, table.id),
    index("threads_author_idx").on(table.authorId, table.createdAt),
    index("threads_channel_pinned_idx").on(table.channelId, table.pinnedAt).where(sql`pinned_at is not null`),
    // Top of the day, week, month and year (ADR 0032): (period bucket, score, id), home and channel.
    index("threads_top_day_idx").on(topBucketIndexed(1), table.score, table.id),
    index("threads_top_week_idx").on(topBucketIndexed(7), table.score, table.id),
    index("threads_top_month_idx").on(topBucketIndexed(30), table.score, table.id),
    index("threads_top_year_idx").on(topBucketIndexed(365), table.score, table.id),
    index("threads_channel_top_day_idx").on(table.channelId, topBucketIndexed(1), table.score, table.id),
    index("threads_channel_top_week_idx").on(table.channelId, topBucketIndexed(7), table.score, table.id),
    index("threads_channel_top_month_idx").on(table.channelId, topBucketIndexed(30), table.score, table.id),
    index("threads_channel_top_year_idx").on(table.channelId, topBucketIndexed(365), table.score, table.id),
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
    editedAt: integer("edited_at"),
    deletedAt: integer("deleted_at"),
    /**
     * Moderation: null while visible; "pending" hidden pending review (a patient-information flag
     * or three flags); "hidden" by a moderator; "removed" with `moderationReason` shown in place.
     */
    moderationState: text("moderation_state", { enum: ["pending", "hidden", "removed"] }),
    moderationReason: text("moderation_reason"),
    moderatedAt: integer("moderated_at"),
  },
  (table) => [index("comments_thread_idx").on(table.threadId, table.createdAt, table.id), index("comments_author_idx").on(table.authorId, table.createdAt)],
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
  (table) => [primaryKey({ columns: [table.voterId, table.targetType, table.targetId] }), index("votes_target_idx").on(table.targetType, table.targetId)],
);

/**
 * One application for physician verification, with the NPPES registry evidence captured when it
 * was checked. A member may have several over time (re-applying after a rejection).
 */
export const verificationApplications = sqliteTable(
  "verification_applications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    npi: text("npi").notNull(),
    status: text("status", { enum: ["pending", "verified", "rejected"] })
      .notNull()
      .default("pending"),
    /** Why it needs a human: "duplicate_npi", "registry_mismatch", "registry_unreachable", or null. */
    reviewReason: text("review_reason"),
    /** JSON of NppesEvidence (src/server/auth/nppes.ts), null until the registry answered. */
    evidenceJson: text("evidence_json"),
    registryCheckedAt: integer("registry_checked_at"),
    decidedBy: integer("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: integer("decided_at"),
    decisionReason: text("decision_reason"),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    index("verification_applications_status_idx").on(table.status, table.createdAt, table.id),
    index("verification_applications_user_idx").on(table.userId, table.createdAt),
    index("verification_applications_npi_idx").on(table.npi),
  ],
);

/** Append-only record of every privileged decision: who did what to whom, when and why. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: integer("target_id").notNull(),
    reason: text("reason"),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [index("audit_log_created_idx").on(table.createdAt, table.id), index("audit_log_target_idx").on(table.targetType, table.targetId)],
);

/**
 * Fixed-window counters for rate limits. They live in the database because Worker isolates
 * share no memory: a limit kept in a Map would reset on every new isolate.
 */
export const rateLimitCounters = sqliteTable(
  "rate_limit_counters",
  {
    key: text("key").notNull(),
    windowStart: integer("window_start").notNull(),
    count: integer("count").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.key, table.windowStart] }), index("rate_limit_counters_expiry_idx").on(table.expiresAt)],
);

/** Single-use email tokens (confirm address, reset password). Only the SHA-256 is stored. */
export const emailTokens = sqliteTable(
  "email_tokens",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["confirm_email", "reset_password"] }).notNull(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [index("email_tokens_user_idx").on(table.userId, table.purpose)],
);

/**
 * Mail that Rounds sends. With MAIL_TRANSPORT=outbox (the local default) this table is the
 * mailbox, listed at /admin/outbox; with an HTTP provider it records what was handed over.
 */
export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    transport: text("transport").notNull(),
    status: text("status", { enum: ["stored", "sent", "failed"] }).notNull(),
    providerMessageId: text("provider_message_id"),
    error: text("error"),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [index("mail_outbox_created_idx").on(table.createdAt, table.id)],
);

/**
 * A member's confirmation that text the scanner warned about is not patient information.
 * Records who, when, which categories and what was posted — never the text itself.
 */
export const phiConfirmations = sqliteTable(
  "phi_confirmations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** "image": an image's description (images.id). */
    targetType: text("target_type", { enum: ["thread", "comment", "image", "differential"] }).notNull(),
    targetId: integer("target_id").notNull(),
    /** Comma-separated PHI categories that were warned about. */
    categories: text("categories").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [index("phi_confirmations_target_idx").on(table.targetType, table.targetId)],
);

/**
 * The structured part of a case thread. The age is a band (never an exact age over 89), so the
 * template itself keeps cases de-identified.
 */
export const caseDetails = sqliteTable("case_details", {
  threadId: integer("thread_id")
    .primaryKey()
    .references(() => threads.id, { onDelete: "cascade" }),
  ageBand: text("age_band").notNull(),
  sex: text("sex").notNull(),
  presentingProblem: text("presenting_problem").notNull(),
  history: text("history").notNull(),
  findings: text("findings").notNull(),
  triedSoFar: text("tried_so_far").notNull(),
  question: text("question").notNull(),
  answerCommentId: integer("answer_comment_id"),
  outcomeNote: text("outcome_note"),
  solvedAt: integer("solved_at"),
  /** Differentials (ADR 0025): the final diagnosis the author states; scored once it is set. */
  finalDiagnosis: text("final_diagnosis"),
  /** JSON object: a diagnosis key → the key it was merged into by the author (synonyms). */
  diagnosisMerges: text("diagnosis_merges"),
  /** JSON array of the (merged) diagnosis keys the author ticked as matching the final diagnosis. */
  matchingKeys: text("matching_keys"),
  /** When the differentials were last scored; null while unscored (unsolved or reopened). */
  scoredAt: integer("scored_at"),
});

/**
 * A member's differential on a case (ADR 0025): up to 5 diagnoses with whole-percent
 * probabilities. Revising writes a new row and marks the previous one superseded, so earlier
 * versions are kept and exactly one current row per (case, member) exists (partial unique index).
 * Scores live on the current row and are cleared when the case is reopened.
 */
export const differentials = sqliteTable(
  "differentials",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    threadId: integer("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    isAnonymous: integer("is_anonymous", { mode: "boolean" }).notNull().default(false),
    /** JSON array of { diagnosis, probability } in the member's order; probabilities whole percent. */
    items: text("items").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: integer("created_at").notNull(),
    supersededAt: integer("superseded_at"),
    brier: real("brier"),
    /** 1-based rank of the matching diagnosis by probability; null when none matched. */
    correctRank: integer("correct_rank"),
    top1: integer("top1", { mode: "boolean" }),
    top3: integer("top3", { mode: "boolean" }),
    /** JSON array of 0/1 per listed diagnosis (did it match), for the calibration plot. */
    outcomes: text("outcomes"),
    scoredAt: integer("scored_at"),
  },
  (table) => [
    uniqueIndex("differentials_current_unique").on(table.threadId, table.authorId).where(sql`superseded_at is null`),
    index("differentials_author_scored_idx").on(table.authorId, table.scoredAt).where(sql`superseded_at is null`),
  ],
);

export const polls = sqliteTable("polls", {
  threadId: integer("thread_id")
    .primaryKey()
    .references(() => threads.id, { onDelete: "cascade" }),
  multipleChoice: integer("multiple_choice", { mode: "boolean" }).notNull(),
  closesAt: integer("closes_at").notNull(),
  /** Members who voted, kept in the same batch as their choices. */
  voterCount: integer("voter_count").notNull().default(0),
});

export const pollOptions = sqliteTable(
  "poll_options",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    threadId: integer("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    voteCount: integer("vote_count").notNull().default(0),
  },
  (table) => [index("poll_options_thread_idx").on(table.threadId, table.position)],
);

/** Who chose what is stored to keep one ballot per member, and never shown to anyone. */
export const pollBallots = sqliteTable(
  "poll_ballots",
  {
    threadId: integer("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    voterId: integer("voter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    optionId: integer("option_id")
      .notNull()
      .references(() => pollOptions.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.threadId, table.voterId, table.optionId] })],
);

/** One row per member who voted in a poll: the key that makes a second ballot impossible. */
export const pollVoters = sqliteTable(
  "poll_voters",
  {
    threadId: integer("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    voterId: integer("voter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.threadId, table.voterId] })],
);

/** Every earlier version of an edited thread or reply, oldest first by id. */
export const revisions = sqliteTable(
  "revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    targetType: text("target_type", { enum: ["thread", "comment"] }).notNull(),
    targetId: integer("target_id").notNull(),
    editorId: integer("editor_id").references(() => users.id, { onDelete: "set null" }),
    title: text("title"),
    bodySource: text("body_source").notNull(),
    /**
     * A case's or poll's structured fields as they were in this version (JSON object of strings,
     * poll options as an array), so the history can name each field that changed. Null for
     * discussions, replies and versions kept before cases and poll options were editable.
     */
    fields: text("fields"),
    /** When this version was written (the post's creation or its previous edit). */
    writtenAt: integer("written_at").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [index("revisions_target_idx").on(table.targetType, table.targetId, table.id)],
);

/** One server-side draft per member and composer, so nothing typed is lost between devices. */
export const drafts = sqliteTable(
  "drafts",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** "new-thread" or "reply:{threadId}". */
    draftKey: text("draft_key").notNull(),
    /** JSON of the form's fields (never passwords: composers have none). */
    payload: text("payload").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.draftKey] })],
);

/** Per-channel moderators. Global moderators have users.role = "moderator" instead. */
export const channelModerators = sqliteTable(
  "channel_moderators",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    channelId: integer("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.channelId] })],
);

export const FLAG_REASONS = ["patient_information", "unprofessional", "misinformation", "spam", "other"] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

/**
 * A member's report that a post breaks the rules. One per member and post; resolved by the
 * moderator action that settles the post, with the outcome the flagger sees on /flags.
 */
export const flags = sqliteTable(
  "flags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reporterId: integer("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    targetType: text("target_type", { enum: ["thread", "comment"] }).notNull(),
    targetId: integer("target_id").notNull(),
    /** The thread the post belongs to (itself for a thread), for the channel scope and links. */
    threadId: integer("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    reason: text("reason", { enum: FLAG_REASONS }).notNull(),
    /** Required for "other"; the flagger's words, shown to moderators only. */
    note: text("note"),
    status: text("status", { enum: ["open", "upheld", "dismissed"] })
      .notNull()
      .default("open"),
    /** What moderators did, in the flagger's terms: "dismissed", "hidden", "removed", "redacted", "restored". */
    outcome: text("outcome"),
    resolvedBy: integer("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: integer("resolved_at"),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    uniqueIndex("flags_reporter_target_unique").on(table.reporterId, table.targetType, table.targetId),
    index("flags_target_idx").on(table.targetType, table.targetId, table.status),
    index("flags_status_idx").on(table.status, table.createdAt, table.id),
    index("flags_reporter_idx").on(table.reporterId, table.createdAt, table.id),
  ],
);

/**
 * The moderation queue in its order (ADR 0034): one row per post with open flags, kept exact by
 * triggers on flags (the migration that made this table), so /mod pages the queue by walking
 * mod_queue_order_idx instead of grouping and sorting every open flag on each view. Never
 * written by application code.
 */
export const modQueueEntries = sqliteTable(
  "mod_queue_entries",
  {
    targetType: text("target_type", { enum: ["thread", "comment"] }).notNull(),
    targetId: integer("target_id").notNull(),
    threadId: integer("thread_id").notNull(),
    /** 1 when any open flag is for patient information: those come first. */
    phiFlagged: integer("phi_flagged").notNull(),
    flagCount: integer("flag_count").notNull(),
    firstFlaggedAt: integer("first_flagged_at").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.targetType, table.targetId] }),
    index("mod_queue_order_idx").on(sql`${table.phiFlagged} desc`, sql`${table.flagCount} desc`, table.firstFlaggedAt, table.targetType, table.targetId),
  ],
);

/** Admin overrides of the default rate limits (src/server/moderation/limit-settings.ts). */
export const rateLimitSettings = sqliteTable("rate_limit_settings", {
  /** A rule name such as "thread_per_window". */
  name: text("name").primaryKey(),
  limit: integer("limit").notNull(),
  windowMs: integer("window_ms").notNull(),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: integer("updated_at").notNull(),
});

/** A group of accounts the vote-ring job found voting for each other far above their base rate. */
export const voteRingReports = sqliteTable(
  "vote_ring_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Sorted, comma-separated user ids: a group is reported once (a dismissed group is not raised again). */
    memberIds: text("member_ids").notNull(),
    /** JSON of the evidence: mutual vote counts and how far above base rate they are. */
    evidenceJson: text("evidence_json").notNull(),
    status: text("status", { enum: ["open", "dismissed", "actioned"] })
      .notNull()
      .default("open"),
    resolvedBy: integer("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: integer("resolved_at"),
    detectedAt: integer("detected_at").notNull(),
  },
  (table) => [uniqueIndex("vote_ring_reports_members_unique").on(table.memberIds), index("vote_ring_reports_status_idx").on(table.status, table.detectedAt)],
);

/**
 * Vote rings, incremental (ADR 0031): every change to the multiset of counted upvotes, in commit
 * order. Written only by triggers (migration 0021): on votes (cast, withdrawn, flipped, re-cast),
 * on threads (moved to another channel, author gone, deleted) and on comments (author gone,
 * deleted), each a -1 under the old attribution and a +1 under the new. A row is attributed
 * when it is written: the post's author and its thread's channel, and the vote's own created_at,
 * so the -1 that undoes a +1 always lands in the same (voter, author, channel) cell and leaves
 * the window on the same day. Rows are deleted once their created_at leaves the window.
 */
export const voteRingLedger = sqliteTable(
  "vote_ring_ledger",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    voterId: integer("voter_id").notNull(),
    authorId: integer("author_id").notNull(),
    channelId: integer("channel_id").notNull(),
    /** The vote's created_at (not when this row was written): what the window is cut on. */
    createdAt: integer("created_at").notNull(),
    /** +1 or -1. */
    delta: integer("delta").notNull(),
  },
  (table) => [index("vote_ring_ledger_created_idx").on(table.createdAt)],
);

/**
 * Rolling (voter, author, channel) upvote counts: the sum of the ledger rows the job has applied
 * (seq <= vote_ring_state.applied_seq). When the job is caught up this is exactly the full
 * recount's `cells` over the window (tests/integration/moderation/vote-rings-incremental.test.ts).
 */
export const voteRingPairs = sqliteTable(
  "vote_ring_pairs",
  {
    voterId: integer("voter_id").notNull(),
    authorId: integer("author_id").notNull(),
    channelId: integer("channel_id").notNull(),
    upvotes: integer("upvotes").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.voterId, table.authorId, table.channelId] }),
    // Cells that fell to zero, deleted after each step without scanning the table.
    index("vote_ring_pairs_empty_idx").on(table.voterId).where(sql`upvotes = 0`),
  ],
);

/**
 * The margins of vote_ring_pairs, kept in the same step as the cells (ADR 0031): what each voter
 * gave in each channel, what each author received in each channel, and each channel's total.
 * The analysis reads them by key instead of summing 2.4 million cells at 115,000 members.
 * Rule: each equals the corresponding sum over vote_ring_pairs after every step.
 */
export const voteRingGiven = sqliteTable(
  "vote_ring_given",
  {
    voterId: integer("voter_id").notNull(),
    channelId: integer("channel_id").notNull(),
    upvotes: integer("upvotes").notNull(),
  },
  (table) => [primaryKey({ columns: [table.voterId, table.channelId] })],
);

export const voteRingReceived = sqliteTable(
  "vote_ring_received",
  {
    authorId: integer("author_id").notNull(),
    channelId: integer("channel_id").notNull(),
    upvotes: integer("upvotes").notNull(),
  },
  (table) => [primaryKey({ columns: [table.authorId, table.channelId] })],
);

export const voteRingChannelTotals = sqliteTable("vote_ring_channel_totals", {
  channelId: integer("channel_id").primaryKey(),
  upvotes: integer("upvotes").notNull(),
});

/** The one row (id 1) saying how far the job has applied the ledger: its watermark. */
export const voteRingState = sqliteTable("vote_ring_state", {
  id: integer("id").primaryKey(),
  /** Ledger rows up to this seq are in vote_ring_pairs; moved in the same batch as the counts. */
  appliedSeq: integer("applied_seq").notNull().default(0),
  /** The window start of the last step (ledger rows older than this were dropped). */
  windowStart: integer("window_start"),
  updatedAt: integer("updated_at"),
});

export const NOTIFICATION_KINDS = ["reply", "mention", "channel_mention", "case_answered", "flag_outcome", "post_back", "verification", "retraction"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Something a member should know about. Written in the same batch as the event. Rule: an
 * anonymous actor is never stored here (actor_id null, actor_label "Verified physician · …"),
 * so no listing of notifications can reveal who wrote an anonymous post.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    threadId: integer("thread_id").references(() => threads.id, { onDelete: "cascade" }),
    commentId: integer("comment_id").references(() => comments.id, { onDelete: "cascade" }),
    /** Who did it, when they signed it; null for anonymous posts and for Rounds itself. */
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** What to call an anonymous actor ("Verified physician · Cardiology"); null otherwise. */
    actorLabel: text("actor_label"),
    /** A short sentence for flag outcomes and verification decisions; never clinical text. */
    detail: text("detail"),
    createdAt: integer("created_at").notNull(),
    readAt: integer("read_at"),
  },
  (table) => [
    index("notifications_user_idx").on(table.userId, table.id),
    index("notifications_unread_idx").on(table.userId).where(sql`read_at is null`),
    // One channel mention per member and post, whatever retries or overlapping channels: the
    // queued fan-out (ADR 0033) inserts with ON CONFLICT DO NOTHING, so a retried chunk writes nothing twice.
    // The fan-out skips members the post @mentions by name (they got a mention): a probe per follower.
    index("notifications_mention_idx").on(table.userId, table.threadId).where(sql`kind = 'mention'`),
    uniqueIndex("notifications_channel_mention_once").on(table.userId, table.threadId, sql`coalesce(${table.commentId}, 0)`).where(sql`kind = 'channel_mention'`),
  ],
);

/** Following (replies notify) or muting (nothing notifies) a thread. */
export const threadFollows = sqliteTable(
  "thread_follows",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    threadId: integer("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    state: text("state", { enum: ["following", "muted"] }).notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.threadId] }), index("thread_follows_thread_idx").on(table.threadId, table.state)],
);

export const channelFollows = sqliteTable(
  "channel_follows",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    channelId: integer("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.channelId] }),
    index("channel_follows_channel_idx").on(table.channelId),
    // The fan-out walks a channel's followers in member-id order, a chunk at a time (ADR 0033).
    index("channel_follows_channel_user_idx").on(table.channelId, table.userId),
  ],
);

export const bookmarks = sqliteTable(
  "bookmarks",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    threadId: integer("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.threadId] }), index("bookmarks_user_idx").on(table.userId, table.createdAt)],
);

/**
 * An @{channel} mention notifies that channel's followers of this thread (once per thread). The
 * row is also the fan-out's durable state (ADR 0033): written in the post's batch with
 * `fanout_pending_at` set, advanced a chunk of followers at a time by the queue consumer, and
 * cleared (null) when every follower has been considered. Rows from before the queue are done.
 */
export const channelMentions = sqliteTable(
  "channel_mentions",
  {
    threadId: integer("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    channelId: integer("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
    /** The reply that mentioned the channel; null when it was the thread's own body. */
    commentId: integer("comment_id"),
    /** The highest follower user id already considered; the next chunk starts after it. */
    fanoutCursor: integer("fanout_cursor").notNull().default(0),
    /** When the fan-out last moved (or was opened); null once done. The hourly job re-sends stale ones. */
    fanoutPendingAt: integer("fanout_pending_at"),
  },
  (table) => [
    primaryKey({ columns: [table.threadId, table.channelId] }),
    index("channel_mentions_pending_idx").on(table.fanoutPendingAt).where(sql`fanout_pending_at is not null`),
  ],
);

/**
 * A member's earlier pseudonyms (lower-case). Rule: an old name stays its owner's — nobody else
 * may take it, and its profile address redirects to the current name, so old @mentions still
 * lead to the right member. Deleting the account frees them with the current one.
 */
export const pseudonymHistory = sqliteTable(
  "pseudonym_history",
  {
    nameLower: text("name_lower").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    retiredAt: integer("retired_at").notNull(),
  },
  (table) => [index("pseudonym_history_user_idx").on(table.userId)],
);

export type UserRow = typeof users.$inferSelect;
export type ChannelRow = typeof channels.$inferSelect;
export type ThreadRow = typeof threads.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;

export const IMAGE_TYPES = ["jpeg", "png", "webp"] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/**
 * An image a member uploaded for a post (src/server/images/). Stored in R2 under `img/{key}` (and
 * `img/{key}/thumb`): the key is random (it is also the image's address), never the file name. An upload is pending (no
 * thread or comment) until the post that carries it is published; the prune job deletes pending
 * uploads after a day, and the images of deleted posts or removed by a moderator, objects first.
 */
export const images = sqliteTable(
  "images",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    ownerId: integer("owner_id")
      .notNull()
      .references(() => users.id),
    threadId: integer("thread_id").references(() => threads.id),
    commentId: integer("comment_id").references(() => comments.id),
    /** Order within its post, from 0. */
    position: integer("position").notNull().default(0),
    type: text("type", { enum: IMAGE_TYPES }).notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    bytes: integer("bytes").notNull(),
    /** The small copy the browser made (≤ 480 px); null when the upload came without one (no JavaScript). */
    thumbType: text("thumb_type", { enum: IMAGE_TYPES }),
    thumbWidth: integer("thumb_width"),
    thumbHeight: integer("thumb_height"),
    thumbBytes: integer("thumb_bytes"),
    /** The member's description (alt text), scanned for patient identifiers like any text. */
    alt: text("alt").notNull(),
    createdAt: integer("created_at").notNull(),
    /** Removed by a moderator (audited): no longer served; the objects go at the next prune. */
    removedAt: integer("removed_at"),
  },
  (table) => [
    uniqueIndex("images_key_unique").on(table.key),
    index("images_owner_idx").on(table.ownerId, table.createdAt),
    index("images_thread_idx").on(table.threadId, table.position).where(sql`thread_id is not null`),
    index("images_comment_idx").on(table.commentId, table.position).where(sql`comment_id is not null`),
    index("images_pending_idx").on(table.createdAt).where(sql`thread_id is null and comment_id is null`),
  ],
);

/**
 * A member's authenticator app (TOTP, RFC 6238: SHA-1, 6 digits, 30 s). One per member. Rule: the
 * shared secret is stored only encrypted (AES-GCM under the Worker secret TOTP_ENCRYPTION_KEY,
 * src/server/auth/totp.ts), and is shown to the member only while enrolment waits for its first
 * code (`confirmed_at` null); after that nobody can read it back.
 */
export const totpCredentials = sqliteTable("totp_credentials", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** "v1." + base64(iv ‖ AES-GCM ciphertext), with the member's id as associated data. */
  secretCiphertext: text("secret_ciphertext").notNull(),
  /** Null while enrolment waits for a code; the second factor is on from this time. */
  confirmedAt: integer("confirmed_at"),
  /** The last 30-second step a code was accepted for: codes of that step or earlier are refused (no replay). */
  lastUsedStep: integer("last_used_step"),
  createdAt: integer("created_at").notNull(),
});

/** Single-use recovery codes (10 per enrolment or regeneration). Only a SHA-256 of each is stored. */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: integer("used_at"),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [uniqueIndex("recovery_codes_user_hash_unique").on(table.userId, table.codeHash)],
);

/**
 * A sign-in whose password was right and whose second step is still due: no session yet. Bound
 * to one browser by an HttpOnly cookie holding a random token; only its SHA-256 is stored. Any
 * second step (an authenticator code, a recovery code, later a passkey) completes it.
 */
export const pendingSignIns = sqliteTable(
  "pending_sign_ins",
  {
    /** Hex SHA-256 of the token in the cookie. */
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (table) => [index("pending_sign_ins_user_idx").on(table.userId), index("pending_sign_ins_expiry_idx").on(table.expiresAt)],
);

/** Site-wide switches admins change (src/server/auth/second-factor-policy.ts); a missing row means the default. */
export const siteSettings = sqliteTable("site_settings", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: integer("updated_at").notNull(),
});

/**
 * A member's passkeys (WebAuthn credentials, src/server/auth/passkeys.ts), several per member, each
 * named by them. Rule: only public keys are stored (SubjectPublicKeyInfo DER, base64), which are
 * not secrets; the credential id is unique across the site, so an assertion names one account.
 */
export const passkeys = sqliteTable(
  "passkeys",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The credential id as the authenticator gave it, base64url without padding. */
    credentialId: text("credential_id").notNull(),
    /** SubjectPublicKeyInfo (DER) of the credential's public key, base64. */
    publicKey: text("public_key").notNull(),
    /** COSE algorithm: -7 (ES256) or -257 (RS256). */
    algorithm: integer("algorithm").notNull(),
    /** The authenticator's signature counter at its last use; 0 for authenticators that keep none. */
    signCount: integer("sign_count").notNull(),
    name: text("name").notNull(),
    createdAt: integer("created_at").notNull(),
    lastUsedAt: integer("last_used_at"),
  },
  (table) => [uniqueIndex("passkeys_credential_unique").on(table.credentialId), index("passkeys_user_idx").on(table.userId, table.id)],
);

/**
 * WebAuthn challenges waiting for their answer. Rule: single use (taken by a delete), 5 minutes;
 * only the SHA-256 of the challenge is stored, so a leaked row cannot be answered. `user_id` is
 * the member registering a passkey; null for a sign-in (the passkey names the account).
 */
export const webauthnChallenges = sqliteTable(
  "webauthn_challenges",
  {
    /** Hex SHA-256 of the challenge bytes. */
    id: text("id").primaryKey(),
    purpose: text("purpose", { enum: ["register", "sign_in"] }).notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (table) => [index("webauthn_challenges_expiry_idx").on(table.expiresAt)],
);

/**
 * The heartbeat of each scheduled job (src/server/jobs/heartbeat.ts): when it last succeeded and
 * last failed, for `/api/health/jobs`, the dead man's switch an uptime monitor polls. One row per
 * job name; `registered_at` is when the health check first expected the job, so a job that has
 * never run is overdue from then on. `last_failure` is the error's class and message: jobs' errors
 * carry counts and HTTP statuses, never member data.
 */
export const jobRuns = sqliteTable("job_runs", {
  job: text("job").primaryKey(),
  registeredAt: integer("registered_at").notNull(),
  lastSucceededAt: integer("last_succeeded_at"),
  lastFailedAt: integer("last_failed_at"),
  lastFailure: text("last_failure"),
  /** Work the last successful run left for the next (e.g. vote-ring ledger rows), null if none is tracked. */
  lastBacklog: integer("last_backlog"),
});

/**
 * How far a member has read a thread (ADR 0026): the highest reply id they were shown and the
 * thread's reply count at that moment. Written after the response, and only ever forward
 * (server/forum/read-positions.ts); feeds read it by its primary key, one lookup per listed
 * thread. Rows of threads nobody opened for READ_HORIZON_DAYS are pruned (jobs/prune.ts).
 */
export const threadReads = sqliteTable(
  "thread_reads",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    threadId: integer("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    /** The highest reply id the member was shown (0 when the thread had none). */
    lastCommentId: integer("last_comment_id").notNull(),
    /** threads.comment_count when it was read: "N new" is today's count minus this one. */
    commentCount: integer("comment_count").notNull(),
    readAt: integer("read_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.threadId] }), index("thread_reads_read_at_idx").on(table.readAt)],
);

/**
 * One row per cited work (src/server/evidence/), shared by every post that cites it: the card's
 * metadata as its source last described it. Rules: the identifier is canonical (PMID digits, DOI
 * lower-case, NCT upper-case) and unique per kind; a row is written "pending" in the posting
 * batch and filled after the answer (waitUntil) or by the daily job, so posting never waits for a
 * source; `retracted_at` is when Rounds first saw the retraction (the job notifies on it once).
 */
export const evidenceReferences = sqliteTable(
  "evidence_references",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: ["pmid", "doi", "nct"] }).notNull(),
    identifier: text("identifier").notNull(),
    state: text("state", { enum: ["pending", "found", "not_found"] })
      .notNull()
      .default("pending"),
    title: text("title"),
    firstAuthor: text("first_author"),
    /** The journal, or for a trial its lead sponsor. */
    journal: text("journal"),
    year: integer("year"),
    retracted: integer("retracted", { mode: "boolean" }).notNull().default(false),
    corrected: integer("corrected", { mode: "boolean" }).notNull().default(false),
    retractedAt: integer("retracted_at"),
    /** Last answer from the source (found or not found); null while never answered. */
    checkedAt: integer("checked_at"),
    /** Failed fetches in a row (timeouts, errors); the job gives a pending row up after a few. */
    failures: integer("failures").notNull().default(0),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [uniqueIndex("evidence_references_key_unique").on(table.kind, table.identifier), index("evidence_references_state_idx").on(table.state, table.checkedAt)],
);

/**
 * Which post cites which work, in order within the post. `comment_id` is null for the thread's
 * own body. Rule: rewritten with the post (create and edit, same batch), so a thread's references
 * list and the search by identifier always match what the posts say now.
 */
export const postCitations = sqliteTable(
  "post_citations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    threadId: integer("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    commentId: integer("comment_id").references(() => comments.id, { onDelete: "cascade" }),
    referenceId: integer("reference_id")
      .notNull()
      .references(() => evidenceReferences.id, { onDelete: "cascade" }),
    /** 0 for the first work the post cites. */
    position: integer("position").notNull(),
    /** When the citing post was written (its created_at): orders "first cited" and the job's 2-year window. */
    citedAt: integer("cited_at").notNull(),
  },
  (table) => [
    index("post_citations_thread_idx").on(table.threadId, table.citedAt),
    index("post_citations_reference_idx").on(table.referenceId, table.citedAt),
    index("post_citations_comment_idx").on(table.commentId),
  ],
);
