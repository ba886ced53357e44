import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/client";
import { ANONYMOUS_LABEL } from "../forum/anonymity-groups";
import { MAX_MENTIONS_NOTIFIED, type Mentions } from "./mentions";

/**
 * Statements that write notifications, for the batch of the event that causes them, so an
 * event and its notifications commit together. Rules shared by all of them:
 * - nobody is notified of their own action;
 * - a member who muted the thread hears nothing from it;
 * - only live, verified members are notified;
 * - an anonymous actor is never stored, nor their specialty: actor_id is null and actor_label
 *   says only "Verified physician"; where the notification is shown, the label is worked out
 *   from the post by the post's own rule (anonymous-actor.ts, ADR 0014).
 */
export interface Actor {
  userId: number;
  anonymous: boolean;
}

/** A post just written in the same batch: its id is read back by a subquery. */
export interface NewPost {
  threadId: SQL | number;
  /** Null for a thread (its own body), else the new reply's id. */
  commentId: SQL | number | null;
}

function actorColumns(actor: Actor): SQL {
  if (!actor.anonymous) return sql`${actor.userId}, null`;
  return sql`null, ${ANONYMOUS_LABEL}`;
}

const liveMember = (column: SQL) => sql`${column} in (select id from users where deleted_at is null and verification_status = 'verified')`;
const notMuted = (column: SQL, threadId: SQL | number) => sql`${column} not in (select user_id from thread_follows where thread_id = ${threadId} and state = 'muted')`;
const mentioned = (pseudonyms: readonly string[]) =>
  pseudonyms.length
    ? sql`(select id from users where lower(pseudonym) in (${sql.join(
        pseudonyms.map((name) => sql`${name}`),
        sql`, `,
      )}))`
    : sql`(select null where 0)`;

/** The post's author follows it (a mute they chose earlier stays a mute). */
export function autoFollowStatement(db: Database, userId: number, threadId: SQL | number, now: number) {
  return db.run(sql`insert into thread_follows (user_id, thread_id, state, created_at) values (${userId}, ${threadId}, 'following', ${now}) on conflict do nothing`);
}

/**
 * A new reply notifies the thread's author and followers and the author of the reply it answers
 * (the one the member chose, even when the reply is attached higher up at the depth cap); members
 * it @mentions get a "mention" instead (one notification per member and reply).
 */
export function replyNotificationStatement(db: Database, actor: Actor, post: NewPost & { parentId: number | null }, mentions: Mentions, now: number) {
  // The thread's author is a recipient even without a follow row (threads imported or written
  // before following existed); a mute still silences them.
  const recipients = sql`(select user_id as recipient from thread_follows where thread_id = ${post.threadId} and state = 'following'
    union select author_id from threads where id = ${post.threadId} and author_id is not null
    union select author_id from comments where id = ${post.parentId ?? -1} and author_id is not null)`;
  return db.run(sql`insert into notifications (user_id, kind, thread_id, comment_id, actor_id, actor_label, created_at)
    select recipient, 'reply', ${post.threadId}, ${post.commentId}, ${actorColumns(actor)}, ${now} from ${recipients}
    where recipient != ${actor.userId} and ${notMuted(sql`recipient`, post.threadId)} and ${liveMember(sql`recipient`)}
      and recipient not in ${mentioned(mentions.pseudonyms.slice(0, MAX_MENTIONS_NOTIFIED))}`);
}

/**
 * Members a post @mentions (at most ten per post), whether or not they follow the thread.
 * `onlyIf` makes it conditional on the write it belongs to (an edit that may not be saved).
 */
export function mentionNotificationStatement(db: Database, actor: Actor, post: NewPost, mentions: Mentions, now: number, onlyIf?: SQL) {
  const names = mentions.pseudonyms.slice(0, MAX_MENTIONS_NOTIFIED);
  return db.run(sql`insert into notifications (user_id, kind, thread_id, comment_id, actor_id, actor_label, created_at)
    select id, 'mention', ${post.threadId}, ${post.commentId}, ${actorColumns(actor)}, ${now} from users
    where id in ${mentioned(names)} and id != ${actor.userId} and ${notMuted(sql`id`, post.threadId)} and ${liveMember(sql`id`)}${onlyIf ? sql` and exists (${onlyIf})` : sql``}`);
}

/** The members an edit newly mentions: named in the new text and not in the old. */
export function newlyMentioned(before: Mentions, after: Mentions): Mentions {
  const known = new Set(before.pseudonyms);
  return { pseudonyms: after.pseudonyms.filter((name) => !known.has(name)), channels: [] };
}

// @{channel} notifies a channel's followers off the posting path: channel-fan-out.ts (ADR 0033).

/** A case's author marked an answer: everyone following the case hears it. */
export function caseAnsweredStatement(db: Database, authorId: number, threadId: number, commentId: number, now: number) {
  return db.run(sql`insert into notifications (user_id, kind, thread_id, comment_id, actor_id, actor_label, created_at)
    select user_id, 'case_answered', ${threadId}, ${commentId},
      case when (select is_anonymous from threads where id = ${threadId}) then null else ${authorId} end,
      case when (select is_anonymous from threads where id = ${threadId}) then 'The case author' else null end, ${now}
    from thread_follows where thread_id = ${threadId} and state = 'following' and user_id != ${authorId} and ${liveMember(sql`user_id`)}`);
}

/** Each member whose open flag a moderator settles is told the outcome (who acted is not named). */
export function flagOutcomeStatement(db: Database, target: { type: "thread" | "comment"; id: number }, outcomeText: string, now: number, onlyIf?: SQL) {
  return db.run(sql`insert into notifications (user_id, kind, thread_id, comment_id, actor_id, actor_label, detail, created_at)
    select reporter_id, 'flag_outcome', thread_id, ${target.type === "comment" ? target.id : null}, null, null, ${outcomeText}, ${now}
    from flags where target_type = ${target.type} and target_id = ${target.id} and status = 'open'${onlyIf ? sql` and exists (${onlyIf})` : sql``}`);
}

/** The applicant hears the verification decision (also mailed). */
export function verificationNotificationStatement(db: Database, userId: number, detail: string, now: number) {
  return db.run(sql`insert into notifications (user_id, kind, detail, created_at) values (${userId}, 'verification', ${detail}, ${now})`);
}

/**
 * The author of a post moderators brought back (a patient-information flag dismissed) is told it
 * is visible again; only a live member, and only when `onlyIf` holds when the batch runs.
 */
export function postBackStatement(db: Database, target: { type: "thread" | "comment"; id: number }, detail: string, now: number, onlyIf: SQL) {
  const post =
    target.type === "thread"
      ? sql`select author_id, id as thread_id, null as comment_id from threads where id = ${target.id}`
      : sql`select author_id, thread_id, id as comment_id from comments where id = ${target.id}`;
  return db.run(sql`insert into notifications (user_id, kind, thread_id, comment_id, actor_id, actor_label, detail, created_at)
    select author_id, 'post_back', thread_id, comment_id, null, null, ${detail}, ${now} from (${post})
    where author_id is not null and ${liveMember(sql`author_id`)} and exists (${onlyIf})`);
}
