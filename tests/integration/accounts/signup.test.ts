import { afterAll, describe, expect, it } from "vitest";
import { signUp } from "../../../src/server/auth/signup";
import { accountServices, latestMailTo, signupForm } from "../../support/accounts";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const services = accountServices(handle.db);
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

async function count(sql: string, args: (string | number)[] = []): Promise<number> {
  const result = await handle.client.execute({ sql, args });
  return Number(result.rows[0]?.[0] ?? 0);
}

describe("sign-up", () => {
  it("creates a pending member with an application and mails a confirmation link", async () => {
    const form = signupForm({ email: "New.Doctor@Example.org" });
    await signUp(services, form, freshIp());
    const user = await handle.client.execute({ sql: "select id, verification_status, email_confirmed_at, npi from users where email = ?", args: ["new.doctor@example.org"] });
    expect(user.rows[0]).toMatchObject({ verification_status: "pending", email_confirmed_at: null, npi: null });
    expect(await count("select count(*) from verification_applications where user_id = ? and npi = ? and status = 'pending'", [Number(user.rows[0]!.id), form.npi!])).toBe(1);
    const mail = await latestMailTo(handle.client, "new.doctor@example.org");
    expect(mail?.text).toMatch(/http:\/\/rounds\.test\/confirm-email\/[a-z2-7]{40}/);
  });

  it("reports every bad field at once in plain words", async () => {
    const failure = await signUp(
      services,
      signupForm({ email: "not-an-email", password: "short", npi: "1234567890", specialty: "astrology", licenceState: "ZZ", firstName: " " }),
      freshIp(),
    ).catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: "INVALID",
      fields: {
        email: "Enter an email address like name@example.org.",
        password: "Use at least 8 characters.",
        npi: "This NPI's check digit is wrong: please check for a typo.",
        specialty: "Choose your primary specialty from the list.",
        licenceState: "Choose the state of your licence from the list.",
        firstName: "Enter your first name.",
      },
    });
  });

  it("refuses a common password from the maintained list", async () => {
    const failure = await signUp(services, signupForm({ password: "iloveyou1" }), freshIp()).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "INVALID", fields: { password: expect.stringContaining("most common") } });
  });

  it("says plainly that a pseudonym is taken", async () => {
    await signUp(services, signupForm({ pseudonym: "Night_Owl_MD" }), freshIp());
    const failure = await signUp(services, signupForm({ pseudonym: "night_owl_md" }), freshIp()).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "CONFLICT", fields: { pseudonym: "This pseudonym is taken: choose another." } });
  });

  it("answers a sign-up with an existing email exactly like a new one and mails the owner instead", async () => {
    const first = signupForm({ email: "taken@example.org" });
    await signUp(services, first, freshIp());
    const usersBefore = await count("select count(*) from users");
    await expect(signUp(services, signupForm({ email: "taken@example.org" }), freshIp())).resolves.toBeUndefined();
    expect(await count("select count(*) from users")).toBe(usersBefore);
    const notice = await latestMailTo(handle.client, "taken@example.org");
    expect(notice?.subject).not.toMatch(/confirm/i);
    expect(notice?.text).toContain("http://rounds.test/login");
  });

  it("sends a second application for an NPI in use to admin review without telling the applicant", async () => {
    const original = signupForm();
    await signUp(services, original, freshIp());
    const second = signupForm({ npi: original.npi! });
    await expect(signUp(services, second, freshIp())).resolves.toBeUndefined();
    const review = await handle.client.execute({
      sql: "select a.review_reason from verification_applications a join users u on u.id = a.user_id where u.email = ?",
      args: [second.email!],
    });
    expect(review.rows[0]?.review_reason).toBe("duplicate_npi");
  });

  it("allows three sign-ups an hour from one IP and refuses the fourth with a wait time", async () => {
    const ip = freshIp();
    for (let i = 0; i < 3; i++) await signUp(services, signupForm(), ip);
    const failure = await signUp(services, signupForm(), ip).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    expect((failure as Error).message).toMatch(/Too many attempts at signing up\. Please try again in \d+ minutes?\./);
  });
});
