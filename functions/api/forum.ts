import { Hono } from "hono";
import { castVote } from "../../src/server/forum/cast-vote";
import { createReply } from "../../src/server/forum/create-reply";
import { createThread } from "../../src/server/forum/create-thread";
import { saveDraft } from "../../src/server/forum/drafts";
import { resolveCitationsAfterResponse } from "../../src/lib/evidence-after-posting";
import { afterResponse, databaseFor, fanOutFor, jsonBody, tellLive, verifiedMembersOnly, type ApiEnv } from "./context";

/** Posting and voting for fetch clients (the pages' enhanced forms); same rules as the forms. */
export const forumRoutes = new Hono<ApiEnv>()
  .post("/threads", verifiedMembersOnly, async (c) => {
    const thread = await createThread(databaseFor(c), c.get("viewer"), await jsonBody(c), Date.now(), fanOutFor(c));
    resolveCitationsAfterResponse(afterResponse(c), c.env, thread.citedReferences);
    return c.json({ id: thread.id, url: `/t/${thread.id}/${thread.slug}` }, 201);
  })
  .post("/replies", verifiedMembersOnly, async (c) => {
    const reply = await createReply(databaseFor(c), c.get("viewer"), await jsonBody(c), Date.now(), fanOutFor(c));
    tellLive(c, { kind: "reply", threadId: reply.threadId, postId: reply.id });
    resolveCitationsAfterResponse(afterResponse(c), c.env, reply.citedReferences);
    return c.json({ id: reply.id }, 201);
  })
  .post("/drafts", verifiedMembersOnly, async (c) => {
    await saveDraft(databaseFor(c), c.get("viewer"), await jsonBody(c), Date.now());
    return c.json({ ok: true });
  })
  .post("/votes", verifiedMembersOnly, async (c) => {
    const { post, ...vote } = await castVote(databaseFor(c), c.get("viewer"), await jsonBody(c), Date.now());
    tellLive(c, { kind: "vote", threadId: post.threadId, postType: post.type, postId: post.id, score: vote.score });
    return c.json(vote);
  });
