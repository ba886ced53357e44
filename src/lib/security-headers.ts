import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase64 } from "@oslojs/encoding";

/**
 * Security headers for every response class. Pages get a Content-Security-Policy that allows
 * only this origin's scripts plus the exact inline scripts Astro writes into pages (by SHA-256
 * hash), so no 'unsafe-inline' for scripts is needed. In the built Worker the inline scripts are
 * the build's own (Astro's manifest lists every script it inlines), hashed once per isolate; under
 * `astro dev` they are read from each page's HTML. Styles stay 'unsafe-inline': Astro inlines
 * small stylesheets and they cannot run code.
 */
const commonHeaders: Record<string, string> = {
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
};

export function pageContentSecurityPolicy(scriptHashes: readonly string[]): string {
  const scripts = ["'self'", ...scriptHashes.map((hash) => `'sha256-${hash}'`)].join(" ");
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join("; ");
}

/** API answers are data, never documents: nothing may load or frame them. */
export const apiContentSecurityPolicy = "default-src 'none'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** The contents of every inline <script> (one without src) in a page. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/i.test(match[1] ?? "")) scripts.push(match[2] ?? "");
  }
  return scripts;
}

export async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  let binary = "";
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Hashes of inline scripts already seen by this isolate: the texts come from the build, so few and fixed. */
const scriptHashes = new Map<string, string>();
const MAX_CACHED_SCRIPT_HASHES = 64;

/**
 * The CSP hash of an inline script, computed once per isolate for each script text (pages carry
 * the same few scripts on every response). Only the resulting string is kept, never a promise,
 * so nothing from one request's I/O context outlives it; the cache stops growing at 64 texts,
 * so a script with per-request content would just be hashed every time.
 */
export async function inlineScriptHash(text: string): Promise<string> {
  const known = scriptHashes.get(text);
  if (known !== undefined) return known;
  const hash = await sha256Base64(text);
  if (scriptHashes.size < MAX_CACHED_SCRIPT_HASHES) scriptHashes.set(text, hash);
  return hash;
}

let buildPolicy: string | null = null;

/**
 * The build's inline scripts (src/worker.ts passes Astro's manifest.inlinedScripts, once per
 * isolate): from then on every page gets one policy that allows exactly these, and the middleware
 * no longer reads a page's HTML to find them. Pages that carry none of them allow scripts they do
 * not contain, all of them this build's own code. An `is:inline` script is not in the manifest:
 * a page with one would need its hash added here.
 */
export function useBuildInlineScripts(texts: Iterable<string>): void {
  const hashes = [...new Set(texts)].filter((text) => text !== "").map((text) => encodeBase64(sha256(new TextEncoder().encode(text))));
  buildPolicy = pageContentSecurityPolicy(hashes);
}

/** The page policy from the build's inline scripts, or null (astro dev): then hash each page's. */
export function buildPageContentSecurityPolicy(): string | null {
  return buildPolicy;
}

export function applySecurityHeaders(headers: Headers, contentSecurityPolicy: string): void {
  for (const [name, value] of Object.entries(commonHeaders)) headers.set(name, value);
  headers.set("Content-Security-Policy", contentSecurityPolicy);
}
