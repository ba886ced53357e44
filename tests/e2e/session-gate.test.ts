import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hashSecretToken } from "../../src/server/auth/tokens";
import { createDb } from "../../src/server/db/client";
import { sessions, users } from "../../src/server/db/schema";
import { e2eMember } from "../support/e2e-members";

// The middleware's two paths (ADR 0020), through the built Worker: the first read after sign-in
// looks the session up and leaves a viewer cookie; reads with it are built at once and confirmed
// by the gate in the page's own batch; a refused gate throws the page away.
const baseUrl = inject("baseUrl");
const { db, client } = createDb(`file:${inject("e2eDbFile")}`);
afterAll(() => client.close());

let userId = 0;
let sessionCookie = "";
beforeAll(async () => {
  const member = await e2eMember({ pseudonym: "e2e_gate_member" });
  userId = member.userId;
  sessionCookie = `${member.cookie.name}=${member.cookie.value}`;
});

/** The `name=value` of a cookie the answer sets, or null; "" when it clears it. */
function setCookie(response: Response, name: string): string | null {
  const header = response.headers.getSetCookie().find((line) => line.startsWith(`${name}=`));
  return header ? header.split(";")[0]!.slice(name.length + 1) : null;
}

async function get(path: string, cookies: string[]): Promise<Response> {
  return fetch(`${baseUrl}${path}`, { headers: { cookie: cookies.join("; ") }, redirect: "manual" });
}

describe("reads built on the viewer cookie", () => {
  it("gives a viewer cookie on the first read, and serves the next read on it without a new one", async () => {
    const first = await get("/", [sessionCookie]);
    expect(first.status).toBe(200);
    const viewer = setCookie(first, "rounds_viewer");
    expect(viewer).toMatch(/^[0-9a-f]{16}\.[A-Za-z0-9_-]+$/);
    const second = await get("/", [sessionCookie, `rounds_viewer=${viewer}`]);
    expect(second.status).toBe(200);
    expect(await second.text()).toContain("e2e_gate_member");
    expect(setCookie(second, "rounds_viewer")).toBeNull();
  });

  it("throws the page away when a moderator suspended the member, and sends them back with the new record", async () => {
    const viewer = setCookie(await get("/", [sessionCookie]), "rounds_viewer");
    await db
      .update(users)
      .set({ suspendedUntil: Date.now() + 3600_000 })
      .where(eq(users.id, userId));
    try {
      const refused = await get("/c/cardiology?sort=new", [sessionCookie, `rounds_viewer=${viewer}`]);
      expect(refused.status).toBe(303);
      expect(refused.headers.get("location")).toBe("/c/cardiology?sort=new");
      const renewed = setCookie(refused, "rounds_viewer");
      expect(renewed).not.toBe(viewer);
      const again = await get("/c/cardiology?sort=new", [sessionCookie, `rounds_viewer=${renewed}`]);
      expect(again.status).toBe(200);
      expect(await again.text()).toContain("Your account is suspended until");
    } finally {
      await db.update(users).set({ suspendedUntil: null }).where(eq(users.id, userId));
    }
  });

  it("holds staff without a second factor on the claim path too: a member made moderator is sent to enrol", async () => {
    const member = await e2eMember({ pseudonym: "e2e_gate_promoted" });
    const cookie = `${member.cookie.name}=${member.cookie.value}`;
    const viewer = setCookie(await get("/", [cookie]), "rounds_viewer");
    await db.update(users).set({ role: "moderator" }).where(eq(users.id, member.userId));
    const refused = await get("/", [cookie, `rounds_viewer=${viewer}`]);
    expect(refused.status).toBe(303);
    const held = await get("/", [cookie, `rounds_viewer=${setCookie(refused, "rounds_viewer")}`]);
    expect(held.status).toBe(303);
    expect(held.headers.get("location")).toBe("/account/two-factor");
  });

  it("never shows a forged claim: an edited cookie naming an admin gets no admin page", async () => {
    const viewer = setCookie(await get("/", [sessionCookie]), "rounds_viewer")!;
    const [binding, encoded] = viewer.split(".");
    const record = Buffer.from(encoded!, "base64url").toString("utf8");
    const forged = `${binding}.${Buffer.from(record.replace('"member"', '"admin"')).toString("base64url")}`;
    const refused = await get("/admin/verifications", [sessionCookie, `rounds_viewer=${forged}`]);
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe("/admin/verifications");
    expect(await refused.text()).not.toContain("Verification");
    const honest = await get("/admin/verifications", [sessionCookie, `rounds_viewer=${setCookie(refused, "rounds_viewer")}`]);
    expect(honest.status).toBe(303);
    expect(honest.headers.get("location")).toBe("/");
  });

  it("sends a member signed out elsewhere to sign in, clearing the viewer cookie on the way", async () => {
    const member = await e2eMember({ pseudonym: "e2e_gate_signed_out" });
    const cookie = `${member.cookie.name}=${member.cookie.value}`;
    const viewer = setCookie(await get("/", [cookie]), "rounds_viewer");
    await db.delete(sessions).where(eq(sessions.id, hashSecretToken(member.cookie.value)));
    const refused = await get("/bookmarks", [cookie, `rounds_viewer=${viewer}`]);
    expect(refused.status).toBe(303);
    expect(setCookie(refused, "rounds_viewer")).toBe("");
    const next = await get(refused.headers.get("location")!, [cookie]);
    expect(next.status).toBe(303);
    expect(next.headers.get("location")).toBe("/login?next=%2Fbookmarks");
  });
});
