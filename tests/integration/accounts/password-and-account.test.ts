import { afterAll, describe, expect, it } from "vitest";
import { changePassword, changePseudonym, deleteAccount, signOutEverywhere } from "../../../src/server/auth/account";
import { logIn } from "../../../src/server/auth/login";
import { requestPasswordReset, resetPassword } from "../../../src/server/auth/password-reset";
import { hashPassword } from "../../../src/server/auth/passwords";
import { validateSessionToken } from "../../../src/server/auth/sessions";
import type { Viewer } from "../../../src/server/auth/viewer";
import { setBookmark } from "../../../src/server/follow/bookmarks";
import { setChannelFollow, setThreadFollow } from "../../../src/server/follow/follows";
import { createReply } from "../../../src/server/forum/create-reply";
import { saveDraft } from "../../../src/server/forum/drafts";
import { recordThreadRead } from "../../../src/server/forum/read-positions";
import { loadThreadPage } from "../../../src/server/forum/thread-page";
import { viewerOf } from "../../fixtures/viewers";
import { accountServices, latestMailTo, tokenFromLink } from "../../support/accounts";
import { createPhysician, createThread } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const PASSWORD = "ductus arteriosus closes";
const passwordHash = await hashPassword(PASSWORD);
let ip = 0;
const freshIp = () => `100.64.0.${++ip}`;

async function signedIn(name: string) {
  const email = `${name}@example.org`;
  const userId = await createPhysician(handle.db, { email, passwordHash, pseudonym: name });
  const services = accountServices(handle.db);
  const session = await logIn(services, { email, password: PASSWORD }, freshIp());
  const check = await validateSessionToken(handle.db, session.token, services.now);
  return { email, userId, token: session.token, sessionId: check.sessionId!, viewer: check.viewer as Viewer, services };
}

