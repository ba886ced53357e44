import type { NotificationKind } from "../db/schema";
import type { DigestNotificationLine } from "./contents";
import { mailLine } from "./mail-text";

/**
 * One notification as one line of the digest: who (see contents.ts for the naming rule), the
 * kind of event in words, and the thread's title when it is live. Never a detail sentence or a
 * snippet: a digest carries no clinical text beyond titles.
 */
export function notificationLine(line: DigestNotificationLine): string {
  const actor = mailLine(line.actor, 80) || "A colleague";
  const title = line.threadTitle === null ? null : `"${mailLine(line.threadTitle, 160)}"`;
  return phrase(line.kind, actor, title);
}

function phrase(kind: NotificationKind, actor: string, title: string | null): string {
  switch (kind) {
    case "reply":
      return title ? `${actor} replied in ${title}` : `${actor} replied in a thread you follow`;
    case "mention":
      return title ? `${actor} mentioned you in ${title}` : `${actor} mentioned you`;
    case "channel_mention":
      return title ? `${actor} mentioned a channel you follow in ${title}` : `${actor} mentioned a channel you follow`;
    case "case_answered":
      return title ? `${actor} chose an answer to the case ${title}` : "A case you follow has an answer";
    case "flag_outcome":
      return title ? `Moderators reviewed a post you flagged in ${title}` : "Moderators reviewed a post you flagged";
    case "post_back":
      return title ? `Moderators left your post in ${title} up; it is visible again` : "Moderators left a post of yours up; it is visible again";
    case "verification":
      return "News about your physician verification";
    case "retraction":
      return title ? `A paper you cited in ${title} has been retracted` : "A paper you cited has been retracted";
  }
}
