import { Hono } from "hono";
import { verifiedMembersOnly, type ApiEnv } from "./context";

/** The signed-in member as the API sees them: pseudonym and role, nothing private. */
export const meRoutes = new Hono<ApiEnv>().use(verifiedMembersOnly).get("/", (c) => {
  const viewer = c.get("viewer")!;
  return c.json({ pseudonym: viewer.pseudonym, role: viewer.role });
});
