import { Hono } from "hono";
import { searchForum } from "../../src/server/search/search-forum";
import { databaseFor, verifiedMembersOnly, type ApiEnv } from "./context";

/**
 * GET /api/search?q=…&channel=&kind=&solved=&author=&from=&to=&page= — the /search page's
 * results as JSON, from the same domain function. A query the parser cannot read answers 400
 * with a sentence naming the problem. The query is never logged.
 */
export const searchRoutes = new Hono<ApiEnv>().get("/search", verifiedMembersOnly, async (c) =>
  c.json(await searchForum(databaseFor(c), c.get("viewer"), c.req.query(), Date.now())),
);
