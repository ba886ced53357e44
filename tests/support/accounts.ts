import type { Client } from "@libsql/client";
import { npiCheckDigit } from "../../src/server/auth/npi";
import type { AccountServices } from "../../src/server/auth/services";
import type { Database } from "../../src/server/db/client";
import { createOutboxTransport } from "../../src/server/mail/outbox-transport";

export const TEST_SITE = "http://rounds.test";
/** TOTP_ENCRYPTION_KEY for tests (base64 of 32 bytes); never a production key. */
export const TEST_TOTP_ENCRYPTION_KEY = "dGVzdC1vbmx5LXRvdHAta2V5LTMyLWJ5dGVzLWxvbmc=";

/** Account services over a test database: outbox mail, a registry URL, a fixed clock. */
export function accountServices(db: Database, overrides: Partial<AccountServices> = {}): AccountServices {
  return {
    db,
    now: Date.UTC(2026, 10, 1, 12),
    siteUrl: TEST_SITE,
    mail: createOutboxTransport(),
    registry: { baseUrl: "http://127.0.0.1:9", timeoutMs: 500 },
    verificationMode: "manual",
    totpEncryptionKey: TEST_TOTP_ENCRYPTION_KEY,
    // SITE_URL: the passkeys' RP ID is its host (rounds.test) and their origin TEST_SITE.
    configuredSiteUrl: TEST_SITE,
    ...overrides,
  };
}

let npiSequence = 10_000_000;
/** A valid, unused NPI (correct Luhn check digit). */
export function freshNpi(): string {
  const first9 = `1${String(npiSequence++).padStart(8, "0")}`;
  return first9 + npiCheckDigit(first9);
}

let applicantSequence = 0;
/** A complete, valid sign-up form; override any field. */
export function signupForm(overrides: Record<string, string> = {}): Record<string, string> {
  const n = ++applicantSequence;
  return {
    email: `applicant${n}@example.org`,
    password: "tachycardia at midnight",
    pseudonym: `applicant_${n}`,
    firstName: "Jane",
    lastName: "Doe",
    npi: freshNpi(),
    specialty: "internal-medicine",
    licenceState: "MA",
    ...overrides,
  };
}

/** The newest mail to an address, from the outbox table. */
export async function latestMailTo(client: Client, address: string): Promise<{ subject: string; text: string } | undefined> {
  const result = await client.execute({
    sql: "select subject, text_body from mail_outbox where to_address = ? order by id desc limit 1",
    args: [address],
  });
  const row = result.rows[0];
  return row ? { subject: String(row.subject), text: String(row.text_body) } : undefined;
}

/** The token in a mailed link such as ".../confirm-email/<token>". */
export function tokenFromLink(text: string, path: "confirm-email" | "reset-password"): string {
  const match = new RegExp(`/${path}/([a-z2-7]{40})`).exec(text);
  if (!match?.[1]) throw new Error(`No ${path} link in the mail.`);
  return match[1];
}
