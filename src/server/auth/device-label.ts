/**
 * A short, readable name for the device of a session ("Chrome on Android", "Safari on iPhone"),
 * from the User-Agent header at sign-in. Only this label is stored, never the header (it would
 * narrow down who the member is for no benefit). Rule: browsers are told apart by the tokens
 * that only they send, checked most specific first (Edge and Opera also say "Chrome", Chrome
 * also says "Safari"); anything unknown is "Unknown browser", and no header at all is
 * "Unknown device". Never longer than 60 characters.
 */
const browsers: [RegExp, string][] = [
  [/\bEdgA?\/|\bEdgiOS\//, "Edge"],
  [/\bOPR\/|\bOPiOS\/|\bOpera\b/, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\bVivaldi\//, "Vivaldi"],
  [/\bFirefox\/|\bFxiOS\//, "Firefox"],
  [/\bCriOS\//, "Chrome"],
  [/\bHeadlessChrome\//, "Headless Chrome"],
  [/\bChrom(e|ium)\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
  [/\bcurl\//, "curl"],
];

const systems: [RegExp, string][] = [
  [/\biPhone\b/, "iPhone"],
  [/\biPad\b/, "iPad"],
  [/\bAndroid\b/, "Android"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMacintosh\b|\bMac OS X\b/, "Mac"],
  [/\bLinux\b/, "Linux"],
];

export function deviceLabel(userAgent: string | null | undefined): string {
  const agent = (userAgent ?? "").slice(0, 512);
  if (!agent.trim()) return "Unknown device";
  const browser = browsers.find(([pattern]) => pattern.test(agent))?.[1];
  const system = systems.find(([pattern]) => pattern.test(agent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  if (browser) return browser;
  if (system) return `Unknown browser on ${system}`;
  return "Unknown browser";
}

/**
 * Where a session signed in, as a country: Cloudflare's two-letter code (request.cf.country), or
 * "local" when the request came from this machine (no CF-Connecting-IP, or a loopback one, as
 * under npm start and wrangler dev, whose cf object is made up). Cloudflare's "XX" (unknown) and
 * "T1" (Tor) are kept as they are; anything else is null.
 */
export function sessionPlace(cfCountry: unknown, clientIp: string): string | null {
  if (clientIp === "local" || clientIp === "127.0.0.1" || clientIp === "::1") return "local";
  if (typeof cfCountry === "string" && /^[A-Z][A-Z0-9]$/.test(cfCountry)) return cfCountry;
  return null;
}

/** The place for a person: a country's name where the runtime knows it, else the code. */
export function placeName(place: string | null): string {
  if (place === null) return "Unknown place";
  if (place === "local") return "This computer (local)";
  if (place === "XX") return "Unknown country";
  if (place === "T1") return "Tor network";
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(place) ?? place;
  } catch {
    return place;
  }
}
