import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchMembers } from "../../../src/server/admin/member-directory";
import { npiCheckDigit, npiMessages } from "../../../src/server/auth/npi";
import type { Viewer } from "../../../src/server/auth/viewer";
import { createPhysician } from "../../fixtures/factories";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

/*
 * Admins find a member by the first letters of their pseudonym (any case), their whole email
 * address (as sign-up stores it) or their NPI; moderators cannot search at all.
 */
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
const NOW = Date.UTC(2026, 5, 1);
const npiOf = (first9: string) => first9 + npiCheckDigit(first9);
const NPI = npiOf("123456789");

let admin: Viewer;
const ids: Record<string, number> = {};

beforeAll(async () => {
  admin = await createViewer(db, { role: "admin", now: NOW });
  ids.zebraAlpha = await createPhysician(db, { pseudonym: "Zebra_Alpha" });
  ids.zebraBeta = await createPhysician(db, { pseudonym: "zebra_beta" });
  ids.zebu = await createPhysician(db, { pseudonym: "Zebu" });
  ids.byEmail = await createPhysician(db, { pseudonym: "mail_holder", email: "Dr.Holder@Example.org" });
  ids.byNpi = await createPhysician(db, { pseudonym: "npi_holder", npi: NPI });
});

const pseudonymsIn = (result: { members: { pseudonym: string }[] }) => result.members.map((member) => member.pseudonym);

describe("admin member search", () => {
  it("finds pseudonyms by their first letters in any case, alphabetically", async () => {
    const result = await searchMembers(db, admin, { by: "pseudonym", q: "ZEBR" });
    expect(pseudonymsIn(result)).toEqual(["Zebra_Alpha", "zebra_beta"]);
    expect(result.emptyMessage).toBeNull();
    expect(pseudonymsIn(await searchMembers(db, admin, { by: "pseudonym", q: " zeb " }))).toEqual(["Zebra_Alpha", "zebra_beta", "Zebu"]);
  });

  it("finds a member by their whole email address, whatever its case and spacing", async () => {
    const result = await searchMembers(db, admin, { by: "email", q: "  DR.HOLDER@example.ORG " });
    expect(result.members).toEqual([expect.objectContaining({ userId: ids.byEmail, pseudonym: "mail_holder" })]);
  });

  it("does not match part of an email address", async () => {
    const result = await searchMembers(db, admin, { by: "email", q: "holder@example.org" });
    expect(result.members).toEqual([]);
    expect(result.emptyMessage).toBe("No member has that email address.");
  });

  it("finds a member by their NPI, spaces ignored", async () => {
    const result = await searchMembers(db, admin, { by: "npi", q: `${NPI.slice(0, 4)} ${NPI.slice(4)}` });
    expect(result.members).toEqual([expect.objectContaining({ userId: ids.byNpi, pseudonym: "npi_holder" })]);
  });

  it("says so when nothing matches, for each key", async () => {
    expect((await searchMembers(db, admin, { by: "pseudonym", q: "nobody_here" })).emptyMessage).toBe("No member's pseudonym starts with that.");
    expect((await searchMembers(db, admin, { by: "npi", q: npiOf("198765432") })).emptyMessage).toBe("No member has that NPI.");
  });

  it("never lists the real name, email or NPI of a member found", async () => {
    const [member] = (await searchMembers(db, admin, { by: "npi", q: NPI })).members;
    expect(Object.keys(member ?? {}).sort()).toEqual(["memberSince", "pseudonym", "role", "specialty", "userId", "verificationStatus"]);
  });

  it("refuses a malformed query with a message naming the rule, never echoing it", async () => {
    await expect(searchMembers(db, admin, { by: "npi", q: "12345" })).rejects.toMatchObject({ code: "INVALID", fields: { q: npiMessages.length } });
    await expect(searchMembers(db, admin, { by: "npi", q: `${NPI.slice(0, 9)}${(Number(NPI[9]) + 1) % 10}` })).rejects.toMatchObject({
      code: "INVALID",
      fields: { q: npiMessages.checkDigit },
    });
    await expect(searchMembers(db, admin, { by: "email", q: "holder" })).rejects.toMatchObject({ code: "INVALID", fields: { q: "Enter an email address like name@example.org." } });
    const badPrefix = searchMembers(db, admin, { by: "pseudonym", q: "dr smith" });
    await expect(badPrefix).rejects.toMatchObject({ code: "INVALID", fields: { q: expect.stringContaining("letters, digits or underscores") } });
    await expect(searchMembers(db, admin, { by: "pseudonym", q: "   " })).rejects.toMatchObject({ code: "INVALID", fields: { q: "Type what to search for." } });
    await expect(searchMembers(db, admin, { by: "phone", q: "5551234" })).rejects.toMatchObject({
      code: "INVALID",
      fields: { by: expect.stringContaining("pseudonym, email or NPI") },
    });
    await badPrefix.catch((error: Error) => expect(error.message).not.toContain("dr smith"));
  });

  it("lists at most 20 pseudonyms and says when more start with the letters", async () => {
    for (let i = 0; i < 21; i++) await createPhysician(db, { pseudonym: `many_${String(i).padStart(2, "0")}` });
    const result = await searchMembers(db, admin, { by: "pseudonym", q: "many_" });
    expect(result.members).toHaveLength(20);
    expect(result.truncated).toBe(true);
    expect(pseudonymsIn(result)[0]).toBe("many_00");
  });

  const nonAdmins: [string, { role?: "moderator"; moderates?: string[] }][] = [
    ["a global moderator", { role: "moderator" }],
    ["a channel moderator", { moderates: ["cardiology"] }],
    ["a member", {}],
  ];
  for (const [who, options] of nonAdmins) {
    it(`refuses ${who} a search by email, NPI or pseudonym`, async () => {
      const viewer = await createViewer(db, { ...options, now: NOW });
      for (const input of [
        { by: "email", q: "dr.holder@example.org" },
        { by: "npi", q: NPI },
        { by: "pseudonym", q: "zeb" },
      ]) {
        await expect(searchMembers(db, viewer, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
    });
  }

  it("refuses a visitor", async () => {
    await expect(searchMembers(db, null, { by: "npi", q: NPI })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
