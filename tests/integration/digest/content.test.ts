import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDetails, threads, users } from "../../../src/server/db/schema";
import { checkUnsubscribeLink } from "../../../src/server/digest/unsubscribe";
import { sendDueDigests } from "../../../src/server/digest/run-digests";
import { createThread } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";
import { DAY, HOUR, NOW, SECRET, SITE, createMember, digestServices, follow, mailTo, notify, setThread } from "./digest-fixtures";

/*
 * The rule under test: a digest carries no clinical text beyond thread titles. Every body,
 * reply, case field and notification detail below holds the word ZEBRAFISHWORD; every title
 * that must never be mailed holds a word of its own. The mail is then searched for them.
 */
const CLINICAL = "ZEBRAFISHWORD";
const NEVER = ["HIDDENTITLE", "PENDINGTITLE", "REMOVEDTITLE", "DELETEDTITLE", "OLDTITLE", "UNFOLLOWEDTITLE", "READTITLE"];

const handle = createTestDatabase();
const { db } = handle;
afterAll(() => handle.client.close());

let recipient: Awaited<ReturnType<typeof createMember>>;
let recipientLastName = "";
let signedAuthor: Awaited<ReturnType<typeof createMember>>;
let anonymousAuthor: Awaited<ReturnType<typeof createMember>>;
let formerMember: Awaited<ReturnType<typeof createMember>>;
const ids: Record<string, number> = {};
let text = "";
let subject = "";

async function thread(key: string, options: { title: string; channelSlug?: string; hoursAgo?: number; score?: number; isAnonymous?: boolean; authorId?: number }) {
  const { threadId } = await createThread(db, {
    authorId: options.authorId ?? signedAuthor.id,
    channelSlug: options.channelSlug ?? "cardiology",
    title: options.title,
    bodySource: `Body that mentions ${CLINICAL} and a dose.`,
    isAnonymous: options.isAnonymous,
    createdAt: NOW - (options.hoursAgo ?? 2) * HOUR,
    comments: [{ parentIndex: null, authorId: anonymousAuthor.id, isAnonymous: true, bodySource: `A reply about ${CLINICAL}.`, createdAt: NOW - HOUR }],
  });
  if (options.score !== undefined) await setThread(db, threadId, { score: options.score });
  ids[key] = threadId;
  return threadId;
}

