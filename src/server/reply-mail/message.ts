import { mailLine } from "../digest/mail-text";
import { notificationLine } from "../digest/notification-words";
import type { MailMessage } from "../mail/types";
import type { ReplyMailContent } from "./contents";

/**
 * The immediate mail about replies and mentions: a small digest (digest/message.ts's rules).
 * Plain text; kinds of events, thread titles and links, never a word of what anyone wrote; the
 * member greeted by pseudonym; links absolute to the site; the subject holds a count only
 * (subjects show on lock screens); every mail says how to change the choice and carries a
 * one-click unsubscribe link and its List-Unsubscribe headers (RFC 8058).
 */
export interface ReplyMailMessageInput {
  to: string;
  pseudonym: string;
  content: ReplyMailContent;
  /** The site's origin, e.g. "https://rounds.example" (no trailing slash). */
  siteUrl: string;
  unsubscribeUrl: string;
}

export function replyMailMessage(input: ReplyMailMessageInput): MailMessage {
  const { content, siteUrl } = input;
  const lines: string[] = [`Hello ${mailLine(input.pseudonym, 64) || "colleague"},`, "", `${count(content.count)} on Rounds:`, ""];
  for (const line of content.lines) {
    lines.push(`- ${notificationLine(line)}`);
    lines.push(
      `  ${line.thread ? `${siteUrl}/t/${line.thread.id}/${encodeURIComponent(line.thread.slug)}${line.thread.commentId !== null ? `#reply-${line.thread.commentId}` : ""}` : `${siteUrl}/notifications`}`,
    );
  }
  const more = content.count - content.lines.length;
  if (more > 0) lines.push(`- and ${more} more: ${siteUrl}/notifications`);
  lines.push(
    "",
    "Rounds mails replies and mentions at most once every 10 minutes, bundled.",
    `Choose right away, in the digest or off on your account page: ${siteUrl}/account`,
    `Stop these emails with one click: ${input.unsubscribeUrl}`,
    "",
    "— Rounds",
  );
  return {
    to: input.to,
    subject: `Rounds: ${count(content.count).toLowerCase()}`,
    text: `${lines.join("\n")}\n`,
    headers: { "List-Unsubscribe": `<${input.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

function count(n: number): string {
  return n === 1 ? "1 new reply or mention" : `${n} new replies and mentions`;
}
