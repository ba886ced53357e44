import { defineMiddleware } from "astro:middleware";

/**
 * Every page request starts here. Until accounts land the viewer is always a visitor; the
 * session lookup will be batched with each page's own queries, so it adds no round trip.
 */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.viewer = null;
  return next();
});
