/**
 * Security headers for every response class. Pages get a Content-Security-Policy that allows
 * only this origin's scripts plus the exact inline scripts Astro wrote into that page (by
 * SHA-256 hash, computed from the buffered HTML), so no 'unsafe-inline' for scripts is needed.
 * Styles stay 'unsafe-inline': Astro inlines small stylesheets and they cannot run code.
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

export function applySecurityHeaders(headers: Headers, contentSecurityPolicy: string): void {
  for (const [name, value] of Object.entries(commonHeaders)) headers.set(name, value);
  headers.set("Content-Security-Policy", contentSecurityPolicy);
}
