import { Hono } from "hono";
import { deleteReply, deleteThread, editReply, editThread } from "../../src/server/forum/edit-post";
import { resolveCitationsAfterResponse } from "../../src/lib/evidence-after-posting";
import { afterResponse, databaseFor, jsonObjectBody, tellLive, verifiedMembersOnly, type ApiEnv } from "./context";

/**
 * Editing and deleting one's own posts, for fetch clients; the same domain rules as the edit and
 * delete pages. DELETE requests carry `Content-Type: application/json` too (the CSRF guard asks
 * it of every state-changing API request), with or without a body. An edit answers 409 CONFLICT
 * when the post changed since `expectedEditedAt`; the client keeps the member's text.
 */
export const editRoutes = new Hono<ApiEnv>()
  .patch("/threads/:id", verifiedMembersOnly, async (c) => {
    const input = { ...(await jsonObjectBody(c)), threadId: c.req.param("id") };
    const edit = await editThread(databaseFor(c), c.get("viewer"), input, Date.now());
    if (edit.changed) tellLive(c, { kind: "edit", threadId: edit.id, postType: "thread", postId: edit.id });
    resolveCitationsAfterResponse(afterResponse(c), c.env, edit.citedReferences);
    return c.json({ id: edit.id, url: `/t/${edit.id}/${edit.slug}`, changed: edit.changed, editedAt: edit.editedAt });
  })
  .patch("/replies/:id", verifiedMembersOnly, async (c) => {
    const input = { ...(await jsonObjectBody(c)), commentId: c.req.param("id") };
    const edit = await editReply(databaseFor(c), c.get("viewer"), input, Date.now());
    if (edit.changed) tellLive(c, { kind: "edit", threadId: edit.threadId, postType: "comment", postId: edit.id });
    resolveCitationsAfterResponse(afterResponse(c), c.env, edit.citedReferences);
    return c.json({
      id: edit.id,
      threadId: edit.threadId,
      url: `/t/${edit.threadId}/${edit.threadSlug}#reply-${edit.id}`,
      changed: edit.changed,
      editedAt: edit.editedAt,
    });
  })
  .delete("/threads/:id", verifiedMembersOnly, async (c) => {
    const deletion = await deleteThread(databaseFor(c), c.get("viewer"), { threadId: c.req.param("id") }, Date.now());
    tellLive(c, { kind: "close", threadId: deletion.id });
    return c.json({ id: deletion.id, deleted: true, alreadyDeleted: deletion.alreadyDeleted, url: `/c/${deletion.channelSlug}` });
  })
  .delete("/replies/:id", verifiedMembersOnly, async (c) => {
    const deletion = await deleteReply(databaseFor(c), c.get("viewer"), { commentId: c.req.param("id") }, Date.now());
    if (!deletion.alreadyDeleted) tellLive(c, { kind: "edit", threadId: deletion.threadId, postType: "comment", postId: deletion.id });
    return c.json({
      id: deletion.id,
      deleted: true,
      alreadyDeleted: deletion.alreadyDeleted,
      url: `/t/${deletion.threadId}/${deletion.threadSlug}#reply-${deletion.id}`,
    });
  });
