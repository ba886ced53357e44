import { afterAll, describe, expect, it } from "vitest";
import { signToken, verifyToken } from "../../../src/server/digest/signed-token";
import { checkUnsubscribeLink, unsubscribeFromDigest, unsubscribeUrl, UNSUBSCRIBE_LINK_MAX_AGE_MS } from "../../../src/server/digest/unsubscribe";
import { createTestDatabase } from "../../support/test-database";
import { DAY, NOW, SECRET, SITE, createMember, digestStateOf } from "./digest-fixtures";

const handle = createTestDatabase();
const { db } = handle;
afterAll(() => handle.client.close());

const tokenFor = (userId: number, options: { purpose?: string; issuedAt?: number; secret?: string } = {}) =>
  signToken(options.secret ?? SECRET, { userId, purpose: options.purpose ?? "digest", issuedAt: options.issuedAt ?? NOW });

/** The same token with one character of one part changed. */
function tamper(token: string, part: 0 | 1 | 2, at = 0): string {
  const parts = token.split(".");
  const chars = [...parts[part]!];
  const index = at < 0 ? chars.length + at : at;
  chars[index] = chars[index] === "A" ? "B" : part === 2 ? "A" : chars[index] === "1" ? "2" : "1";
  parts[part] = chars.join("");
  return parts.join(".");
}

describe("unsubscribe tokens", () => {
  it("are userId.issuedAt.mac, url-safe, and verify for their member and purpose", () => {
    const token = tokenFor(42);
    expect(token).toMatch(/^42\.\d{10}\.[A-Za-z0-9_-]{43}$/);
    expect(verifyToken(SECRET, token, "digest", NOW, UNSUBSCRIBE_LINK_MAX_AGE_MS)).toEqual({ ok: true, userId: 42, issuedAt: Math.floor(NOW / 1000) * 1000 });
    expect(checkUnsubscribeLink(SECRET, token, NOW)).toEqual({ userId: 42 });
    expect(unsubscribeUrl(SITE, SECRET, 42, NOW)).toBe(`${SITE}/unsubscribe/${token}`);
  });

  it("refuse a tampered mac, member id or issue time as not found", () => {
    const token = tokenFor(42);
    for (const changed of [tamper(token, 2), tamper(token, 2, -1), tamper(token, 2, 20), tamper(token, 0), tamper(token, 1, -1)]) {
      expect(changed).not.toBe(token);
      expect(verifyToken(SECRET, changed, "digest", NOW, UNSUBSCRIBE_LINK_MAX_AGE_MS), changed).toMatchObject({ ok: false });
      expect(() => checkUnsubscribeLink(SECRET, changed, NOW)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    }
  });

  it("refuse the last character's other spellings (base64url's two spare bits)", () => {
    const token = tokenFor(42);
    const last = token.at(-1)!;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const value = alphabet.indexOf(last);
    for (const spare of [1, 2, 3]) {
      const sibling = token.slice(0, -1) + alphabet[(value & ~3) | ((value + spare) & 3)]!;
      expect(verifyToken(SECRET, sibling, "digest", NOW, UNSUBSCRIBE_LINK_MAX_AGE_MS)).toEqual({ ok: false, reason: "bad_signature" });
    }
  });

  it("do not carry over to another member: swapping the id in a member's own link fails", () => {
    const mine = tokenFor(7);
    const theirs = mine.replace(/^7\./, "8.");
    expect(verifyToken(SECRET, theirs, "digest", NOW, UNSUBSCRIBE_LINK_MAX_AGE_MS)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("are specific to their purpose and to the secret", () => {
    expect(verifyToken(SECRET, tokenFor(42, { purpose: "notifications" }), "digest", NOW, UNSUBSCRIBE_LINK_MAX_AGE_MS)).toEqual({ ok: false, reason: "bad_signature" });
    expect(() => checkUnsubscribeLink(SECRET, tokenFor(42, { purpose: "notifications" }), NOW)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(() => checkUnsubscribeLink(SECRET, tokenFor(42, { secret: "another-secret-of-at-least-32-characters" }), NOW)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
  });

  it("keep working for a year, then say the link is too old (400), and refuse issue times in the future", () => {
    expect(checkUnsubscribeLink(SECRET, tokenFor(42, { issuedAt: NOW - 364 * DAY }), NOW)).toEqual({ userId: 42 });
    expect(() => checkUnsubscribeLink(SECRET, tokenFor(42, { issuedAt: NOW - 366 * DAY }), NOW)).toThrow(
      expect.objectContaining({ code: "INVALID", message: expect.stringContaining("more than a year old") }),
    );
    expect(verifyToken(SECRET, tokenFor(42, { issuedAt: NOW + DAY }), "digest", NOW, UNSUBSCRIBE_LINK_MAX_AGE_MS)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuse malformed links before any cryptography", () => {
    const good = tokenFor(42);
    for (const bad of [
      "",
      "x",
      "42",
      "42.1",
      `${good}=`,
      `${good}.`,
      ` ${good}`,
      `0${good}`,
      good.replace(".", ".."),
      "../../etc/passwd",
      "1.2.".padEnd(5000, "a"),
      good.toUpperCase(),
    ]) {
      expect(() => checkUnsubscribeLink(SECRET, bad, NOW), bad.slice(0, 40)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    }
  });

  it("name no member, address or secret in their refusals", () => {
    try {
      checkUnsubscribeLink(SECRET, tamper(tokenFor(42), 2), NOW);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain("42");
      expect((error as Error).message).not.toContain(SECRET);
    }
  });
});

describe("unsubscribing", () => {
  it("checking a link changes nothing; the POST turns the named member's digest off, and again is harmless", async () => {
    const member = await createMember(db, { digestFrequency: "daily", digestSentAt: NOW - DAY });
    const other = await createMember(db, { digestFrequency: "daily" });
    const token = tokenFor(member.id);
    checkUnsubscribeLink(SECRET, token, NOW);
    expect(await digestStateOf(db, member.id)).toEqual({ frequency: "daily", sentAt: NOW - DAY });

    await unsubscribeFromDigest(db, SECRET, token, NOW);
    expect(await digestStateOf(db, member.id)).toEqual({ frequency: "off", sentAt: NOW - DAY });
    await unsubscribeFromDigest(db, SECRET, token, NOW + DAY);
    expect(await digestStateOf(db, member.id)).toEqual({ frequency: "off", sentAt: NOW - DAY });
    expect(await digestStateOf(db, other.id)).toEqual({ frequency: "daily", sentAt: null });
  });

  it("changes nothing for a tampered, wrong-purpose or expired link", async () => {
    const member = await createMember(db, { digestFrequency: "weekly" });
    for (const token of [tamper(tokenFor(member.id), 2), tokenFor(member.id, { purpose: "other" }), tokenFor(member.id, { issuedAt: NOW - 400 * DAY })]) {
      await expect(unsubscribeFromDigest(db, SECRET, token, NOW)).rejects.toMatchObject({ code: expect.stringMatching(/^(NOT_FOUND|INVALID)$/) });
    }
    expect(await digestStateOf(db, member.id)).toEqual({ frequency: "weekly", sentAt: null });
  });

  it("answers a link of a deleted account like a link that does not exist", async () => {
    const member = await createMember(db, { deletedAt: NOW - DAY });
    await expect(unsubscribeFromDigest(db, SECRET, tokenFor(member.id), NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(unsubscribeFromDigest(db, SECRET, tokenFor(999_999), NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
