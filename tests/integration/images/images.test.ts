import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { createReply } from "../../../src/server/forum/create-reply";
import { createThread } from "../../../src/server/forum/create-thread";
import { deleteThread } from "../../../src/server/forum/edit-post";
import { loadThreadPage } from "../../../src/server/forum/thread-page";
import { findServableImage } from "../../../src/server/images/serve-image";
import { pruneImages } from "../../../src/server/images/prune-images";
import { uploadImage } from "../../../src/server/images/upload-image";
import { flagPost } from "../../../src/server/moderation/flags";
import { moderatePost } from "../../../src/server/moderation/post-actions";
import { composerImagesFrom } from "../../../src/lib/composer-images";
import { loadPostForModeration } from "../../../src/server/moderation/mod-post";
import { removePostImage } from "../../../src/server/moderation/remove-image";
import { updateLimitSetting } from "../../../src/server/moderation/limit-settings";
import { createPhysician } from "../../fixtures/factories";
import { makePng } from "../../support/png";
import { startR2Bucket } from "../../support/r2-bucket";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
const { db } = handle;
let r2: Awaited<ReturnType<typeof startR2Bucket>>;
beforeAll(async () => {
  r2 = await startR2Bucket();
});
afterAll(async () => {
  await r2.stop();
  handle.client.close();
});

let clock = Date.UTC(2026, 10, 1);
/** Each write a few minutes apart, so posting limits never interfere with what a test asserts. */
const tick = () => (clock += 5 * 60_000);

async function physician(role: Viewer["role"] = "member"): Promise<Viewer> {
  const pseudonym = `imager_${Math.floor(Math.random() * 1e9)}`;
  const userId = await createPhysician(db, { pseudonym, role });
  return { userId, pseudonym, role, verificationStatus: "verified", emailConfirmed: true, moderatedChannelIds: [], suspendedUntil: null, memberSince: 0, unreadNotifications: 0 };
}

const ecg = (text: Record<string, string> = {}) => makePng(40, 30, text);
const upload = (viewer: Viewer | null, image: Uint8Array, alt = "12-lead ECG, sinus rhythm with a wide QRS", extra: Record<string, unknown> = {}) =>
  uploadImage(db, r2.bucket, viewer, { image, fields: { alt, ...extra } }, tick());

async function storedBytes(key: string): Promise<Uint8Array> {
  const object = await r2.bucket.get(`img/${key}`);
  if (!object) throw new Error("no object");
  return new Uint8Array(await new Response(object.body).arrayBuffer());
}

const contains = (hay: Uint8Array, needle: string) => Buffer.from(hay).includes(Buffer.from(needle));

describe("uploading an image", () => {
  it("stores the image under a random key with its text chunks removed and its pixels intact", async () => {
    const author = await physician();
    const png = ecg({ Author: "Dorothea Vandersloot", Comment: "MRN 00482913" });
    const image = await upload(author, png);
    expect(image.key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect([image.width, image.height]).toEqual([40, 30]);
    const stored = await storedBytes(image.key);
    expect(contains(png, "Vandersloot")).toBe(true);
    expect(contains(stored, "Vandersloot")).toBe(false);
    expect(contains(stored, "00482913")).toBe(false);
    expect(contains(stored, "IDAT")).toBe(true);
    expect(stored.byteLength).toBeLessThan(png.byteLength);
  });

  it("names a DICOM file and refuses it, storing nothing", async () => {
    const author = await physician();
    const dicom = new Uint8Array(300);
    dicom.set(new TextEncoder().encode("DICM"), 128);
    const before = await r2.keys();
    await expect(upload(author, dicom)).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/DICOM/) });
    expect(await r2.keys()).toEqual(before);
  });

  it("refuses a GIF that calls itself a PNG, by its bytes", async () => {
    const author = await physician();
    const gif = new TextEncoder().encode("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;");
    await expect(upload(author, gif)).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/GIF|not a JPEG, PNG or WebP/) });
  });

  it("refuses an image larger than 3000 pixels on its long edge, saying its size", async () => {
    const author = await physician();
    await expect(upload(author, makePng(3001, 1))).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("3001 × 1 pixels") });
  });

  it("refuses a description that carries a record number, highlighting it, and stores nothing", async () => {
    const author = await physician();
    const before = await r2.keys();
    const failure = await upload(author, ecg(), "ECG of MRN 00482913 on admission").catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "PHI_DETECTED" });
    expect((failure as { flaggedSpans: Record<string, unknown[]> }).flaggedSpans.alt?.length).toBeGreaterThan(0);
    expect(await r2.keys()).toEqual(before);
  });

  it("refuses a visitor, and an upload without a description", async () => {
    await expect(upload(null, ecg())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const author = await physician();
    await expect(upload(author, ecg(), "")).rejects.toMatchObject({ code: "INVALID", fields: { alt: expect.any(String) } });
  });

  it("holds a member to the daily image limit an admin set, and counts nothing for the refused upload", async () => {
    const admin = await physician("admin");
    await updateLimitSetting(db, admin, { name: "image_day", limit: "2", windowSeconds: "86400" }, tick());
    try {
      const author = await physician();
      await upload(author, ecg());
      await upload(author, ecg());
      await expect(upload(author, ecg())).rejects.toMatchObject({ code: "RATE_LIMITED", message: expect.stringContaining("2 image uploads per day") });
    } finally {
      await handle.client.execute("delete from rate_limit_settings where name = 'image_day'");
    }
  });
});

