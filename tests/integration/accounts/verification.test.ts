import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmEmail } from "../../../src/server/auth/confirm-email";
import { signUp } from "../../../src/server/auth/signup";
import { decideVerification, listVerificationQueue, loadMemberStatus } from "../../../src/server/auth/verification";
import type { Viewer } from "../../../src/server/auth/viewer";
import { accountServices, latestMailTo, signupForm, tokenFromLink } from "../../support/accounts";
import { individualResult, nppesAnswers, startNppesStub, type NppesStub } from "../../support/nppes-stub-server";
import { createPhysician } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";
import { viewerLiteral } from "../../fixtures/viewers";

const handle = createTestDatabase();
let registry: NppesStub;
let admin: Viewer;
let ip = 0;

beforeAll(async () => {
  registry = await startNppesStub();
  const adminId = await createPhysician(handle.db, { role: "admin", pseudonym: "chief_reviewer" });
  admin = viewerLiteral(adminId, { pseudonym: "chief_reviewer", role: "admin" });
});
afterAll(async () => {
  handle.client.close();
  await registry.close();
});

const services = (mode: "manual" | "auto" = "manual") => accountServices(handle.db, { registry: { baseUrl: registry.url, timeoutMs: 300 }, verificationMode: mode });

/** Signs up, registers the registry's answer for the NPI, confirms the email; returns ids. */
async function applicant(options: { registryAnswer?: "match" | "mismatch" | "none" | "slow"; mode?: "manual" | "auto" } = {}) {
  const form = signupForm();
  const npi = form.npi!;
  if (options.registryAnswer === "match") registry.fixtures.set(npi, nppesAnswers.found(individualResult({ number: npi, firstName: "Jane", lastName: "Doe" })));
  if (options.registryAnswer === "mismatch") registry.fixtures.set(npi, nppesAnswers.found(individualResult({ number: npi, firstName: "Robert", lastName: "Smith" })));
  if (options.registryAnswer === "slow") registry.fixtures.set(npi, nppesAnswers.slow(2000, nppesAnswers.notFound()));
  await signUp(services(options.mode), form, `203.0.113.${++ip}`);
  const mail = await latestMailTo(handle.client, form.email!);
  const result = await confirmEmail(services(options.mode), tokenFromLink(mail!.text, "confirm-email"));
  const row = await handle.client.execute({
    sql: "select u.id as user_id, a.id as application_id from users u join verification_applications a on a.user_id = u.id where u.email = ?",
    args: [form.email!],
  });
  return { form, registry: result.registry, userId: Number(row.rows[0]!.user_id), applicationId: Number(row.rows[0]!.application_id) };
}

const viewerFor = (userId: number, pseudonym: string): Viewer => ({
  userId,
  pseudonym,
  role: "member",
  verificationStatus: "pending",
  emailConfirmed: true,
  moderatedChannelIds: [],
  suspendedUntil: null,
  memberSince: 0,
  unreadNotifications: 0,
});

describe("email confirmation and the registry check", () => {
  it("confirms the email once and refuses the same link a second time", async () => {
    const form = signupForm();
    await signUp(services(), form, "203.0.113.200");
    const token = tokenFromLink((await latestMailTo(handle.client, form.email!))!.text, "confirm-email");
    await confirmEmail(services(), token);
    await expect(confirmEmail(services(), token)).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/expired or was already used/) });
  });

  it("stores the registry evidence beside a pending application for the admin", async () => {
    const { registry: outcome, applicationId } = await applicant({ registryAnswer: "match" });
    expect(outcome).toBe("matched");
    const item = (await listVerificationQueue(handle.db, admin)).items.find((entry) => entry.applicationId === applicationId);
    expect(item?.evidence).toMatchObject({ nameMatches: true, individual: true, active: true, licenceStateMatches: true, fullMatch: true });
    expect(item?.reviewReason).toBeNull();
  });

  it("keeps the application pending and flagged when the registry does not answer in time", async () => {
    const { registry: outcome, applicationId, userId } = await applicant({ registryAnswer: "slow" });
    expect(outcome).toBe("unreachable");
    const item = (await listVerificationQueue(handle.db, admin)).items.find((entry) => entry.applicationId === applicationId);
    expect(item).toMatchObject({ reviewReason: "registry_unreachable", emailConfirmed: true });
    expect((await loadMemberStatus(handle.db, viewerFor(userId, "x"))).verificationStatus).toBe("pending");
  });

  it("flags a registry record with another name for review", async () => {
    const { registry: outcome, applicationId } = await applicant({ registryAnswer: "mismatch" });
    expect(outcome).toBe("mismatch");
    const item = (await listVerificationQueue(handle.db, admin)).items.find((entry) => entry.applicationId === applicationId);
    expect(item).toMatchObject({ reviewReason: "registry_mismatch", evidence: expect.objectContaining({ nameMatches: false, fullMatch: false }) });
  });

  it("approves a full registry match by itself in automatic mode, with an audit entry", async () => {
    const { userId } = await applicant({ registryAnswer: "match", mode: "auto" });
    const status = await loadMemberStatus(handle.db, viewerFor(userId, "x"));
    expect(status.verificationStatus).toBe("verified");
    const audit = await handle.client.execute({ sql: "select actor_id, action from audit_log where target_id = ? and action = 'verification.auto_approve'", args: [userId] });
    expect(audit.rows[0]).toMatchObject({ actor_id: null });
  });
});

