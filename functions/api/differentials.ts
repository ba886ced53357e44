import { Hono } from "hono";
import { adjudicateCase } from "../../src/server/differentials/adjudicate-case";
import { loadCaseDifferentials } from "../../src/server/differentials/load-differentials";
import { submitDifferential } from "../../src/server/differentials/submit-differential";
import { DomainError } from "../../src/server/errors";
import { databaseFor, jsonObjectBody, verifiedMembersOnly, type ApiEnv } from "./context";

/** A case id from the path, or NOT_FOUND (an id that cannot exist). */
function caseId(value: string | undefined): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new DomainError("NOT_FOUND", "This case does not exist or is no longer available.");
  return id;
}

/**
 * Blind differentials (ADR 0025) for fetch clients; the case page's forms do the same without
 * JavaScript. Reads answer under the blindness rule of src/server/differentials/visibility.ts.
 */
export const differentialRoutes = new Hono<ApiEnv>()
  .get("/cases/:id/differentials", verifiedMembersOnly, async (c) => {
    return c.json(await loadCaseDifferentials(databaseFor(c), c.get("viewer"), caseId(c.req.param("id"))));
  })
  .post("/cases/:id/differential", verifiedMembersOnly, async (c) => {
    const body = await jsonObjectBody(c);
    return c.json(await submitDifferential(databaseFor(c), c.get("viewer"), { ...body, threadId: caseId(c.req.param("id")) }, Date.now()), 201);
  })
  .post("/cases/:id/adjudication", verifiedMembersOnly, async (c) => {
    const body = await jsonObjectBody(c);
    await adjudicateCase(databaseFor(c), c.get("viewer"), { ...body, threadId: caseId(c.req.param("id")) }, Date.now());
    return c.json({ ok: true });
  });