beforeAll(async () => {
  recipient = await createMember(db, { pseudonym: "digest_reader", digestFrequency: "weekly" });
  recipientLastName = (await db.select({ lastName: users.lastName }).from(users).where(eq(users.id, recipient.id)))[0]!.lastName;
  signedAuthor = await createMember(db, { pseudonym: "dr_signed_author" });
  anonymousAuthor = await createMember(db, { pseudonym: "secret_anon_author", specialtySlug: "cardiology" });
  formerMember = await createMember(db, { pseudonym: "former_member_99", deletedAt: NOW - 30 * DAY });
  await follow(db, recipient.id, "cardiology");
  await follow(db, recipient.id, "neurology");

  await thread("top", { title: "Apixaban dosing at an eGFR of 25", score: 10 });
  await thread("second", { title: "Second cardiology thread\nwith a forged line", score: 3, hoursAgo: 3 });
  await thread("neuro", { title: "Status migrainosus in the ED", channelSlug: "neurology", score: 7, hoursAgo: 5 });
  await thread("anonymous", { title: "Anonymous case of chest pain", isAnonymous: true, authorId: anonymousAuthor.id, score: 1 });
  await thread("hidden", { title: "HIDDENTITLE hidden by moderators", score: 100 });
  await setThread(db, ids.hidden!, { moderationState: "hidden" });
  await thread("pending", { title: "PENDINGTITLE pending review", score: 90 });
  await setThread(db, ids.pending!, { moderationState: "pending" });
  await thread("removed", { title: "REMOVEDTITLE removed by moderators", score: 80 });
  await setThread(db, ids.removed!, { moderationState: "removed", moderationReason: "Patient information" });
  await thread("deleted", { title: "DELETEDTITLE deleted by its author", score: 70 });
  await setThread(db, ids.deleted!, { deletedAt: NOW - HOUR });
  await thread("old", { title: "OLDTITLE from last month", score: 60, hoursAgo: 30 * 24 });
  await thread("unfollowed", { title: "UNFOLLOWEDTITLE in general", channelSlug: "general", score: 50 });
  await thread("read", { title: "READTITLE only in a read notification", channelSlug: "general" });
  await db.insert(caseDetails).values({
    threadId: ids.top!,
    ageBand: "60-69",
    sex: "female",
    presentingProblem: `Presenting with ${CLINICAL}`,
    history: CLINICAL,
    findings: CLINICAL,
    triedSoFar: CLINICAL,
    question: CLINICAL,
  });

  // Thirteen unread notifications (newest last) and a read one.
  const minutesAgo = (n: number) => NOW - n * 60_000;
  await notify(db, { userId: recipient.id, kind: "verification", detail: `Verified ${CLINICAL}`, createdAt: minutesAgo(300) });
  await notify(db, { userId: recipient.id, kind: "reply", threadId: ids.top, actorId: signedAuthor.id, createdAt: minutesAgo(290) });
  for (let n = 0; n < 3; n++) await notify(db, { userId: recipient.id, kind: "reply", threadId: ids.second, actorId: signedAuthor.id, createdAt: minutesAgo(280 - n) });
  await notify(db, { userId: recipient.id, kind: "reply", threadId: ids.read, actorId: signedAuthor.id, readAt: minutesAgo(10), createdAt: minutesAgo(200) });
  await notify(db, { userId: recipient.id, kind: "mention", threadId: ids.anonymous, actorLabel: "Verified physician", createdAt: minutesAgo(100) });
  await notify(db, { userId: recipient.id, kind: "reply", threadId: ids.top, createdAt: minutesAgo(90) });
  await notify(db, { userId: recipient.id, kind: "reply", threadId: ids.hidden, actorId: signedAuthor.id, createdAt: minutesAgo(80) });
  await notify(db, { userId: recipient.id, kind: "channel_mention", threadId: ids.pending, actorLabel: "Verified physician", createdAt: minutesAgo(70) });
  await notify(db, { userId: recipient.id, kind: "flag_outcome", threadId: ids.removed, detail: `Removed: ${CLINICAL}`, createdAt: minutesAgo(60) });
  await notify(db, { userId: recipient.id, kind: "case_answered", threadId: ids.anonymous, actorLabel: "The case author", createdAt: minutesAgo(50) });
  await notify(db, { userId: recipient.id, kind: "reply", threadId: ids.deleted, actorId: formerMember.id, createdAt: minutesAgo(40) });
  await notify(db, { userId: recipient.id, kind: "mention", threadId: ids.neuro, actorId: formerMember.id, createdAt: minutesAgo(30) });

  expect(await sendDueDigests(db, digestServices(), NOW)).toMatchObject({ sent: 1, failed: 0 });
  const [mail] = await mailTo(db, recipient.email);
  text = mail!.textBody;
  subject = mail!.subject;
});

