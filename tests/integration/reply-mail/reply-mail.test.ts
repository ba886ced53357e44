import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { mailOutbox, users } from "../../../src/server/db/schema";
import { sendDueDigests } from "../../../src/server/digest/run-digests";
import { checkMailLink, unsubscribeByLink, unsubscribeUrl } from "../../../src/server/digest/unsubscribe";
import { createReply } from "../../../src/server/forum/create-reply";
import { createThread as postThread } from "../../../src/server/forum/create-thread";
import { runJob } from "../../../src/server/jobs/run-job";
import { createOutboxTransport } from "../../../src/server/mail/outbox-transport";
import { markAllNotificationsRead } from "../../../src/server/notifications/inbox";
import type { ReplyMailChoice } from "../../../src/server/reply-mail/choice";
import { loadReplyMailChoice, setReplyMailChoice } from "../../../src/server/reply-mail/preferences";
import { sendDueReplyMail } from "../../../src/server/reply-mail/run-reply-mail";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";
import { SECRET, SITE, digestServices, mailTo } from "../digest/digest-fixtures";

/*
 * Mail about replies and mentions (issue 14 item 7, ADR 0032), through the real posting path:
 * replies are written by createReply, so the fan-out writes the notifications the job bundles.
 * Every reply body holds ZEBRAFISHWORD; no mail may ever contain it.
 */
const CLINICAL = "ZEBRAFISHWORD";
const MINUTE = 60_000;
const TITLE = "Lactate clearance as a resuscitation target";
// A cron boundary: the job runs at :00, :10, :20…
const T0 = Date.UTC(2026, 10, 2, 9, 0);

const handle = createTestDatabase();
const { db } = handle;
afterAll(() => handle.client.close());

const mailServices = () => digestServices(createOutboxTransport());
const runReplyMail = (now: number) => sendDueReplyMail(db, mailServices(), now);

async function memberChoosing(choice: ReplyMailChoice): Promise<Viewer> {
  const viewer = await createViewer(db, { now: T0 - 60 * MINUTE });
  await setReplyMailChoice(db, viewer, { replyMail: choice });
  return viewer;
}

async function emailOf(viewer: Viewer): Promise<string> {
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, viewer.userId));
  return row!.email;
}

/** A thread by `author` at `at`, and a fresh replier for each reply (so no posting limit bites). */
async function threadBy(author: Viewer, at: number, title = TITLE): Promise<number> {
  const { id } = await postThread(db, author, { channel: "general", title, body: `How do you use ${CLINICAL} on the ward?` }, at);
  return id;
}

async function replyTo(threadId: number, at: number, body = `Repeat it at two hours, ${CLINICAL}.`): Promise<{ id: number; replier: Viewer }> {
  const replier = await createViewer(db, { now: T0 - 60 * MINUTE });
  const reply = await createReply(db, replier, { threadId, body }, at);
  return { id: reply.id, replier };
}

const replyMailTo = async (viewer: Viewer) => (await mailTo(db, await emailOf(viewer))).filter((row) => !row.subject.startsWith("Your Rounds digest"));

