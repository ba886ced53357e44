import type { MiddlewareHandler } from "hono";
import { checkBodyText, readLimitedBody } from "../../src/lib/request-body";
import type { ApiEnv } from "./context";

/**
 * Every API body passes src/lib/request-body.ts before a handler sees it: at most 64 KB (413),
 * UTF-8 without NUL (400). The checked bytes are handed back as the request's body, the way
 * Hono's own bodyLimit middleware does, so handlers read it with `c.req.json()` as before.
 */
export const checkedBody: MiddlewareHandler<ApiEnv> = async (c, next) => {
  if (!c.req.raw.body) return next();
  const bytes = await readLimitedBody(c.req.raw);
  checkBodyText(bytes, c.req.header("content-type") ?? null);
  c.req.raw = new Request(c.req.raw, { body: bytes });
  await next();
};
