import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmEmail } from "../../../src/server/auth/confirm-email";
import { logIn } from "../../../src/server/auth/login";
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
});