describe("replies and mentions by email, right away", () => {
  it("bundles three replies within 10 minutes into one mail listing all three, with titles and links only", async () => {
    const author = await memberChoosing("immediate");
    const threadId = await threadBy(author, T0 - 30 * MINUTE);
    const replies = [await replyTo(threadId, T0 + 1 * MINUTE), await replyTo(threadId, T0 + 4 * MINUTE), await replyTo(threadId, T0 + 9 * MINUTE)];

    expect(await runReplyMail(T0 + 10 * MINUTE)).toMatchObject({ sent: 1, failed: 0, left: 0 });
    const mails = await replyMailTo(author);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe("Rounds: 3 new replies and mentions");
    for (const { id, replier } of replies) {
      expect(mail!.textBody).toContain(`- ${replier.pseudonym} replied in "${TITLE}"\n  ${SITE}/t/${threadId}/lactate-clearance-as-a-resuscitation-target#reply-${id}\n`);
    }
    expect(mail!.textBody).not.toContain(CLINICAL);
    expect(mail!.textBody).not.toContain("two hours");
    expect(mail!.textBody).toMatch(/Stop these emails with one click: https:\/\/rounds\.test\/unsubscribe\/\d+\.\d+\.[\w-]{43}\n/);
  });

  it("sends at most one mail per 10 minutes: a reply just after a mail waits for the next run, alone", async () => {
    const author = await memberChoosing("immediate");
    const threadId = await threadBy(author, T0 - 30 * MINUTE);
    await replyTo(threadId, T0 + 2 * MINUTE);
    await runReplyMail(T0 + 10 * MINUTE);
    const late = await replyTo(threadId, T0 + 11 * MINUTE);

    // A run before the gap has passed (a manual run, an overlapping retry) sends nothing.
    expect(await runReplyMail(T0 + 15 * MINUTE)).toMatchObject({ sent: 0 });
    expect(await replyMailTo(author)).toHaveLength(1);
    await runReplyMail(T0 + 20 * MINUTE);
    const mails = await replyMailTo(author);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toBe("Rounds: 1 new reply or mention");
    expect(mails[1]!.textBody).toContain(`- ${late.replier.pseudonym} replied in "${TITLE}"`);
    expect(mails[1]!.textBody.match(/ replied in /g)).toHaveLength(1);
    // Nothing new: no mail, however many runs.
    await runReplyMail(T0 + 30 * MINUTE);
    expect(await replyMailTo(author)).toHaveLength(2);
  });

  it("mails a mention the same way", async () => {
    const mentioned = await memberChoosing("immediate");
    const author = await createViewer(db, { now: T0 - 60 * MINUTE });
    const threadId = await threadBy(author, T0 - 30 * MINUTE, "Vasopressin as a second pressor");
    const { replier } = await replyTo(threadId, T0 + 3 * MINUTE, `@${mentioned.pseudonym} what do you think about ${CLINICAL}?`);
    await runReplyMail(T0 + 10 * MINUTE);
    const [mail] = await replyMailTo(mentioned);
    expect(mail!.textBody).toContain(`- ${replier.pseudonym} mentioned you in "Vasopressin as a second pressor"`);
    expect(mail!.textBody).not.toContain(CLINICAL);
  });

  it("never mails a reply the member already read on the site", async () => {
    const author = await memberChoosing("immediate");
    const threadId = await threadBy(author, T0 - 30 * MINUTE);
    await replyTo(threadId, T0 + 2 * MINUTE);
    await markAllNotificationsRead(db, author, {}, T0 + 5 * MINUTE);
    expect(await runReplyMail(T0 + 10 * MINUTE)).toMatchObject({ sent: 0 });
    expect(await replyMailTo(author)).toHaveLength(0);
  });

  it("mails a bundle once even when two runs overlap", async () => {
    const author = await memberChoosing("immediate");
    const threadId = await threadBy(author, T0 - 30 * MINUTE);
    await replyTo(threadId, T0 + 2 * MINUTE);
    await Promise.all([runReplyMail(T0 + 10 * MINUTE), runReplyMail(T0 + 10 * MINUTE)]);
    expect(await replyMailTo(author)).toHaveLength(1);
  });

  it("leaves replies out of the digest of a member who gets them right away", async () => {
    const author = await memberChoosing("immediate");
    const threadId = await threadBy(author, T0 - 30 * MINUTE, "Steroids in septic shock");
    await replyTo(threadId, T0 + 2 * MINUTE);
    await sendDueDigests(db, mailServices(), T0 + 5 * MINUTE);
    expect((await mailTo(db, await emailOf(author))).filter((row) => row.subject.startsWith("Your Rounds digest"))).toHaveLength(0);
  });

  it("runs as the scheduled job 'reply-mail' with the mail settings", async () => {
    const author = await memberChoosing("immediate");
    const threadId = await threadBy(author, T0 + 60 * MINUTE);
    await replyTo(threadId, T0 + 62 * MINUTE);
    const summary = await runJob(db, "reply-mail", T0 + 70 * MINUTE, { digest: () => ({ services: mailServices() }) });
    expect(summary).toMatchObject({ job: "reply-mail", result: { failed: 0, left: 0 } });
    expect(await replyMailTo(author)).toHaveLength(1);
  });
});

