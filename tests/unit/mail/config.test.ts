import { describe, expect, it } from "vitest";
import { DomainError } from "../../../src/server/errors";
import { DEFAULT_MAIL_FROM, mailTransportFrom, parseMailConfig } from "../../../src/server/mail/config";

const KEY = "re_live_0123456789abcdef0123456789abcdef";

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected a configuration error");
}

describe("mail configuration", () => {
  it("chooses the outbox transport when MAIL_TRANSPORT is not set", () => {
    expect(mailTransportFrom({}).name).toBe("outbox");
  });

  it("treats a blank MAIL_TRANSPORT as not set", () => {
    expect(mailTransportFrom({ MAIL_TRANSPORT: "" }).name).toBe("outbox");
  });

  it("defaults the sender to Rounds <no-reply@rounds.localhost>", () => {
    expect(parseMailConfig({}).MAIL_FROM).toBe(DEFAULT_MAIL_FROM);
    expect(DEFAULT_MAIL_FROM).toBe("Rounds <no-reply@rounds.localhost>");
  });

  it("defaults the Resend base URL to https://api.resend.com", () => {
    expect(parseMailConfig({ MAIL_TRANSPORT: "resend", RESEND_API_KEY: KEY }).RESEND_BASE_URL).toBe("https://api.resend.com");
  });

  it("chooses the resend transport when MAIL_TRANSPORT is resend and a key is set", () => {
    expect(mailTransportFrom({ MAIL_TRANSPORT: "resend", RESEND_API_KEY: KEY }).name).toBe("resend");
  });

  it("names RESEND_API_KEY when MAIL_TRANSPORT is resend without a key", () => {
    expect(messageOf(() => mailTransportFrom({ MAIL_TRANSPORT: "resend" }))).toMatch(/RESEND_API_KEY is not set/);
  });

  it("treats a blank RESEND_API_KEY as missing", () => {
    expect(messageOf(() => mailTransportFrom({ MAIL_TRANSPORT: "resend", RESEND_API_KEY: "  " }))).toMatch(/RESEND_API_KEY is not set/);
  });

  it("throws an UNAVAILABLE DomainError for incomplete settings", () => {
    expect(() => parseMailConfig({ MAIL_TRANSPORT: "resend" })).toThrow(DomainError);
    expect(() => parseMailConfig({ MAIL_TRANSPORT: "resend" })).toThrow(expect.objectContaining({ code: "UNAVAILABLE" }));
  });

  it("says which transports exist when MAIL_TRANSPORT is unknown, without echoing it", () => {
    const message = messageOf(() => mailTransportFrom({ MAIL_TRANSPORT: "sendgrid-secret-typo" }));
    expect(message).toMatch(/MAIL_TRANSPORT must be outbox or resend/);
    expect(message).not.toContain("sendgrid-secret-typo");
  });

  it("refuses a MAIL_FROM that is not an address, without echoing it", () => {
    const message = messageOf(() => parseMailConfig({ MAIL_FROM: "Rounds team" }));
    expect(message).toMatch(/MAIL_FROM must look like/);
    expect(message).not.toContain("Rounds team");
  });

  it("refuses a MAIL_FROM with a line break", () => {
    expect(messageOf(() => parseMailConfig({ MAIL_FROM: "Rounds <a@b.org>\nBcc: x@y.org" }))).toMatch(/MAIL_FROM/);
  });

  it("accepts a bare address as MAIL_FROM", () => {
    expect(parseMailConfig({ MAIL_FROM: "no-reply@rounds.example" }).MAIL_FROM).toBe("no-reply@rounds.example");
  });

  it("refuses a RESEND_BASE_URL that is not http or https", () => {
    const message = messageOf(() => parseMailConfig({ MAIL_TRANSPORT: "resend", RESEND_API_KEY: KEY, RESEND_BASE_URL: "ftp://mail.example" }));
    expect(message).toMatch(/RESEND_BASE_URL must be an http: or https: URL/);
  });

  it("never puts the API key into a configuration error", () => {
    const message = messageOf(() => parseMailConfig({ MAIL_TRANSPORT: "resend", RESEND_API_KEY: KEY, RESEND_BASE_URL: "not a url" }));
    expect(message).not.toContain(KEY);
  });

  it("ignores unrelated variables in the same environment", () => {
    expect(mailTransportFrom({ DATABASE_URL: "http://127.0.0.1:8080", ASSETS: {} }).name).toBe("outbox");
  });
});
