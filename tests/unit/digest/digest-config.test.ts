import { describe, expect, it } from "vitest";
import { routeAccess } from "../../../src/lib/route-access";
import { mailLine } from "../../../src/server/digest/mail-text";
import { notificationLine } from "../../../src/server/digest/notification-words";
import { parseServerEnv, requireSigningSecret, requireSiteUrl } from "../../../src/server/env";

const base = { DATABASE_URL: "http://127.0.0.1:8080" };

describe("digest configuration", () => {
  it("keeps SITE_URL as the bare origin", () => {
    expect(requireSiteUrl(parseServerEnv({ ...base, SITE_URL: "https://rounds.example/some/path/" }))).toBe("https://rounds.example");
  });

  it("refuses a SITE_URL that is not http(s)", () => {
    expect(() => parseServerEnv({ ...base, SITE_URL: "javascript:alert(1)" })).toThrow(/SITE_URL must be the site's http\(s\) address/);
  });

  it("names a missing SIGNING_SECRET or SITE_URL only where they are needed", () => {
    const env = parseServerEnv({ ...base });
    expect(() => requireSigningSecret(env)).toThrow(/SIGNING_SECRET is not set/);
    expect(() => requireSiteUrl(env)).toThrow(/SITE_URL is not set/);
  });

  it("refuses a short SIGNING_SECRET without echoing it", () => {
    let message = "";
    try {
      parseServerEnv({ ...base, SIGNING_SECRET: "short-secret-value" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/SIGNING_SECRET must be at least 32 characters/);
    expect(message).not.toContain("short-secret-value");
  });

  it("treats a blank SIGNING_SECRET (a blank line in .dev.vars) as unset", () => {
    expect(() => requireSigningSecret(parseServerEnv({ ...base, SIGNING_SECRET: "" }))).toThrow(/SIGNING_SECRET is not set/);
  });
});

describe("the unsubscribe page's access", () => {
  it("is public, for one path segment only", () => {
    expect(routeAccess("/unsubscribe/1.1767225600.abc")).toBe("public");
    expect(routeAccess("/unsubscribe/1.1767225600.abc/")).toBe("public");
    expect(routeAccess("/unsubscribe")).toBe("member");
    expect(routeAccess("/unsubscribe/a/b")).toBe("member");
  });
});

describe("digest text", () => {
  it("puts database text on one line: no forged lines or links", () => {
    expect(mailLine("Title\nhttps://evil.example\r\n\u2028more\u0000", 200)).toBe("Title https://evil.example more");
    expect(mailLine("x".repeat(300), 10)).toBe(`${"x".repeat(9)}…`);
  });

  it("words each kind of notification, with the title only when there is one", () => {
    expect(notificationLine({ kind: "reply", actor: "dr_a", threadTitle: "T" })).toBe('dr_a replied in "T"');
    expect(notificationLine({ kind: "mention", actor: "Verified physician · Cardiology", threadTitle: null })).toBe("Verified physician · Cardiology mentioned you");
    expect(notificationLine({ kind: "channel_mention", actor: "dr_a", threadTitle: "T" })).toBe('dr_a mentioned a channel you follow in "T"');
    expect(notificationLine({ kind: "case_answered", actor: "The case author", threadTitle: "T" })).toBe('The case author chose an answer to the case "T"');
    expect(notificationLine({ kind: "flag_outcome", actor: "A colleague", threadTitle: "T" })).toBe('Moderators reviewed a post you flagged in "T"');
    expect(notificationLine({ kind: "verification", actor: "A colleague", threadTitle: null })).toBe("News about your physician verification");
    expect(notificationLine({ kind: "reply", actor: "\n\n", threadTitle: null })).toBe("A colleague replied in a thread you follow");
  });
});
