import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { users } from "../../../src/server/db/schema";
import { loadDigestPreference, setDigestFrequency } from "../../../src/server/digest/preferences";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";
import { NOW, digestStateOf } from "./digest-fixtures";

const handle = createTestDatabase();
const { db } = handle;
afterAll(() => handle.client.close());

describe("the digest preference", () => {
  it("is weekly by default and saves daily, weekly or off for the member", async () => {
    const viewer = await createViewer(db);
    expect(await loadDigestPreference(db, viewer)).toBe("weekly");
    for (const choice of ["daily", "off", "weekly"] as const) {
      expect(await setDigestFrequency(db, viewer, { digestFrequency: choice })).toBe(choice);
      expect(await loadDigestPreference(db, viewer)).toBe(choice);
    }
  });

  it("leaves when the last digest went out alone, so switching never sends a second one that day", async () => {
    const viewer = await createViewer(db);
    await db.update(users).set({ digestSentAt: NOW }).where(eq(users.id, viewer.userId));
    await setDigestFrequency(db, viewer, { digestFrequency: "daily" });
    expect(await digestStateOf(db, viewer.userId)).toEqual({ frequency: "daily", sentAt: NOW });
  });

  it("refuses an unknown choice and unknown fields by name", async () => {
    const viewer = await createViewer(db);
    await expect(setDigestFrequency(db, viewer, { digestFrequency: "hourly" })).rejects.toMatchObject({
      code: "INVALID",
      fields: { digestFrequency: "Choose daily, weekly or off." },
    });
    await expect(setDigestFrequency(db, viewer, {})).rejects.toMatchObject({ code: "INVALID", fields: { digestFrequency: "Choose daily, weekly or off." } });
    await expect(setDigestFrequency(db, viewer, { digestFrequency: "daily", email: "x@example.org" })).rejects.toMatchObject({
      code: "INVALID",
      fields: { email: 'Unknown field "email".' },
    });
    expect(await loadDigestPreference(db, viewer)).toBe("weekly");
  });

  it("is for verified members only", async () => {
    const pending = await createViewer(db, { user: { verificationStatus: "pending" } });
    await expect(setDigestFrequency(db, pending, { digestFrequency: "daily" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(loadDigestPreference(db, pending)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setDigestFrequency(db, null, { digestFrequency: "daily" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await digestStateOf(db, pending.userId)).toEqual({ frequency: "weekly", sentAt: null });
  });
});
