import { afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { changePseudonym, changePseudonymSchema } from "../../../src/server/auth/account";
import { createAdminSchema, createOrPromoteAdmin } from "../../../src/server/auth/admin-accounts";
import { signUp, signupSchema } from "../../../src/server/auth/signup";
import { decideVerification, verificationDecisionSchema } from "../../../src/server/auth/verification";
import type { Viewer } from "../../../src/server/auth/viewer";
import { createReply, createReplySchema } from "../../../src/server/forum/create-reply";
import { createThread } from "../../../src/server/forum/create-thread";
import { saveDraft, saveDraftSchema } from "../../../src/server/forum/drafts";
import { profileDetailsSchema, updateProfileDetails } from "../../../src/server/forum/profile-details";
import { previewPost, previewPostSchema } from "../../../src/server/forum/preview-post";
import { editThread, editThreadSchema } from "../../../src/server/forum/edit-post";
import { markCaseSolved, solveCaseSchema } from "../../../src/server/forum/solve-case";
import { adjudicateCase, adjudicateCaseSchema } from "../../../src/server/differentials/adjudicate-case";
import { submitDifferential, submitDifferentialSchema } from "../../../src/server/differentials/submit-differential";
import { caseSchema, discussionSchema, pollSchema } from "../../../src/server/forum/thread-kinds";
import { imageUploadSchema, uploadImage } from "../../../src/server/images/upload-image";
import { flagPost, flagPostSchema } from "../../../src/server/moderation/flags";
import { removeImageSchema, removePostImage } from "../../../src/server/moderation/remove-image";
import { moderateMember, moderateMemberSchema } from "../../../src/server/moderation/member-actions";
import { moderatePost, moderatePostSchema } from "../../../src/server/moderation/post-actions";
import { revealAnonymousAuthor, revealAuthorSchema } from "../../../src/server/moderation/reveal-author";
import { moderateThread, moderateThreadSchema } from "../../../src/server/moderation/thread-actions";
import { attachImageRow, createPhysician, createThread as seedThread, giveSecondFactor } from "../../fixtures/factories";
import { createViewer } from "../../fixtures/viewers";
import { removeMemberSecondFactor, removeMemberSecondFactorSchema } from "../../../src/server/auth/second-factor";
import { accountServices, freshNpi, signupForm } from "../../support/accounts";
import { exportedSchemas, stringFieldsIn } from "../../support/schema-walk";
import { createTestDatabase } from "../../support/test-database";
import { makePng } from "../../support/png";
import { startR2Bucket } from "../../support/r2-bucket";

/*
 * Proof, field by field, that every scanned free-text field is refused through the domain
 * function that accepts it when it holds a record number. The walk finds every field marked
 * scannedText(); a field no probe below reaches fails the last test, so a new free-text field
 * needs a probe here as well as its mark.
 */
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
let clock = Date.UTC(2026, 10, 1);
const tick = () => (clock += 10 * 60_000);

const IDENTIFIER = "MRN 00482913";
const withIdentifier = (text: string) => `${text} ${IDENTIFIER}, seen twice this month.`;

interface Probe {
  name: string;
  schema: z.ZodType;
  /** Dotted path of the field in the schema ("options.*" for each option). */
  path: string;
  /** Sends the identifier in that field through the domain function; resolves to what it threw. */
  run: () => Promise<unknown>;
  /** The form field the refusal names. */
  field: string;
}

async function member(specialtySlug = "cardiology"): Promise<Viewer> {
  return createViewer(db, { user: { specialtySlug } });
}

const thread = (kind: "discussion" | "case" | "poll", overrides: Record<string, unknown>) => {
  const base: Record<string, Record<string, unknown>> = {
    discussion: { channel: "cardiology", title: "Apixaban restart after a GI bleed", body: "Man in his 70s, upper GI bleed on apixaban. When do you restart?" },
    case: {
      kind: "case",
      channel: "cardiology",
      title: "Syncope with a long QT on the ECG",
      ageBand: "60–64",
      sex: "female",
      presentingProblem: "Two episodes of syncope.",
      history: "None relevant.",
      findings: "QTc 520 ms.",
      triedSoFar: "Magnesium.",
      question: "Would you implant an ICD now?",
    },
    poll: { kind: "poll", channel: "cardiology", title: "Which DOAC after a GI bleed?", body: "", options: ["Apixaban", "Rivaroxaban"], duration: "1w" },
  };
  return { ...base[kind], ...overrides };
};

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: unknown) => error,
  );

