// The adapter's module sets up astro:env's getEnv when it loads; it stays imported for that.
import "@astrojs/cloudflare/handler";
import type { SSRManifest } from "astro";
import type { App } from "astro/app";

type Env = Record<string, unknown> & { ASSETS: { fetch(input: string): Promise<Response> } };

/**
 * The request handler of @astrojs/cloudflare 12.6.13 (`@astrojs/cloudflare/handler`'s `handle`),
 * line for line, except one thing: `locals.runtime.cf` is read from the request when a page asks
 * for it, not on every request.
 *
 * Why: workerd builds `request.cf` by deep-cloning the request's cf object on each read. Under
 * Linux perf (`npx tsx scripts/profile-worker.ts --perf`, home and thread pages, 1 in flight)
 * `CfProperty::getRef` and `CfProperty::deepClone` were 2.7–3.1% of the Worker's whole CPU, for an
 * object only the sign-in pages read (`pageAccountServices`: the country of a new session).
 *
 * Rule: everything else (assets, the route match, the client address, the prerendered error page,
 * Astro's cookies) is the adapter's. An adapter upgrade must be compared with this copy
 * (node_modules/@astrojs/cloudflare/dist/utils/handler.js); ADR 0037.
 */
export async function handle(manifest: SSRManifest, app: App, request: Request, env: Env, context: ExecutionContext): Promise<Response> {
  const { pathname } = new URL(request.url);
  const bindingName = (globalThis as { __ASTRO_SESSION_BINDING_NAME?: string }).__ASTRO_SESSION_BINDING_NAME as string;
  const global = globalThis as { __env__?: Record<string, unknown> };
  global.__env__ ??= {};
  global.__env__[bindingName] = env[bindingName];
  if (manifest.assets.has(pathname)) {
    return env.ASSETS.fetch(request.url.replace(/\.html$/, ""));
  }
  const routeData = app.match(request);
  if (!routeData) {
    const asset = await env.ASSETS.fetch(request.url.replace(/index.html$/, "").replace(/\.html$/, ""));
    if (asset.status !== 404) {
      return asset;
    }
  }
  Reflect.set(request, Symbol.for("astro.clientAddress"), request.headers.get("cf-connecting-ip"));
  let cf: { value: unknown } | undefined;
  const locals = {
    runtime: {
      env,
      /** Read from the request on first use (see above), then kept for the request. */
      get cf() {
        cf ??= { value: (request as Request & { cf?: unknown }).cf };
        return cf.value;
      },
      caches,
      ctx: {
        waitUntil: (promise: Promise<unknown>) => context.waitUntil(promise),
        // Currently not available: https://developers.cloudflare.com/pages/platform/known-issues/#pages-functions
        passThroughOnException: () => {
          throw new Error(
            "`passThroughOnException` is currently not available in Cloudflare Pages. See https://developers.cloudflare.com/pages/platform/known-issues/#pages-functions.",
          );
        },
        props: {},
      },
    },
  };
  const response = await app.render(request, {
    routeData,
    locals,
    prerenderedErrorPageFetch: async (url: string) => {
      return env.ASSETS.fetch(url.replace(/\.html$/, ""));
    },
  });
  if (app.setCookieHeaders) {
    for (const setCookieHeader of app.setCookieHeaders(response)) {
      response.headers.append("Set-Cookie", setCookieHeader);
    }
  }
  return response;
}
