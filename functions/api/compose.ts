import { Hono } from "hono";
import { suggestMentions } from "../../src/server/forum/mention-suggestions";
import { previewPost } from "../../src/server/forum/preview-post";
import { databaseFor, jsonBody, verifiedMembersOnly, type ApiEnv } from "./context";

/**
 * Helpers of the reply box (src/client/reply): GET /api/members/suggest?prefix=… answers
 * `{pseudonyms}` for @ mentions (rate limited per member); POST /api/preview `{body}` answers
 * `{html, warnings}` from the renderer posts are stored with, after the same identifier screen.
 */
export const composeRoutes = new Hono<ApiEnv>()
  .get("/members/suggest", verifiedMembersOnly, async (c) => c.json(await suggestMentions(databaseFor(c), c.get("viewer"), { prefix: c.req.query("prefix") }, Date.now())))
  .post("/preview", verifiedMembersOnly, async (c) => c.json(previewPost(c.get("viewer"), await jsonBody(c))));