const caseField = (name: string): Probe => ({
  name: `case ${name}`,
  schema: caseSchema,
  path: name,
  field: name,
  run: async () => refusal(createThread(db, await member(), thread("case", { [name]: withIdentifier("Details:") }), tick())),
});

const probes: Probe[] = [
  {
    name: "thread title",
    schema: discussionSchema,
    path: "title",
    field: "title",
    run: async () => refusal(createThread(db, await member(), thread("discussion", { title: `Chest pain, ${IDENTIFIER}` }), tick())),
  },
  {
    name: "discussion body",
    schema: discussionSchema,
    path: "body",
    field: "body",
    run: async () => refusal(createThread(db, await member(), thread("discussion", { body: withIdentifier("Chest pain at rest, troponin rising.") }), tick())),
  },
  ...["presentingProblem", "history", "findings", "triedSoFar", "question"].map(caseField),
  {
    name: "poll context",
    schema: pollSchema,
    path: "body",
    field: "body",
    run: async () => refusal(createThread(db, await member(), thread("poll", { body: withIdentifier("Context:") }), tick())),
  },
  {
    name: "poll option",
    schema: pollSchema,
    path: "options.*",
    field: "option2",
    run: async () => refusal(createThread(db, await member(), thread("poll", { options: ["Apixaban", IDENTIFIER] }), tick())),
  },
  {
    name: "reply",
    schema: createReplySchema,
    path: "body",
    field: "body",
    run: async () => {
      const author = await member();
      const { threadId } = await seedThread(db, { authorId: author.userId });
      return refusal(createReply(db, await member(), { threadId, body: withIdentifier("Same here.") }, tick()));
    },
  },
  {
    name: "edited thread body",
    schema: editThreadSchema,
    path: "body",
    field: "body",
    run: async () => {
      const author = await member();
      const { id } = await createThread(db, author, thread("discussion", {}), tick());
      return refusal(editThread(db, author, { threadId: id, title: "Apixaban restart after a GI bleed", body: withIdentifier("Edited: he is stable now.") }, tick()));
    },
  },
  {
    name: "case outcome note",
    schema: solveCaseSchema,
    path: "outcomeNote",
    field: "outcomeNote",
    run: async () => {
      const author = await member();
      const { id } = await createThread(db, author, thread("case", {}), tick());
      const answer = await createReply(db, await member(), { threadId: id, body: "Implant: secondary prevention." }, tick());
      return refusal(markCaseSolved(db, author, { threadId: id, commentId: answer.id, outcomeNote: withIdentifier("ICD placed.") }, tick()));
    },
  },
  {
    name: "case final diagnosis at solving",
    schema: solveCaseSchema,
    path: "finalDiagnosis",
    field: "finalDiagnosis",
    run: async () => {
      const author = await member();
      const { id } = await createThread(db, author, thread("case", {}), tick());
      const answer = await createReply(db, await member(), { threadId: id, body: "Implant: secondary prevention." }, tick());
      return refusal(markCaseSolved(db, author, { threadId: id, commentId: answer.id, finalDiagnosis: withIdentifier("ARVC") }, tick()));
    },
  },
  {
    name: "differential diagnosis",
    schema: submitDifferentialSchema,
    path: "items.*.diagnosis",
    field: "diagnosis1",
    run: async () => {
      const { id } = await createThread(db, await member(), thread("case", {}), tick());
      return refusal(submitDifferential(db, await member(), { threadId: String(id), diagnosis1: withIdentifier("ARVC"), probability1: "40" }, tick()));
    },
  },
  ...(["finalDiagnosis", "reason"] as const).map((path) => ({
    name: `adjudication ${path}`,
    schema: adjudicateCaseSchema,
    path,
    field: path,
    run: async () => {
      const author = await member();
      const { id } = await createThread(db, author, thread("case", {}), tick());
      const answer = await createReply(db, await member(), { threadId: id, body: "Implant: secondary prevention." }, tick());
      await markCaseSolved(db, author, { threadId: id, commentId: answer.id }, tick());
      const texts = { finalDiagnosis: "ARVC", reason: "", [path]: withIdentifier("ARVC") };
      return refusal(adjudicateCase(db, author, { threadId: id, ...texts }, tick()));
    },
  })),
  {
    name: "server draft",
    schema: saveDraftSchema,
    path: "values.*",
    field: "body",
    run: async () => refusal(saveDraft(db, await member(), { key: "new-thread", values: { body: withIdentifier("Draft:") } }, tick())),
  },
  {
    name: "reply box preview",
    schema: previewPostSchema,
    path: "body",
    field: "body",
    run: async () => refusal(member().then((viewer) => previewPost(viewer, { body: withIdentifier("Preview:") }))),
  },
  {
    name: "pseudonym at sign-up",
    schema: signupSchema,
    path: "pseudonym",
    field: "pseudonym",
    run: () => refusal(signUp(accountServices(db), signupForm({ pseudonym: "mrn_00482913" }), "203.0.113.9")),
  },
  {
    name: "pseudonym change",
    schema: changePseudonymSchema,
    path: "pseudonym",
    field: "pseudonym",
    run: async () => refusal(changePseudonym(accountServices(db), await member(), { pseudonym: "mrn_00482913" })),
  },
  {
    name: "profile bio",
    schema: profileDetailsSchema,
    path: "bio",
    field: "bio",
    run: async () => refusal(updateProfileDetails(db, await member(), { bio: withIdentifier("Nephrologist.") })),
  },
  {
    name: "profile practice setting",
    schema: profileDetailsSchema,
    path: "practiceSetting",
    field: "practiceSetting",
    run: async () => refusal(updateProfileDetails(db, await member(), { practiceSetting: withIdentifier("Rural clinic") })),
  },
  {
    name: "administrator's pseudonym",
    schema: createAdminSchema,
    path: "pseudonym",
    field: "pseudonym",
    run: () => refusal(createOrPromoteAdmin(db, { email: "chief@example.org", pseudonym: "mrn_00482913", password: "tachycardia at midnight" }, tick())),
  },
];