describe("what an upload records", () => {
  it("records a face's consent like a 'not patient information' confirmation, naming the image and never holding it", async () => {
    const author = await physician();
    const image = await upload(author, ecg(), "Rash on the forearm, consented", { faceConsent: "on" });
    const rows = await handle.client.execute({
      sql: "select c.target_type, c.categories, c.user_id from phi_confirmations c join images i on i.id = c.target_id where c.target_type = 'image' and i.key = ?",
      args: [image.key],
    });
    expect(rows.rows.map((row) => [row.target_type, row.categories, Number(row.user_id)])).toEqual([["image", "face", author.userId]]);
  });

  it("holds a member to the daily kilobyte limit an admin set, naming it", async () => {
    const admin = await physician("admin");
    await updateLimitSetting(db, admin, { name: "image_kb_day", limit: "1", windowSeconds: "86400" }, tick());
    try {
      const author = await physician();
      // Each small upload counts as 1 KB (kilobytes are rounded up): the first fits, the second does not.
      await upload(author, makePng(8, 8));
      await expect(upload(author, makePng(8, 8))).rejects.toMatchObject({ code: "RATE_LIMITED", message: expect.stringContaining("1 KB of images per day") });
    } finally {
      await handle.client.execute("delete from rate_limit_settings where name = 'image_kb_day'");
    }
  });
});

