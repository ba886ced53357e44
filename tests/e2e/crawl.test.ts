import { inject, beforeAll, describe, expect, it } from "vitest";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");

/**
 * Every route of the site as each kind of person. Forum content must reach verified members
 * only: for everyone else a page answers with a redirect or a page that holds no forum text.
 */
const forumRoutes = [
  "/",
  "/?sort=new",
  "/c/cardiology",
  "/c/general?sort=top",
  "/t/1/any-slug",
  "/t/2/x?sort=new",
  "/new",
  "/u/rounds_admin",
  "/api/me",
  "/flags",
  "/flag/thread/3",
  "/notifications",
  "/bookmarks",
  "/search?q=sepsis",
  "/leaderboard",
];
const moderatorRoutes = ["/mod", "/mod/log", "/mod/rings", "/mod/post/thread/1", "/mod/member/1"];
const adminRoutes = ["/admin/verifications", "/admin/outbox", "/admin/reveal", "/admin/limits", "/admin/security"];
const accountRoutes = ["/status", "/account", "/account/two-factor"];
const publicRoutes = ["/welcome", "/guidelines", "/login", "/login/second-factor", "/signup", "/reset-password", "/api/health"];

/** Staff without a second factor while the staff rule is on (the default): held at enrolment. */
type Role = "visitor" | "pending" | "rejected" | "verified" | "moderator" | "admin" | "held-admin" | "held-moderator";
const cookies: Partial<Record<Role, string>> = {};
let forumTitle = "";

beforeAll(async () => {
  const make = async (role: Role, overrides: Parameters<typeof e2eMember>[0], options: Parameters<typeof e2eMember>[1] = {}) => {
    const member = await e2eMember({ pseudonym: `crawl_${role.replace("-", "_")}`, ...overrides }, options);
    cookies[role] = `${member.cookie.name}=${member.cookie.value}`;
  };
  await make("pending", { verificationStatus: "pending" });
  await make("rejected", { verificationStatus: "rejected" });
  await make("verified", {});
  await make("moderator", { role: "moderator" });
  await make("admin", { role: "admin" });
  await make("held-admin", { role: "admin" }, { secondFactor: false });
  await make("held-moderator", { role: "moderator" }, { secondFactor: false });
  // A real thread title from the seeded forum, to look for leaks.
  const page = await fetch(`${baseUrl}/t/1/x`, { headers: { cookie: cookies.verified! }, redirect: "follow" });
  forumTitle = /<h1 id="thread-title"[^>]*>([^<]+)<\/h1>/.exec(await page.text())?.[1] ?? "";
  expect(forumTitle.length).toBeGreaterThan(10);
});

async function visit(role: Role, path: string) {
  const headers: Record<string, string> = cookies[role] ? { cookie: cookies[role]! } : {};
  const response = await fetch(`${baseUrl}${path}`, { headers, redirect: "manual" });
  return { status: response.status, location: response.headers.get("location"), body: await response.text(), cacheControl: response.headers.get("cache-control") };
}