const someoneElsesReply = async () => {
  const author = await member();
  const { threadId, commentIds } = await seedThread(db, {
    authorId: author.userId,
    channelSlug: "general",
    comments: [{ parentIndex: null, authorId: author.userId, bodySource: "Repeat the lactate.", createdAt: clock }],
  });
  return { threadId, replyId: commentIds[0]!, authorId: author.userId };
};
const moderationProbes: Probe[] = [
  {
    name: "image description",
    schema: imageUploadSchema,
    path: "alt",
    field: "alt",
    // The description is screened before the file is read or stored, so an empty bucket suffices.
    run: async () => {
      const r2 = await startR2Bucket();
      try {
        return await refusal(uploadImage(db, r2.bucket, await member(), { image: makePng(4, 4), fields: { alt: withIdentifier("ECG of") } }, tick()));
      } finally {
        await r2.stop();
      }
    },
  },
  {
    name: "flag note",
    schema: flagPostSchema,
    path: "note",
    field: "note",
    run: async () =>
      refusal(
        flagPost(db, await member(), { targetType: "comment", targetId: (await someoneElsesReply()).replyId, reason: "other", note: withIdentifier("Names the patient:") }, tick()),
      ),
  },
  {
    name: "image removal reason",
    schema: removeImageSchema,
    path: "reason",
    field: "reason",
    run: async () => {
      const { replyId, authorId } = await someoneElsesReply();
      const imageKey = await attachImageRow(db, { ownerId: authorId, commentId: replyId });
      return refusal(removePostImage(db, await createViewer(db, { role: "moderator" }), { imageKey, reason: withIdentifier("Shows") }, tick()));
    },
  },
  {
    name: "post action reason",
    schema: moderatePostSchema,
    path: "reason",
    field: "reason",
    run: async () =>
      refusal(
        moderatePost(
          db,
          await createViewer(db, { role: "moderator" }),
          { targetType: "comment", targetId: (await someoneElsesReply()).replyId, action: "remove", reason: withIdentifier("Removed:") },
          tick(),
        ),
      ),
  },
  {
    name: "thread action reason",
    schema: moderateThreadSchema,
    path: "reason",
    field: "reason",
    run: async () =>
      refusal(
        moderateThread(
          db,
          await createViewer(db, { role: "moderator" }),
          { threadId: (await someoneElsesReply()).threadId, action: "lock", reason: withIdentifier("Locked:") },
          tick(),
        ),
      ),
  },
  {
    name: "suspension reason",
    schema: moderateMemberSchema,
    path: "reason",
    field: "reason",
    run: async () =>
      refusal(
        moderateMember(
          db,
          await createViewer(db, { role: "moderator" }),
          { userId: (await member()).userId, action: "suspend", days: 3, reason: withIdentifier("Posted") },
          tick(),
        ),
      ),
  },
  {
    name: "verification rejection reason",
    schema: verificationDecisionSchema,
    path: "reason",
    field: "reason",
    run: async () => {
      const userId = await createPhysician(db, { verificationStatus: "pending" });
      const row = await handle.client.execute({
        sql: "insert into verification_applications (user_id, npi, status, created_at) values (?, ?, 'pending', ?) returning id",
        args: [userId, freshNpi(), clock],
      });
      return refusal(
        decideVerification(accountServices(db), await createViewer(db, { role: "admin" }), {
          applicationId: Number(row.rows[0]!.id),
          decision: "reject",
          reason: withIdentifier("Rejected:"),
        }),
      );
    },
  },
  {
    name: "second-factor recovery reason",
    schema: removeMemberSecondFactorSchema,
    path: "reason",
    field: "reason",
    run: async () => {
      const locked = await member();
      await giveSecondFactor(db, locked.userId);
      return refusal(
        removeMemberSecondFactor(accountServices(db), await createViewer(db, { role: "admin" }), { pseudonym: locked.pseudonym, reason: withIdentifier("Checked by phone:") }),
      );
    },
  },
  {
    name: "reveal reason",
    schema: revealAuthorSchema,
    path: "reason",
    field: "reason",
    run: async () => {
      const author = await member();
      const { threadId } = await seedThread(db, { authorId: author.userId, channelSlug: "general", isAnonymous: true });
      return refusal(
        revealAnonymousAuthor(db, await createViewer(db, { role: "admin" }), { targetType: "thread", targetId: threadId, reason: withIdentifier("Need to know because") }, tick()),
      );
    },
  },
];

