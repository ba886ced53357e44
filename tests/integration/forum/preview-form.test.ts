import { afterAll, describe, expect, it } from "vitest";
import { isDomainError } from "../../../src/server/errors";
import { previewForm } from "../../../src/server/forum/preview-post";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

/**
 * The composer's and the edit forms' Preview button without JavaScript (previewForm) screens every
 * text field as posting does: a patient identifier refuses the preview, naming the field and its
 * span, and nothing is rendered; what only warns is listed beside the rendered preview.
 */
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("the preview was not refused");
}

describe("previewing a form without JavaScript", () => {
  it("refuses a discussion whose body holds a record number, with the span in the body field", async () => {
    const viewer = await createViewer(db);
    const body = "Syncope on exertion, MRN 00482913, seen twice this month.";
    const error = refusal(() => previewForm(viewer, { kind: "discussion", title: "Exertional syncope", body }));
    expect(isDomainError(error) && error.code).toBe("PHI_DETECTED");
    const span = isDomainError(error) ? error.flaggedSpans?.body?.find((s) => s.level === "block") : undefined;
    expect(span && body.slice(span.start, span.end)).toBe("00482913");
  });

  it("refuses a case whose history names the patient, naming the history field", async () => {
    const viewer = await createViewer(db);
    const error = refusal(() =>
      previewForm(viewer, {
        kind: "case",
        title: "Long QT",
        ageBand: "40-49",
        sex: "Female",
        presentingProblem: "Syncope while swimming.",
        history: "Mrs Evangeline Whitcombe, lives alone.",
        findings: "QTc 520 ms.",
        triedSoFar: "Stopped citalopram.",
        question: "Genetic testing first?",
      }),
    );
    expect(isDomainError(error) ? Object.keys(error.flaggedSpans ?? {}) : []).toEqual(["history"]);
  });

  it("renders a case from its fields when nothing identifies the patient", async () => {
    const viewer = await createViewer(db);
    const preview = previewForm(viewer, {
      kind: "case",
      title: "Long QT",
      ageBand: "40-49",
      sex: "Female",
      presentingProblem: "Syncope while swimming.",
      history: "No family history known.",
      findings: "QTc 520 ms.",
      triedSoFar: "Stopped citalopram.",
      question: "Genetic testing first?",
    });
    expect(preview.html).toContain("Syncope while swimming.");
    expect(preview.html).toContain("QTc 520 ms.");
  });

  it("refuses a visitor who is not a verified member", () => {
    const error = refusal(() => previewForm(null, { body: "Anything." }));
    expect(isDomainError(error) && error.code).not.toBe("PHI_DETECTED");
  });
});
