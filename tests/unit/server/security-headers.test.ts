import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildPageContentSecurityPolicy, inlineScriptHash, inlineScripts, pageContentSecurityPolicy, sha256Base64, useBuildInlineScripts } from "../../../src/lib/security-headers";

describe("security headers", () => {
  it("finds inline scripts and ignores scripts loaded by src", () => {
    const html = '<p>x</p><script type="module">a()</script><script src="/_astro/x.js"></script><SCRIPT>b()</SCRIPT>';
    expect(inlineScripts(html)).toEqual(["a()", "b()"]);
  });

  it("hashes a script the way browsers check CSP hashes", async () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(await sha256Base64("alert(1)")).toBe("bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=");
  });

  it("allows no inline script but the hashed ones and forbids framing, plugins and base rewriting", () => {
    const policy = pageContentSecurityPolicy(["abc="]);
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
  });
});

describe("inline script hashes", () => {
  it("gives each script text its CSP sha256 hash, the same on every call", async () => {
    const script = "document.documentElement.classList.add('js')";
    const expected = createHash("sha256").update(script).digest("base64");
    expect(await inlineScriptHash(script)).toBe(expected);
    expect(await inlineScriptHash(script)).toBe(expected);
    expect(await inlineScriptHash(`${script};`)).not.toBe(expected);
  });
});

describe("the build's inline scripts", () => {
  it("give every page one policy that allows each of them by hash, once", () => {
    expect(buildPageContentSecurityPolicy()).toBeNull();
    useBuildInlineScripts(["vote()", "draft()", "vote()", ""]);
    const hash = (script: string) => createHash("sha256").update(script).digest("base64");
    expect(buildPageContentSecurityPolicy()).toBe(pageContentSecurityPolicy([hash("vote()"), hash("draft()")]));
  });
});
