import { Hono } from "hono";
import { queryObject } from "../../src/lib/page-outcome";
import { searchForum } from "../../src/server/search/search-forum";
import { searchInputSchema } from "../../src/server/search/search-input";
import { databaseFor, verifiedMembersOnly, type ApiEnv } from "./context";

/**
 * GET /api/search?q=…&channel=&kind=&solved=&author=&from=&to=&page= — the /search page's
 * results as JSON, from the same domain function. A query the parser cannot read answers 400
 * with a sentence naming the problem; parameters the search does not read are ignored. The query
 * is never logged.
 */
export const searchRoutes = new Hono<ApiEnv>().get("/search", verifiedMembersOnly, async (c) =>
  c.json(await searchForum(databaseFor(c), c.get("viewer"), queryObject(c.req.query(), searchInputSchema), Date.now())),
);
