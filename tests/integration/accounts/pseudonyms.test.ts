import { afterAll, describe, expect, it } from "vitest";
import { changePseudonym, deleteAccount } from "../../../src/server/auth/account";
import { hashPassword } from "../../../src/server/auth/passwords";
import { PSEUDONYM_RESERVED, PSEUDONYM_TAKEN } from "../../../src/server/auth/pseudonym-rules";
import { signUp } from "../../../src/server/auth/signup";
import { loadProfilePage } from "../../../src/server/forum/profile";
import { createPhysician } from "../../fixtures/factories";
import { createViewer, viewerOf } from "../../fixtures/viewers";
import { accountServices, signupForm } from "../../support/accounts";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
const services = accountServices(db);
let ip = 0;
const freshIp = () => `198.51.100.${++ip}`;

describe("names the system uses are reserved", () => {
  for (const name of ["former_member_26", "Former_Member_7", "formermember_3", "admin", "Moderator", "rounds", "verified_physician", "VerifiedPhysician", "rounds_team_help"]) {
    it(`refuses "${name}" at sign-up and as a new pseudonym`, async () => {
      await expect(signUp(services, signupForm({ pseudonym: name }), freshIp())).rejects.toMatchObject({ fields: { pseudonym: PSEUDONYM_RESERVED } });
      await expect(changePseudonym(services, await createViewer(db), { pseudonym: name })).rejects.toMatchObject({ fields: { pseudonym: PSEUDONYM_RESERVED } });
    });
  }

  it("deletes an account even when someone took its former_member_ name before it was reserved", async () => {
    const password = "ductus arteriosus closes";
    const leaving = await createPhysician(db, { pseudonym: "about_to_leave", passwordHash: await hashPassword(password) });
    await createPhysician(db, { pseudonym: `former_member_${leaving}` }); // a squatter from before the rule
    await deleteAccount(services, await viewerOf(db, leaving), { password, confirm: "delete" });
    const row = await handle.client.execute({ sql: "select pseudonym, deleted_at from users where id = ?", args: [leaving] });
    expect(String(row.rows[0]!.pseudonym)).toMatch(new RegExp(`^former_member_${leaving}_[0-9a-f]{6}$`));
    expect(row.rows[0]!.deleted_at).not.toBeNull();
  });
});

describe("renaming keeps the old name its owner's", () => {
  it("the old profile address leads to the new name, and an old @mention's link still finds the member", async () => {
    const member = await createViewer(db, { user: { pseudonym: "night_owl_doc" } });
    await changePseudonym(services, member, { pseudonym: "day_shift_doc" });
    const reader = await createViewer(db);
    const page = await loadProfilePage(db, reader, "night_owl_doc", { tab: "threads" });
    expect(page.member.pseudonym).toBe("day_shift_doc");
  });

  it("nobody else may take an old name, but its owner may take it back", async () => {
    const owner = await createViewer(db, { user: { pseudonym: "quiet_harbor" } });
    await changePseudonym(services, owner, { pseudonym: "loud_harbor" });
    const other = await createViewer(db);
    await expect(changePseudonym(services, other, { pseudonym: "Quiet_Harbor" })).rejects.toMatchObject({ code: "CONFLICT", fields: { pseudonym: PSEUDONYM_TAKEN } });
    await expect(signUp(services, signupForm({ pseudonym: "quiet_harbor" }), freshIp())).rejects.toMatchObject({ code: "CONFLICT" });
    await changePseudonym(services, await viewerOf(db, owner.userId), { pseudonym: "quiet_harbor" });
    expect((await loadProfilePage(db, other, "loud_harbor", { tab: "threads" })).member.pseudonym).toBe("quiet_harbor");
  });

  it("deleting the account frees every name it used", async () => {
    const password = "ductus arteriosus closes";
    const userId = await createPhysician(db, { pseudonym: "brief_visit", passwordHash: await hashPassword(password) });
    await changePseudonym(services, await viewerOf(db, userId), { pseudonym: "brief_visit_two" });
    await deleteAccount(services, await viewerOf(db, userId), { password, confirm: "delete" });
    const newcomer = await createViewer(db);
    await expect(changePseudonym(services, newcomer, { pseudonym: "brief_visit" })).resolves.toBe("brief_visit");
  });
});
