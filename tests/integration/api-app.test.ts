import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createApiApp } from "../../functions/api";
import { DomainError } from "../../src/server/errors";
import { createTestDatabase } from "../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const env = { DATABASE_URL: `file:${handle.file}` };

describe("the Hono API", () => {
  it("answers /api/health with ok when the database is migrated", async () => {
    const response = await createApiApp().request("/api/health", {}, env);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true });
  });

  it("answers 503 with a reason when the database is not migrated", async () => {
    const empty = join(mkdtempSync(join(tmpdir(), "rounds-empty-")), "empty.db");
    const response = await createApiApp().request("/api/health", {}, { DATABASE_URL: `file:${empty}` });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      ok: false,
      reason: "The database is reachable but not migrated: run npm run db:migrate.",
    });
  });

  it("answers 503 naming the variable when DATABASE_URL is missing", async () => {
    const response = await createApiApp().request("/api/health", {}, {});
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false, reason: expect.stringContaining("DATABASE_URL") });
  });

  it("answers 503 naming every missing variable when real mail is configured without its secrets", async () => {
    const response = await createApiApp().request("/api/health", {}, { ...env, MAIL_TRANSPORT: "resend" });
    expect(response.status).toBe(503);
    const { ok, reason } = (await response.json()) as { ok: boolean; reason: string };
    expect(ok).toBe(false);
    for (const variable of ["RESEND_API_KEY", "SIGNING_SECRET", "SITE_URL"]) expect(reason).toContain(variable);
  });

  it("answers ok when real mail has its key, signing secret and site address", async () => {
    const complete = { ...env, MAIL_TRANSPORT: "resend", RESEND_API_KEY: "re_test", SIGNING_SECRET: "s".repeat(32), SITE_URL: "https://rounds.example" };
    const response = await createApiApp().request("/api/health", {}, complete);
    expect(response.status).toBe(200);
  });

  it("turns a domain error into its status, code, message and fields", async () => {
    const app = createApiApp();
    app.get("/test-refusal", () => {
      throw new DomainError("RATE_LIMITED", "Slow down: try again in a minute.", { body: "Kept as a draft." }, 60);
    });
    const response = await app.request("/api/test-refusal", {}, env);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.json()).toEqual({
      error: { code: "RATE_LIMITED", message: "Slow down: try again in a minute.", fields: { body: "Kept as a draft." } },
    });
  });

  it("answers an unexpected error with a generic 500 that reveals no stack or message", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const app = createApiApp();
    app.get("/test-crash", () => {
      throw new Error("internal detail: table users column npi");
    });
    const response = await app.request("/api/test-crash", {}, env);
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({ error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } });
    expect(text).not.toContain("internal detail");
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it("answers an unknown API route with a JSON 404", async () => {
    const response = await createApiApp().request("/api/threads/nope", {}, env);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "No such API route." } });
  });
});

describe("API security headers", () => {
  it("sets them on success, on 404 and on errors", async () => {
    const app = createApiApp();
    app.get("/test-boom", () => {
      throw new Error("boom");
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    for (const path of ["/api/health", "/api/nothing", "/api/test-boom"]) {
      const response = await app.request(path, {}, env);
      expect(response.headers.get("content-security-policy"), path).toBe("default-src 'none'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
      expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("cross-origin-opener-policy"), path).toBe("same-origin");
      expect(response.headers.get("permissions-policy"), path).toContain("camera=()");
    }
    logged.mockRestore();
  });
});
