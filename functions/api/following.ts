import { Hono } from "hono";
import { loadBookmarks, setBookmark } from "../../src/server/follow/bookmarks";
import { setChannelFollow, setThreadFollow } from "../../src/server/follow/follows";
import { loadNotifications, markAllNotificationsRead, openNotification } from "../../src/server/notifications/inbox";
import { beforeParam } from "../../src/lib/request-context";
import { databaseFor, jsonBody, jsonObjectBody, verifiedMembersOnly, type ApiEnv } from "./context";

/** The body's fields with the path's own on top (the path names the target). */
async function bodyWith(c: Parameters<typeof jsonBody>[0], fromPath: Record<string, string>): Promise<Record<string, unknown>> {
  return { ...(await jsonObjectBody(c)), ...fromPath };
}

/** A body that may be absent (an action with no fields); when present it must be JSON. */
async function optionalBody(c: Parameters<typeof jsonBody>[0]): Promise<unknown> {
  return c.req.raw.body ? jsonBody(c) : {};
}

/** Notifications, following, muting and bookmarks for fetch clients; the pages' rules as JSON. */
export const followingRoutes = new Hono<ApiEnv>()
  .get("/notifications", verifiedMembersOnly, async (c) => c.json(await loadNotifications(databaseFor(c), c.get("viewer"), beforeParam(c.req.query("before")))))
  .post("/notifications/read-all", verifiedMembersOnly, async (c) => c.json(await markAllNotificationsRead(databaseFor(c), c.get("viewer"), await optionalBody(c), Date.now())))
  .post("/notifications/:id/open", verifiedMembersOnly, async (c) =>
    c.json(await openNotification(databaseFor(c), c.get("viewer"), await bodyWith(c, { id: c.req.param("id") }), Date.now())),
  )
  .post("/follows/threads/:id", verifiedMembersOnly, async (c) =>
    c.json(await setThreadFollow(databaseFor(c), c.get("viewer"), await bodyWith(c, { threadId: c.req.param("id") }), Date.now())),
  )
  .post("/follows/channels/:slug", verifiedMembersOnly, async (c) =>
    c.json(await setChannelFollow(databaseFor(c), c.get("viewer"), await bodyWith(c, { channel: c.req.param("slug") }), Date.now())),
  )
  .get("/bookmarks", verifiedMembersOnly, async (c) => c.json(await loadBookmarks(databaseFor(c), c.get("viewer"), beforeParam(c.req.query("before")))))
  .post("/bookmarks/:threadId", verifiedMembersOnly, async (c) =>
    c.json(await setBookmark(databaseFor(c), c.get("viewer"), await bodyWith(c, { threadId: c.req.param("threadId") }), Date.now())),
  );