/** The field names a refusal points at: PHI spans for posts, field messages for pseudonyms. */
function namedFields(error: unknown): string[] {
  const e = error as { code?: string; flaggedSpans?: Record<string, unknown>; fields?: Record<string, unknown> };
  return [...Object.keys(e.flaggedSpans ?? {}), ...Object.keys(e.fields ?? {})];
}

describe("every scanned field refuses a patient identifier through its domain function", () => {
  for (const probe of [...probes, ...moderationProbes]) {
    it(`${probe.name}: refused, naming the field`, async () => {
      const error = await probe.run();
      expect(error).toMatchObject({ code: expect.stringMatching(/^(PHI_DETECTED|INVALID)$/) });
      expect(namedFields(error)).toContain(probe.field);
    });
  }

  it("every field marked scannedText() has a probe above", () => {
    const modules = import.meta.glob<Record<string, unknown>>("../../../src/server/**/*.ts", { eager: true });
    const probed = new Set(
      [...probes, ...moderationProbes].flatMap((probe) =>
        stringFieldsIn(probe.schema)
          .filter((f) => f.path === probe.path && f.mark === "scanned")
          .map((f) => f.markedSchema),
      ),
    );
    const unprobed = exportedSchemas(modules).flatMap(({ where, schema }) =>
      stringFieldsIn(schema)
        .filter((field) => field.mark === "scanned" && !probed.has(field.markedSchema))
        .map((field) => `${where} ${field.path}`),
    );
    expect(unprobed).toEqual([]);
  });
});