describe("the digest's content", () => {
  it("counts unread notifications in the subject, without any title", () => {
    expect(subject).toBe("Your Rounds digest: 13 unread notifications");
  });

  it("lists the ten newest unread notifications, kind in words and live titles, and says how many more", () => {
    const list = text
      .split("\n")
      .filter((line) => line.startsWith("- "))
      .slice(0, 11);
    expect(list).toEqual([
      '- A former member mentioned you in "Status migrainosus in the ED"',
      "- A former member replied in a thread you follow",
      '- The case author chose an answer to the case "Anonymous case of chest pain"',
      "- Moderators reviewed a post you flagged",
      "- Verified physician mentioned a channel you follow",
      "- dr_signed_author replied in a thread you follow",
      '- A colleague replied in "Apixaban dosing at an eGFR of 25"',
      '- Verified physician mentioned you in "Anonymous case of chest pain"',
      '- dr_signed_author replied in "Second cardiology thread with a forged line"',
      '- dr_signed_author replied in "Second cardiology thread with a forged line"',
      "- and 3 more",
    ]);
    expect(text).toContain(`Read them: ${SITE}/notifications`);
  });

  it("lists the top new live threads of followed channels by score, with absolute links", () => {
    const start = text.indexOf("Top new threads in channels you follow:");
    expect(start).toBeGreaterThan(0);
    const section = text.slice(start).split("\n\n")[0]!.split("\n").slice(1);
    expect(section).toEqual([
      "- Apixaban dosing at an eGFR of 25 (Cardiology)",
      `  ${SITE}/t/${ids.top}/apixaban-dosing-at-an-egfr-of-25`,
      "- Status migrainosus in the ED (Neurology)",
      `  ${SITE}/t/${ids.neuro}/status-migrainosus-in-the-ed`,
      "- Second cardiology thread with a forged line (Cardiology)",
      expect.stringMatching(new RegExp(`^  ${SITE}/t/${ids.second}/`)),
      "- Anonymous case of chest pain (Cardiology)",
      expect.stringMatching(new RegExp(`^  ${SITE}/t/${ids.anonymous}/`)),
    ]);
  });

  it("never carries a body, a reply, case details or a notification's detail", () => {
    expect(text).not.toContain(CLINICAL);
    expect(subject).not.toContain(CLINICAL);
  });

  it("never names a hidden, pending, removed, deleted, old, unfollowed or read-only thread", () => {
    for (const word of NEVER) expect(text, word).not.toContain(word);
  });

  it("never names an anonymous author, and greets the member by pseudonym only", () => {
    expect(text).not.toContain("secret_anon_author");
    expect(text).not.toContain("former_member_99");
    expect(text).toMatch(/^Hello digest_reader,\n/);
    expect(text).not.toContain(recipientLastName);
    expect(text).not.toContain(recipient.email);
  });

  it("keeps every link absolute to the site and ends with the settings and a one-click unsubscribe link for this member", () => {
    for (const url of text.match(/https?:\/\/\S+/g) ?? []) expect(url.startsWith(`${SITE}/`), url).toBe(true);
    expect(text).toContain(`Choose daily, weekly or off on your account page: ${SITE}/account`);
    const token = /Stop digest emails with one click: https:\/\/rounds\.test\/unsubscribe\/(\S+)\n/.exec(text)?.[1];
    expect(token).toBeDefined();
    expect(checkUnsubscribeLink(SECRET, token!, NOW + 200 * DAY)).toEqual({ userId: recipient.id });
  });

  it("writes a digest of followed threads alone when there are no unread notifications", async () => {
    const quiet = await createMember(db, { digestFrequency: "daily" });
    await follow(db, quiet.id, "neurology");
    expect(await sendDueDigests(db, digestServices(), NOW + HOUR)).toMatchObject({ sent: 1 });
    const [mail] = await mailTo(db, quiet.email);
    expect(mail?.subject).toBe("Your Rounds digest: 1 top thread in channels you follow");
    expect(mail?.textBody).not.toContain("unread");
    expect(mail?.textBody).toContain("You get this digest daily.");
    expect(mail?.textBody).toContain("- Status migrainosus in the ED (Neurology)");
  });

  it("reads no title of a thread that became hidden between two digests", async () => {
    const watcher = await createMember(db, { digestFrequency: "daily" });
    await notify(db, { userId: watcher.id, kind: "reply", threadId: ids.neuro, actorId: signedAuthor.id, createdAt: NOW + HOUR });
    await db.update(threads).set({ moderationState: "pending" }).where(eq(threads.id, ids.neuro!));
    expect(await sendDueDigests(db, digestServices(), NOW + 2 * HOUR)).toMatchObject({ sent: 1 });
    const [mail] = await mailTo(db, watcher.email);
    expect(mail?.textBody).toContain("- dr_signed_author replied in a thread you follow");
    expect(mail?.textBody).not.toContain("Status migrainosus");
  });
});
