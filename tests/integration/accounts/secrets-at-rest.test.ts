import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmEmail } from "../../../src/server/auth/confirm-email";
import { logIn } from "../../../src/server/auth/login";
import { completeSecondFactorSignIn, confirmTotpEnrolment, startTotpEnrolment } from "../../../src/server/auth/second-factor";
import { validateSessionToken } from "../../../src/server/auth/sessions";
import { formatSecretForManualEntry, totpCodeAt } from "../../../src/server/auth/totp";
import { decodeBase32IgnorePadding, decodeBase64urlIgnorePadding, encodeBase32LowerCaseNoPadding, encodeBase64, encodeHexLowerCase } from "@oslojs/encoding";
import { finishPasskeyRegistration, startPasskeyRegistration, startPasskeySignIn } from "../../../src/server/auth/passkeys";
import { WEBAUTHN_CHALLENGE_MS } from "../../../src/server/auth/webauthn";
import { SoftAuthenticator } from "../../support/soft-authenticator";
import { requestPasswordReset } from "../../../src/server/auth/password-reset";
import { signUp } from "../../../src/server/auth/signup";
import { createResendTransport } from "../../../src/server/mail/resend-transport";
import { accountServices, signupForm } from "../../support/accounts";
import { startResendStub, type ResendStub } from "../../support/resend-stub-server";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
let provider: ResendStub;
beforeAll(async () => {
  provider = await startResendStub();
});
afterAll(async () => {
  handle.client.close();
  await provider.close();
});

/** Every text value of every table, for a search for leaked secrets. */
async function everyStoredValue(): Promise<string> {
  const tables = await handle.client.execute("select name from sqlite_master where type = 'table'");
  const values: string[] = [];
  for (const table of tables.rows) {
    const rows = await handle.client.execute(`select * from "${String(table.name)}"`);
    for (const row of rows.rows) for (const value of Object.values(row)) values.push(String(value));
  }
  return values.join("\n");
}

const tokensInMail = (): string[] =>
  provider.requests.flatMap((request) => {
    const text = (request.body as { text?: string }).text ?? "";
    return [...text.matchAll(/\/(?:confirm-email|reset-password)\/([a-z2-7]{40})/g)].map((match) => match[1]!);
  });

describe("secrets at rest", () => {
  it("stores no raw session, confirmation or reset token in any table", async () => {
    const services = accountServices(handle.db, {
      mail: createResendTransport({ apiKey: "re_test_key_123", from: "Rounds <no-reply@rounds.test>", baseUrl: provider.baseUrl }),
    });
    const form = signupForm({ email: "secrets@example.org" });
    await signUp(services, form, "10.9.8.7");
    const [confirmToken] = tokensInMail();
    await confirmEmail(services, confirmToken!);
    const session = await logIn(services, { email: form.email, password: form.password }, "10.9.8.7");
    await requestPasswordReset(services, { email: form.email }, "10.9.8.7");
    const tokens = [...tokensInMail(), session.token];
    expect(tokens).toHaveLength(3);

    const stored = await everyStoredValue();
    for (const token of tokens) expect(stored).not.toContain(token);
    expect(stored).not.toContain(form.password);
    expect(stored).toContain("[token removed]");
  });

  it("stores no raw authenticator secret, recovery code or pending sign-in token in any table", async () => {
    const services = accountServices(handle.db, {
      mail: createResendTransport({ apiKey: "re_test_key_123", from: "Rounds <no-reply@rounds.test>", baseUrl: provider.baseUrl }),
    });
    const form = signupForm({ email: "second.factor.secrets@example.org" });
    await signUp(services, form, "10.9.8.8");
    await confirmEmail(services, tokensInMail().at(-1)!);
    const first = await logIn(services, { email: form.email, password: form.password }, "10.9.8.8");
    const { viewer } = await validateSessionToken(handle.db, first.token, services.now);

    const started = await startTotpEnrolment(services, viewer, { password: form.password });
    const secret = decodeBase32IgnorePadding(new URL(started.uri).searchParams.get("secret")!);
    const { recoveryCodes } = await confirmTotpEnrolment(services, viewer, { code: totpCodeAt(secret, services.now) });
    const later = accountServices(handle.db, { now: services.now + 60_000, mail: services.mail });
    const pending = await logIn(later, { email: form.email, password: form.password }, "10.9.8.9");
    if (pending.secondFactor !== "required") throw new Error("expected a pending sign-in");
    const stored = await everyStoredValue();
    // The secret in every encoding someone might store it in.
    const secretForms = [
      formatSecretForManualEntry(secret).replaceAll(" ", ""),
      encodeBase32LowerCaseNoPadding(secret),
      encodeBase64(secret),
      encodeHexLowerCase(secret),
      started.uri,
    ];
    for (const form of secretForms) expect(stored).not.toContain(form);
    for (const code of recoveryCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replaceAll("-", ""));
    }
    expect(stored).not.toContain(pending.pendingToken);

    const { session } = await completeSecondFactorSignIn(later, pending.pendingToken, { code: recoveryCodes[0] }, "10.9.8.9");
    const after = await everyStoredValue();
    expect(after).not.toContain(session.token);
    for (const code of recoveryCodes) expect(after).not.toContain(code.replaceAll("-", ""));
  });

  it("stores WebAuthn challenges only as hashes, for 5 minutes, and passkeys' public keys (not secrets) only", async () => {
    const services = accountServices(handle.db, {
      mail: createResendTransport({ apiKey: "re_test_key_123", from: "Rounds <no-reply@rounds.test>", baseUrl: provider.baseUrl }),
    });
    const form = signupForm({ email: "passkey.secrets@example.org" });
    await signUp(services, form, "10.9.8.10");
    await confirmEmail(services, tokensInMail().at(-1)!);
    const first = await logIn(services, { email: form.email, password: form.password }, "10.9.8.10");
    const { viewer } = await validateSessionToken(handle.db, first.token, services.now);
    const registration = await startPasskeyRegistration(services, viewer, { password: form.password });
    const device = await SoftAuthenticator.create({ rpId: "rounds.test", origin: "http://rounds.test" });
    await finishPasskeyRegistration(services, viewer, { name: "Phone", ...(await device.register(registration.challenge)) });
    const signIn = await startPasskeySignIn(services, undefined, "10.9.8.10");

    const stored = await everyStoredValue();
    for (const challenge of [registration.challenge, signIn.challenge]) {
      const bytes = decodeBase64urlIgnorePadding(challenge);
      for (const encoded of [challenge, encodeBase64(bytes), encodeHexLowerCase(bytes)]) expect(stored).not.toContain(encoded);
    }
    const challenges = await handle.client.execute("select expires_at - created_at as lifetime from webauthn_challenges");
    expect(challenges.rows.map((row) => Number(row.lifetime))).toEqual([WEBAUTHN_CHALLENGE_MS]);
    // What a passkey row holds: the public key, an id, a counter and a name; no private key exists here to store.
    const columns = await handle.client.execute("select name from pragma_table_info('passkeys') order by cid");
    expect(columns.rows.map((row) => row.name)).toEqual(["id", "user_id", "credential_id", "public_key", "algorithm", "sign_count", "name", "created_at", "last_used_at"]);
  });
});