describe("the admin verification queue", () => {
  it("re-checking the registry reports what it answered: an unreachable registry first, then the match once it answers", async () => {
    const { applicationId, form } = await applicant({ registryAnswer: "slow" });
    expect(await decideVerification(services(), admin, { applicationId, decision: "recheck" })).toBe("unreachable");
    registry.fixtures.set(form.npi!, nppesAnswers.found(individualResult({ number: form.npi!, firstName: "Jane", lastName: "Doe" })));
    expect(await decideVerification(services(), admin, { applicationId, decision: "recheck" })).toBe("matched");
    const item = (await listVerificationQueue(handle.db, admin)).items.find((entry) => entry.applicationId === applicationId);
    expect(item?.evidence).toMatchObject({ fullMatch: true });
  });

  it("approves an application: the member is verified, holds the NPI, is told by mail, and the audit log says who", async () => {
    const { applicationId, userId, form } = await applicant({ registryAnswer: "match" });
    await decideVerification(services(), admin, { applicationId: String(applicationId), decision: "approve", reason: "" });
    const user = await handle.client.execute({ sql: "select verification_status, npi, first_run_due_at from users where id = ?", args: [userId] });
    // first_run_due_at: the home page sends the new member to the first-run page (/start).
    expect(user.rows[0]).toMatchObject({ verification_status: "verified", npi: form.npi, first_run_due_at: expect.any(Number) });
    const audit = await handle.client.execute({ sql: "select actor_id from audit_log where target_id = ? and action = 'verification.approve'", args: [userId] });
    expect(Number(audit.rows[0]?.actor_id)).toBe(admin.userId);
    expect((await latestMailTo(handle.client, form.email!))?.subject).toBe("Your Rounds account is verified");
  });

  it("needs a reason to reject and shows that reason to the applicant", async () => {
    const { applicationId, userId } = await applicant({ registryAnswer: "mismatch" });
    await expect(decideVerification(services(), admin, { applicationId, decision: "reject", reason: "" })).rejects.toMatchObject({
      code: "INVALID",
      fields: { reason: expect.stringContaining("applicant sees this reason") },
    });
    await decideVerification(services(), admin, { applicationId, decision: "reject", reason: "The registry lists a different name; write to us." });
    const status = await loadMemberStatus(handle.db, viewerFor(userId, "x"));
    expect(status).toMatchObject({ verificationStatus: "rejected", reason: "The registry lists a different name; write to us." });
  });

  it("refuses a second verified account for the same NPI", async () => {
    const first = await applicant({ registryAnswer: "match" });
    await decideVerification(services(), admin, { applicationId: first.applicationId, decision: "approve" });
    const form = signupForm({ npi: first.form.npi! });
    await signUp(services(), form, "203.0.113.250");
    const row = await handle.client.execute({ sql: "select a.id from verification_applications a join users u on u.id = a.user_id where u.email = ?", args: [form.email!] });
    await expect(decideVerification(services(), admin, { applicationId: Number(row.rows[0]!.id), decision: "approve" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("is closed to members who are not admins", async () => {
    const member: Viewer = { ...admin, role: "member" };
    await expect(listVerificationQueue(handle.db, member)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideVerification(services(), member, { applicationId: 1, decision: "approve" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
