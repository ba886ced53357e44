import { sql, type SQL } from "drizzle-orm";
import { notifications } from "../db/schema";
import { anonymityGroupFor, type AnonymityGroups } from "../forum/anonymity-groups";

/*
 * A notification about an anonymous post stores no actor (actor_id null, actor_label "Verified
 * physician"). Where it is shown (inbox, digest), its label is worked out then, from the post
 * itself, by the rule every anonymous post follows (ADR 0014): so a notification never says more
 * than the post says on its thread page, at any time. Read only while the post is visible to
 * members; a post deleted, hidden or removed since keeps the stored "Verified physician".
 */

const anonymousActor = sql`${notifications.actorId} is null and ${notifications.kind} in ('reply', 'mention', 'channel_mention')`;

/** One column of the anonymous, live post the notification row in scope is about (else null). */
function ofAnonymousPost(column: SQL): SQL {
  return sql`case when ${anonymousActor} then (select ${column} from threads anon_t
      left join comments anon_c on anon_c.id = ${notifications.commentId} and anon_c.thread_id = anon_t.id
      join users anon_u on anon_u.id = case when ${notifications.commentId} is null then anon_t.author_id else anon_c.author_id end
      where anon_t.id = ${notifications.threadId} and anon_t.deleted_at is null and anon_t.moderation_state is null
        and case when ${notifications.commentId} is null then anon_t.is_anonymous = 1
          else anon_c.is_anonymous = 1 and anon_c.deleted_at is null and anon_c.moderation_state is null end) end`;
}

/** Select these with a notification row: the author's specialty and the post's time, never who. */
export const anonymousPostColumns = {
  anonymousSpecialty: sql<string | null>`${ofAnonymousPost(sql`anon_u.specialty_slug`)}`,
  anonymousPostedAt: sql<number | null>`${ofAnonymousPost(sql`case when ${notifications.commentId} is null then anon_t.created_at else anon_c.created_at end`)}`,
};

/** The group label for an anonymous actor, or null when the stored label stands. */
export function anonymousActorLabel(row: { anonymousSpecialty: string | null; anonymousPostedAt: number | null }, groups: AnonymityGroups | null): string | null {
  if (!groups || row.anonymousSpecialty === null || row.anonymousPostedAt === null) return null;
  return anonymityGroupFor(groups, row.anonymousSpecialty, Number(row.anonymousPostedAt)).label;
}