describe("who sees an image", () => {
  it("shows a pending upload to its owner only, and never to a visitor", async () => {
    const author = await physician();
    const other = await physician();
    const { key } = await upload(author, ecg());
    await expect(findServableImage(db, author, key, "full")).resolves.toMatchObject({ objectKey: `img/${key}`, contentType: "image/png" });
    await expect(findServableImage(db, other, key, "full")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findServableImage(db, null, key, "full")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("publishes a reply's images to members, in the thread page, and hides them with the reply once it is flagged as patient information", async () => {
    const author = await physician();
    const reader = await physician();
    const flagger = await physician();
    const { id: threadId } = await createThread(
      db,
      author,
      { channel: "cardiology", title: "Wide complex rhythm at rest", body: "Which of these would you cardiovert first?" },
      tick(),
    );
    const first = await upload(reader, ecg());
    const second = await upload(reader, makePng(20, 60));
    const { id: replyId } = await createReply(db, reader, { threadId, body: "Both tracings from the same admission.", images: [first.key, second.key] }, tick());
    const page = await loadThreadPage(db, author, threadId, { sort: "old" }, tick());
    const reply = page.comments.find((node) => node.id === replyId);
    expect(reply?.images.map((image) => [image.key, image.width, image.height])).toEqual([
      [first.key, 40, 30],
      [second.key, 20, 60],
    ]);
    await expect(findServableImage(db, author, first.key, "thumb")).resolves.toMatchObject({ objectKey: `img/${first.key}` });

    await flagPost(db, flagger, { targetType: "comment", targetId: replyId, reason: "patient_information" }, tick());
    await expect(findServableImage(db, author, first.key, "full")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const hidden = await loadThreadPage(db, author, threadId, { sort: "old" }, tick());
    expect(hidden.comments.find((node) => node.id === replyId)?.images ?? []).toEqual([]);
  });

  it("refuses to attach someone else's upload, or one already attached, and keeps the post unwritten", async () => {
    const author = await physician();
    const other = await physician();
    const { key } = await upload(other, ecg());
    await expect(createThread(db, author, { channel: "cardiology", title: "Borrowed tracing", body: "Is this Brugada type 1?", images: [key] }, tick())).rejects.toMatchObject({
      code: "NOT_FOUND",
      fields: { images: expect.stringContaining("no longer available") },
    });
    const mine = await upload(author, ecg());
    await createThread(db, author, { channel: "cardiology", title: "My own tracing", body: "Is this Brugada type 1?", images: mine.key }, tick());
    await expect(
      createThread(db, author, { channel: "cardiology", title: "The same tracing again", body: "Second opinion on this tracing, please?", images: [mine.key] }, tick()),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a seventh image on one post, saying how many to remove", async () => {
    const author = await physician();
    const keys = Array.from({ length: 7 }, (_, i) => `${"a".repeat(21)}${i}`);
    await expect(
      createThread(db, author, { channel: "cardiology", title: "Seven films", body: "Serial chest films over one admission.", images: keys }, tick()),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("Remove 1"),
    });
  });
});

describe("an image of a post that is no longer shown", () => {
  it("is not served once its author deletes the post, or once a moderator removes it", async () => {
    const author = await physician();
    const moderator = await physician("moderator");
    const deletedFilm = await upload(author, ecg());
    const { id: deleted } = await createThread(
      db,
      author,
      { channel: "cardiology", title: "Posted in the wrong channel", body: "Sorry, this belongs in radiology.", images: [deletedFilm.key] },
      tick(),
    );
    await deleteThread(db, author, { threadId: deleted }, tick());
    await expect(findServableImage(db, author, deletedFilm.key, "full")).rejects.toMatchObject({ code: "NOT_FOUND" });

    const removedFilm = await upload(author, ecg());
    const { id: removed } = await createThread(
      db,
      author,
      { channel: "cardiology", title: "Film with a visible label", body: "Is this consolidation or atelectasis?", images: [removedFilm.key] },
      tick(),
    );
    await moderatePost(db, moderator, { targetType: "thread", targetId: removed, action: "remove", reason: "The film shows a label" }, tick());
    const reader = await physician();
    await expect(findServableImage(db, reader, removedFilm.key, "thumb")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findServableImage(db, author, removedFilm.key, "full")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a composer form without JavaScript", () => {
  it("keeps the attached images and the typed description when the chosen file is refused, naming the file field", async () => {
    const author = await physician();
    const kept = await upload(author, ecg());
    const form = new FormData();
    form.set("images", kept.key);
    form.set("imageAlt", "Lateral film, day 3");
    form.set("imageFile", new Blob([new TextEncoder().encode("GIF89a\u0001\u0000\u0001\u0000")]), "film.gif");
    const result = await composerImagesFrom(form, { IMAGES: r2.bucket }, db, author, tick());
    expect(result.keys).toEqual([kept.key]);
    expect(result.keptAlt).toBe("Lateral film, day 3");
    expect(result.refusal).toMatchObject({ code: "INVALID", fields: { imageFile: expect.stringMatching(/GIF|JPEG, PNG or WebP/) } });
  });

  it("uploads a chosen file and drops an image ticked for removal", async () => {
    const author = await physician();
    const first = await upload(author, ecg());
    const second = await upload(author, ecg());
    const form = new FormData();
    form.set("images", `${first.key},${second.key}`);
    form.append("removeImage", first.key);
    form.set("imageAlt", "Rhythm strip, lead II");
    form.set("imageFile", new Blob([makePng(10, 10)]), "strip.png");
    const result = await composerImagesFrom(form, { IMAGES: r2.bucket }, db, author, tick());
    expect(result.refusal).toBeNull();
    expect(result.keys).toHaveLength(2);
    expect(result.keys[0]).toBe(second.key);
    expect(result.keys).not.toContain(first.key);
  });
});

describe("pruning images", () => {
  it("deletes expired pending uploads and the images of deleted posts, objects and rows, and keeps live ones", async () => {
    const author = await physician();
    const stale = await upload(author, ecg());
    const live = await upload(author, ecg());
    const gone = await upload(author, ecg());
    const { id: liveThread } = await createThread(
      db,
      author,
      { channel: "cardiology", title: "Kept films", body: "Serial films, still relevant to the case.", images: [live.key] },
      tick(),
    );
    const { id: deletedThread } = await createThread(
      db,
      author,
      { channel: "cardiology", title: "Deleted films", body: "Posted in the wrong thread by mistake.", images: [gone.key] },
      tick(),
    );
    await deleteThread(db, author, { threadId: deletedThread }, tick());
    const result = await pruneImages(db, r2.bucket, clock + 25 * 3600_000);
    expect(result.complete).toBe(true);
    const keys = await r2.keys();
    expect(keys).toContain(`img/${live.key}`);
    expect(keys).not.toContain(`img/${stale.key}`);
    expect(keys).not.toContain(`img/${gone.key}`);
    const rows = await handle.client.execute({ sql: "select key from images where key in (?, ?, ?)", args: [stale.key, live.key, gone.key] });
    expect(rows.rows.map((row) => row.key)).toEqual([live.key]);
    expect((await loadThreadPage(db, author, liveThread, { sort: "old" }, tick())).thread.images.map((image) => image.key)).toEqual([live.key]);
  });
});

describe("a moderator removes one image", () => {
  it("stops serving it, keeps the post's text, lists it no more in the moderator's view, and records the reason against the post", async () => {
    const author = await physician();
    const moderator = await physician("moderator");
    const { id: threadId } = await createThread(
      db,
      author,
      { channel: "cardiology", title: "Bradycardia on a monitor strip", body: "Pacing now or wait for the morning?" },
      tick(),
    );
    const strip = await upload(author, ecg());
    const { id: replyId } = await createReply(db, author, { threadId, body: "Here is the strip from the night shift.", images: [strip.key] }, tick());
    expect((await loadPostForModeration(db, moderator, "comment", replyId, tick())).images.map((image) => image.key)).toEqual([strip.key]);

    await removePostImage(db, moderator, { imageKey: strip.key, reason: "Shows the patient's wristband" }, tick());
    await expect(findServableImage(db, author, strip.key, "full")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const page = await loadThreadPage(db, author, threadId, { sort: "old" }, tick());
    const reply = page.comments.find((node) => node.id === replyId);
    expect(reply?.bodyHtml).toContain("night shift");
    expect(reply?.images).toEqual([]);
    const view = await loadPostForModeration(db, moderator, "comment", replyId, tick());
    expect(view.images).toEqual([]);
    expect(view.history[0]).toMatchObject({ action: "remove_image", reason: "Shows the patient's wristband" });
  });

  it("refuses a reason that names the patient, highlighting it", async () => {
    const author = await physician();
    const moderator = await physician("moderator");
    const { id: threadId } = await createThread(db, author, { channel: "cardiology", title: "Another monitor strip", body: "Second strip from the same night." }, tick());
    const strip = await upload(author, ecg());
    await createReply(db, author, { threadId, body: "Strip attached for the night shift.", images: [strip.key] }, tick());
    await expect(removePostImage(db, moderator, { imageKey: strip.key, reason: "Wristband shows MRN 00482913" }, tick())).rejects.toMatchObject({ code: "PHI_DETECTED" });
    await expect(findServableImage(db, author, strip.key, "full")).resolves.toBeTruthy();
  });
});
