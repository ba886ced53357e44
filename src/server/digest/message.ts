import type { MailMessage } from "../mail/types";
import type { ActiveDigestFrequency } from "./cadence";
import type { DigestContent } from "./contents";
import { mailLine } from "./mail-text";
import { notificationLine } from "./notification-words";

/**
 * The digest mail. Rules: plain text (the mail port carries text only); no clinical text — kinds
 * of events, thread titles and links, nothing from a post's body; the member is greeted by
 * pseudonym, never by name; every link is absolute to the site; every digest ends with how to
 * change its frequency and a one-click unsubscribe link. The subject never holds a title
 * (subjects show on lock screens).
 */
export interface DigestMessageInput {
  to: string;
  pseudonym: string;
  frequency: ActiveDigestFrequency;
  content: DigestContent;
  /** The site's origin, e.g. "https://rounds.example" (no trailing slash). */
  siteUrl: string;
  unsubscribeUrl: string;
}

export function digestMessage(input: DigestMessageInput): MailMessage {
  const { content, siteUrl } = input;
  const lines: string[] = [`Hello ${mailLine(input.pseudonym, 64) || "colleague"},`, "", `Here is your ${input.frequency} Rounds digest.`];

  if (content.unreadCount > 0) {
    lines.push("", `You have ${plural(content.unreadCount, "unread notification")}:`);
    for (const notification of content.notifications) lines.push(`- ${notificationLine(notification)}`);
    const more = content.unreadCount - content.notifications.length;
    if (more > 0) lines.push(`- and ${more} more`);
    lines.push(`Read them: ${siteUrl}/notifications`);
  }

  if (content.topThreads.length > 0) {
    lines.push("", "Top new threads in channels you follow:");
    for (const thread of content.topThreads) {
      lines.push(`- ${mailLine(thread.title, 160)} (${mailLine(thread.channelName, 60)})`, `  ${siteUrl}/t/${thread.id}/${encodeURIComponent(thread.slug)}`);
    }
  }

  lines.push(
    "",
    `You get this digest ${input.frequency}. Choose daily, weekly or off on your account page: ${siteUrl}/account`,
    `Stop digest emails with one click: ${input.unsubscribeUrl}`,
    "",
    "— Rounds",
  );

  return {
    to: input.to,
    subject: digestSubject(content),
    text: `${lines.join("\n")}\n`,
    // One-click unsubscribe in the mail client (RFC 8058), which Gmail and Yahoo require of bulk
    // senders: the provider POSTs "List-Unsubscribe=One-Click" to the same signed link.
    headers: { "List-Unsubscribe": `<${input.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

export function digestSubject(content: DigestContent): string {
  if (content.unreadCount > 0) return `Your Rounds digest: ${plural(content.unreadCount, "unread notification")}`;
  return `Your Rounds digest: ${plural(content.topThreads.length, "top thread")} in channels you follow`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