describe("password reset", () => {
  it("answers an unknown email like a known one and mails nobody", async () => {
    const services = accountServices(handle.db);
    await expect(requestPasswordReset(services, { email: "ghost@example.org" }, freshIp())).resolves.toBeUndefined();
    expect(await latestMailTo(handle.client, "ghost@example.org")).toBeUndefined();
  });

  it("sets a new password from the mailed link, ends every session, and works only once", async () => {
    const member = await signedIn("forgetful");
    await requestPasswordReset(member.services, { email: member.email }, freshIp());
    const token = tokenFromLink((await latestMailTo(handle.client, member.email))!.text, "reset-password");
    await resetPassword(member.services, token, { password: "a brand new sentence" });
    expect((await validateSessionToken(handle.db, member.token, member.services.now)).viewer).toBeNull();
    await expect(logIn(member.services, { email: member.email, password: "a brand new sentence" }, freshIp())).resolves.toMatchObject({ token: expect.any(String) });
    await expect(resetPassword(member.services, token, { password: "another new sentence" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a reset link after its hour", async () => {
    const member = await signedIn("slowreader");
    await requestPasswordReset(member.services, { email: member.email }, freshIp());
    const token = tokenFromLink((await latestMailTo(handle.client, member.email))!.text, "reset-password");
    const later = accountServices(handle.db, { now: member.services.now + 3600_000 + 1 });
    await expect(resetPassword(later, token, { password: "a brand new sentence" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringMatching(/expired/),
    });
  });

  it("allows three reset requests an hour for one account", async () => {
    const member = await signedIn("impatient");
    for (let i = 0; i < 3; i++) await requestPasswordReset(member.services, { email: member.email }, freshIp());
    await expect(requestPasswordReset(member.services, { email: member.email }, freshIp())).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("the account page actions", () => {
  it("changes the password and ends every other session but this one", async () => {
    const member = await signedIn("rotator");
    const other = await logIn(member.services, { email: member.email, password: PASSWORD }, freshIp());
    await changePassword(member.services, member.viewer, member.sessionId, { currentPassword: PASSWORD, newPassword: "new and long enough" });
    expect((await validateSessionToken(handle.db, member.token, member.services.now)).viewer).not.toBeNull();
    expect((await validateSessionToken(handle.db, other.token, member.services.now)).viewer).toBeNull();
  });

  it("refuses a password change without the current password", async () => {
    const member = await signedIn("guarded");
    await expect(changePassword(member.services, member.viewer, member.sessionId, { currentPassword: "wrong", newPassword: "new and long enough" })).rejects.toMatchObject({
      code: "INVALID",
      fields: { currentPassword: "That is not your current password." },
    });
  });

  it("changes the pseudonym unless another member has it in any case", async () => {
    const member = await signedIn("renamer");
    await createPhysician(handle.db, { pseudonym: "Taken_Name" });
    await expect(changePseudonym(member.services, member.viewer, { pseudonym: "taken_NAME" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(changePseudonym(member.services, member.viewer, { pseudonym: "fresh_name" })).resolves.toBe("fresh_name");
  });

  it("signs out everywhere, this session included", async () => {
    const member = await signedIn("leaver");
    await signOutEverywhere(member.services, member.viewer);
    expect((await validateSessionToken(handle.db, member.token, member.services.now)).viewer).toBeNull();
  });

  it("deletes the account: personal data erased, posts kept as by a former member", async () => {
    const member = await signedIn("departing");
    const { threadId } = await createThread(handle.db, { authorId: member.userId, title: "A case I want kept" });
    await deleteAccount(member.services, member.viewer, { password: PASSWORD, confirm: "delete" });
    const row = await handle.client.execute({ sql: "select email, first_name, last_name, npi, password_hash, deleted_at from users where id = ?", args: [member.userId] });
    expect(row.rows[0]).toMatchObject({ first_name: "", last_name: "", npi: null, password_hash: null, deleted_at: member.services.now });
    expect(String(row.rows[0]!.email)).not.toContain("departing");
    expect((await validateSessionToken(handle.db, member.token, member.services.now)).viewer).toBeNull();
    const page = await loadThreadPage(handle.db, null, threadId, { sort: "best" }, Date.now());
    expect(page.thread.author).toEqual({ pseudonym: null, display: "former member", anonymous: false });
    await expect(logIn(member.services, { email: member.email, password: PASSWORD }, freshIp())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("deletes the account: its drafts, bookmarks, follows, notifications and read positions go with it", async () => {
    const member = await signedIn("leaving_for_good");
    const other = await createPhysician(handle.db);
    const { threadId } = await createThread(handle.db, { authorId: other, title: "A thread the member followed" });
    const now = member.services.now;
    await saveDraft(handle.db, member.viewer, { key: "new-thread", values: { title: "Half-written case", body: "A woman in her 60s with syncope." } }, now);
    await setBookmark(handle.db, member.viewer, { threadId, bookmarked: true }, now);
    await setThreadFollow(handle.db, member.viewer, { threadId, state: "following" }, now);
    await setChannelFollow(handle.db, member.viewer, { channel: "cardiology", follow: true }, now);
    await recordThreadRead(handle.db, member.viewer, { threadId, lastCommentId: 0, commentCount: 0 }, now);
    await createReply(handle.db, await viewerOf(handle.db, other), { threadId, body: `Thanks @leaving_for_good, see the ECG.` }, now);
    const owned = async () => {
      const counts = await handle.client.execute({
        sql: `select (select count(*) from drafts where user_id = ?1) + (select count(*) from bookmarks where user_id = ?1)
                + (select count(*) from thread_follows where user_id = ?1) + (select count(*) from channel_follows where user_id = ?1)
                + (select count(*) from notifications where user_id = ?1) + (select count(*) from thread_reads where user_id = ?1) as n`,
        args: [member.userId],
      });
      return Number(counts.rows[0]!.n);
    };
    expect(await owned()).toBeGreaterThanOrEqual(6);
    await deleteAccount(member.services, member.viewer, { password: PASSWORD, confirm: "delete" });
    expect(await owned()).toBe(0);
  });

  it("needs the password and the word delete to delete an account", async () => {
    const member = await signedIn("hesitant");
    await expect(deleteAccount(member.services, member.viewer, { password: PASSWORD, confirm: "yes" })).rejects.toMatchObject({
      fields: { confirm: 'Type "delete" to confirm.' },
    });
    await expect(deleteAccount(member.services, member.viewer, { password: "nope", confirm: "delete" })).rejects.toMatchObject({ code: "INVALID" });
  });
});