describe("replies and mentions in the digest, or off", () => {
  it("'in the digest': no mail of its own; the digest lists the reply", async () => {
    const author = await memberChoosing("digest");
    const threadId = await threadBy(author, T0 - 30 * MINUTE, "Albumin in cirrhosis with SBP");
    const { replier } = await replyTo(threadId, T0 + 2 * MINUTE);
    expect(await runReplyMail(T0 + 10 * MINUTE)).toMatchObject({ sent: 0 });
    expect(await replyMailTo(author)).toHaveLength(0);

    await sendDueDigests(db, mailServices(), T0 + 20 * MINUTE);
    const digests = (await mailTo(db, await emailOf(author))).filter((row) => row.subject.startsWith("Your Rounds digest"));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.textBody).toContain(`- ${replier.pseudonym} replied in "Albumin in cirrhosis with SBP"`);
  });

  it("'off': no mail at all about replies or mentions, neither right away nor in the digest", async () => {
    const author = await memberChoosing("off");
    const threadId = await threadBy(author, T0 - 30 * MINUTE, "Heparin drip nomograms");
    await replyTo(threadId, T0 + 2 * MINUTE);
    const mentioner = await createViewer(db, { now: T0 - 60 * MINUTE });
    const other = await threadBy(mentioner, T0 - 20 * MINUTE, "Another thread");
    await replyTo(other, T0 + 3 * MINUTE, `@${author.pseudonym} have a look at ${CLINICAL}.`);

    await runReplyMail(T0 + 10 * MINUTE);
    await sendDueDigests(db, mailServices(), T0 + 20 * MINUTE);
    expect(await mailTo(db, await emailOf(author))).toHaveLength(0);
  });

  it("is 'in the digest' until the member chooses, and only verified members choose", async () => {
    const newcomer = await createViewer(db);
    expect(await loadReplyMailChoice(db, newcomer)).toBe("digest");
    await expect(setReplyMailChoice(db, newcomer, { replyMail: "sometimes" })).rejects.toMatchObject({ code: "INVALID", fields: { replyMail: expect.any(String) } });
    await expect(setReplyMailChoice(db, null, { replyMail: "off" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await setReplyMailChoice(db, newcomer, { replyMail: "off" })).toBe("off");
    expect(await loadReplyMailChoice(db, newcomer)).toBe("off");
  });
});

describe("unsubscribing from reply mail", () => {
  it("the mail's one-click link names this mail, and its POST turns replies and mentions off, leaving the digest", async () => {
    const author = await memberChoosing("immediate");
    const threadId = await threadBy(author, T0 - 30 * MINUTE);
    await replyTo(threadId, T0 + 2 * MINUTE);
    await runReplyMail(T0 + 10 * MINUTE);
    const [mail] = await replyMailTo(author);
    const token = /Stop these emails with one click: https:\/\/rounds\.test\/unsubscribe\/(\S+)\n/.exec(mail!.textBody)?.[1];
    expect(token).toBeDefined();

    expect(checkMailLink(SECRET, token!, T0 + 11 * MINUTE)).toEqual({ userId: author.userId, list: "reply_mail" });
    expect(await loadReplyMailChoice(db, author)).toBe("immediate");
    expect(await unsubscribeByLink(db, SECRET, token!, T0 + 11 * MINUTE)).toBe("reply_mail");
    expect(await unsubscribeByLink(db, SECRET, token!, T0 + 12 * MINUTE)).toBe("reply_mail");
    const [row] = await db.select({ replyMail: users.replyMail, digest: users.digestFrequency }).from(users).where(eq(users.id, author.userId));
    expect(row).toEqual({ replyMail: "off", digest: "weekly" });

    await replyTo(threadId, T0 + 13 * MINUTE);
    await runReplyMail(T0 + 30 * MINUTE);
    expect(await replyMailTo(author)).toHaveLength(1);
  });

  it("a digest link still turns only the digest off, on the same route", async () => {
    const member = await memberChoosing("immediate");
    const link = unsubscribeUrl(SITE, SECRET, member.userId, T0);
    const token = link.slice(`${SITE}/unsubscribe/`.length);
    expect(checkMailLink(SECRET, token, T0)).toEqual({ userId: member.userId, list: "digest" });
    expect(await unsubscribeByLink(db, SECRET, token, T0)).toBe("digest");
    const [row] = await db.select({ replyMail: users.replyMail, digest: users.digestFrequency }).from(users).where(eq(users.id, member.userId));
    expect(row).toEqual({ replyMail: "immediate", digest: "off" });
  });

  it("refuses a tampered link, naming no member", async () => {
    const member = await memberChoosing("immediate");
    const token = unsubscribeUrl(SITE, SECRET, member.userId, T0).split("/unsubscribe/")[1]!;
    const tampered = token.slice(0, -2) + (token.at(-2) === "A" ? "B" : "A") + token.at(-1);
    expect(() => checkMailLink(SECRET, tampered, T0)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
  });
});

describe("the outbox", () => {
  it("records every reply mail and never a reply's words", async () => {
    const rows = await db.select({ subject: mailOutbox.subject, text: mailOutbox.textBody }).from(mailOutbox);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(CLINICAL);
  });
});
