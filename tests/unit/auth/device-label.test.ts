import { describe, expect, it } from "vitest";
import { deviceLabel, placeName, sessionPlace } from "../../../src/server/auth/device-label";

describe("deviceLabel", () => {
  it.each([
    ["Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36", "Chrome on Android"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari on iPhone"],
    ["Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1", "Chrome on iPad"],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", "Safari on Mac"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.56", "Edge on Windows"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0", "Firefox on Windows"],
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 OPR/111.0.0.0", "Opera on Linux"],
    ["Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36", "Samsung Internet on Android"],
    ["Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36", "Chrome on ChromeOS"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/127.0 Mobile/15E148 Safari/605.1.15", "Firefox on iPhone"],
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36", "Headless Chrome on Linux"],
    ["curl/8.5.0", "curl"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) SomethingNew/1.0", "Unknown browser on Windows"],
    ["Totally unknown", "Unknown browser"],
    ["", "Unknown device"],
  ])("%s → %s", (agent, label) => {
    expect(deviceLabel(agent)).toBe(label);
  });

  it("says Unknown device without a header, and stays short for any input", () => {
    expect(deviceLabel(null)).toBe("Unknown device");
    expect(deviceLabel(`${"x".repeat(10_000)} Chrome/1 Android`).length).toBeLessThanOrEqual(60);
  });
});

describe("sessionPlace and placeName", () => {
  it("keeps Cloudflare's country for requests from the edge, and says local on this machine", () => {
    expect(sessionPlace("DE", "203.0.113.9")).toBe("DE");
    expect(sessionPlace("DE", "local")).toBe("local");
    expect(sessionPlace("US", "127.0.0.1")).toBe("local");
    expect(sessionPlace(undefined, "203.0.113.9")).toBeNull();
    expect(sessionPlace("not a country", "203.0.113.9")).toBeNull();
  });

  it("names a country for people", () => {
    expect(placeName("DE")).toBe("Germany");
    expect(placeName("local")).toBe("This computer (local)");
    expect(placeName("T1")).toBe("Tor network");
    expect(placeName(null)).toBe("Unknown place");
  });
});