describe("members-only crawl", () => {
  for (const role of ["visitor", "pending", "rejected"] as const) {
    for (const path of [...forumRoutes, ...adminRoutes, ...moderatorRoutes]) {
      it(`keeps ${path} closed to a ${role}`, async () => {
        const result = await visit(role, path);
        if (path.startsWith("/api/")) expect(result.status).toBe(role === "visitor" ? 401 : 403);
        else {
          expect(result.status).toBe(303);
          expect(result.location).toBe(role === "visitor" ? (path === "/" || path === "/?sort=new" ? "/welcome" : `/login?next=${encodeURIComponent(path)}`) : "/status");
        }
        expect(result.body).not.toContain(forumTitle);
      });
    }
  }

  for (const role of ["verified", "moderator", "admin"] as const) {
    for (const path of forumRoutes) {
      it(`opens ${path} to a ${role} member, privately cached`, async () => {
        const result = await visit(role, path);
        const expected = path.startsWith("/t/2/") ? [301] : path.startsWith("/t/1/") ? [301] : [200];
        expect(expected).toContain(result.status);
        if (result.status === 200) expect(result.cacheControl).toBe("private, no-store");
      });
    }
  }

  for (const role of ["verified", "moderator"] as const) {
    for (const path of adminRoutes) {
      it(`keeps ${path} from a ${role} who is not an admin`, async () => {
        const result = await visit(role, path);
        expect(result.status).toBe(303);
        expect(result.location).toBe("/");
      });
    }
  }

  for (const path of moderatorRoutes) {
    it(`keeps ${path} from a member who moderates nothing`, async () => {
      const result = await visit("verified", path);
      expect(result.status).toBe(303);
      expect(result.location).toBe("/");
    });
    for (const role of ["moderator", "admin"] as const) {
      it(`opens ${path} to a ${role}, privately cached`, async () => {
        const result = await visit(role, path);
        expect(result.status).toBe(200);
        expect(result.cacheControl).toBe("private, no-store");
      });
    }
  }

  for (const path of adminRoutes) {
    it(`opens ${path} to an admin`, async () => {
      expect((await visit("admin", path)).status).toBe(200);
    });
  }

  for (const role of ["visitor", "pending", "verified"] as const) {
    for (const path of publicRoutes) {
      it(`serves the public page ${path} to a ${role} without forum content`, async () => {
        const result = await visit(role, path);
        expect([200, 303]).toContain(result.status);
        expect(result.body).not.toContain(forumTitle);
      });
    }
  }

  for (const path of accountRoutes) {
    it(`sends a visitor from ${path} to login`, async () => {
      const result = await visit("visitor", path);
      expect(result.status).toBe(303);
      expect(result.location).toMatch(/^\/login\?next=/);
    });
    it(`shows ${path} to a pending member`, async () => {
      expect((await visit("pending", path)).status).toBe(200);
    });
  }

  for (const role of ["held-admin", "held-moderator"] as const) {
    for (const path of [...forumRoutes, ...adminRoutes, ...moderatorRoutes, ...accountRoutes].filter((p) => p !== "/account/two-factor")) {
      it(`holds a ${role} without a second factor at enrolment instead of ${path}`, async () => {
        const result = await visit(role, path);
        if (path.startsWith("/api/")) expect(result.status).toBe(403);
        else {
          expect(result.status).toBe(303);
          expect(result.location).toBe("/account/two-factor");
        }
        expect(result.body).not.toContain(forumTitle);
      });
    }
    it(`opens /account/two-factor, /api/me/totp, /api/me/passkeys and /api/me/sessions to a ${role}, privately cached`, async () => {
      const page = await visit(role, "/account/two-factor");
      expect(page.status).toBe(200);
      expect(page.cacheControl).toBe("private, no-store");
      expect(page.body).not.toContain(forumTitle);
      for (const path of ["/api/me/totp", "/api/me/passkeys", "/api/me/sessions"]) {
        const answer = await visit(role, path);
        expect(answer.status, path).toBe(200);
        expect(answer.cacheControl, path).toBe("private, no-store");
      }
    });
  }

  it("answers /api/me/totp, /api/me/passkeys and /api/me/sessions with 401 to a visitor", async () => {
    for (const path of ["/api/me/totp", "/api/me/passkeys", "/api/me/sessions"]) expect((await visit("visitor", path)).status, path).toBe(401);
  });

  /** Mail "safe links", chat apps and social tools add these; a shared link must still open. */
  const withTracking = (path: string) => `${path}${path.includes("?") ? "&" : "?"}utm_source=x&fbclid=y`;
  const pagesOf: Record<"verified" | "moderator" | "admin", string[]> = {
    verified: [...forumRoutes, ...accountRoutes],
    moderator: moderatorRoutes,
    admin: adminRoutes,
  };
  for (const [role, paths] of Object.entries(pagesOf) as Array<[keyof typeof pagesOf, string[]]>) {
    for (const path of paths.filter((p) => !p.startsWith("/api/"))) {
      it(`opens ${withTracking(path)} to a ${role} as it opens ${path}`, async () => {
        const result = await visit(role, withTracking(path));
        expect(path.startsWith("/t/") ? [301] : [200]).toContain(result.status);
        if (result.status === 301) expect(result.location).toContain("utm_source=x");
      });
    }
  }
  for (const path of publicRoutes.filter((p) => !p.startsWith("/api/"))) {
    it(`serves ${withTracking(path)} to a visitor`, async () => {
      expect([200, 303]).toContain((await visit("visitor", withTracking(path))).status);
    });
  }

  for (const path of ["/login", "/login/second-factor", "/account", "/account/two-factor", "/admin/security"]) {
    it(`refuses a cross-site form post to ${path} with 403`, async () => {
      const response = await fetch(`${baseUrl}${path}`, {
        method: "POST",
        headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded", cookie: cookies.admin! },
        body: "email=a%40b.c&password=x&code=123456&intent=off&session=0123456789abcdef&passkey=1",
        redirect: "manual",
      });
      expect(response.status).toBe(403);
      expect(response.headers.get("set-cookie")).toBeNull();
    });
  }
});
