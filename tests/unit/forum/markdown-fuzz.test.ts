import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../src/server/forum/markdown";

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hostile = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](java\tscript:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](data:text/html;base64,PHNjcmlwdD4=)",
  "[x](vbscript:msgbox)",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml,<svg onload=alert(1)>)",
  "<iframe src=x></iframe>",
  "<object data=x>",
  "<embed src=x>",
  "<svg><script>1</script></svg>",
  "<style>*{}</style>",
  "<div onclick=alert(1)>",
  "<<script>>",
  "`<script>`",
  "```html\n<script>\n```",
  "<javascript:alert(1)>",
  "<https://ok.example/?q=<script>>",
  "[x]: javascript:alert(1)\n\n[y][x]",
  "| a | <script> |\n|---|---|\n| 1 | 2 |",
  "~~<iframe>~~",
  "* [ ] <object>",
  "[a](<javascript:alert(1)>)",
  "[a](  javascript:alert(1))",
  "\u0000<script>",
  "&lt;script&gt;",
  "<a href=# onmouseover=x>",
  "[x](ircs://evil.example)",
  "[x](xmpp:user@evil.example)",
  "www.example.com/<script>",
  '"><script>',
  "' onerror='",
  "<!-- <script> -->",
  "<?php ?>",
];
const benign = [
  "**bold**",
  "_em_",
  "# H",
  "- item",
  "1. one",
  "> quote",
  "`code`",
  "https://pubmed.ncbi.nlm.nih.gov/31535829/",
  "[ok](https://nejm.org)",
  "\n\n",
  " ",
  "|",
  "---",
  "K 5.9",
  "~~x~~",
];

const forbidden: [string, RegExp][] = [
  ["<script", /<script/i],
  ["on…= attribute", /<[^>]+\son[a-z]+\s*=/i],
  ["javascript: URL", /(?:href|src)\s*=\s*"\s*javascript:/i],
  ["data: URL", /(?:href|src)\s*=\s*"\s*data:/i],
  ["vbscript: URL", /(?:href|src)\s*=\s*"\s*vbscript:/i],
  ["<iframe", /<iframe/i],
  ["<object", /<object/i],
  ["<embed", /<embed/i],
  ["<svg", /<svg/i],
  ["<style", /<style/i],
  ["<img", /<img/i],
];

describe("markdown rendering against hostile bodies", () => {
  it("renders 10,000 random and hostile bodies without scripts, handlers, dangerous URLs or embeds", () => {
    const next = random(20261126);
    const pieces = [...hostile, ...benign];
    const failures: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(next() * 6);
      for (let p = 0; p < count; p++) {
        const roll = next();
        if (roll < 0.7) parts.push(pieces[Math.floor(next() * pieces.length)]!);
        else parts.push(String.fromCharCode(...Array.from({ length: 1 + Math.floor(next() * 12) }, () => 32 + Math.floor(next() * 95))));
      }
      const body = parts.join(next() < 0.5 ? "\n" : " ");
      const html = renderMarkdown(body);
      for (const [name, pattern] of forbidden) if (pattern.test(html)) failures.push(`${name} in ${JSON.stringify(body)} → ${html}`);
      if (failures.length > 5) break;
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it("keeps the text of a link with a scheme other than http(s) or mailto but drops the link", () => {
    expect(renderMarkdown("[chat](ircs://evil.example)")).toBe('<p><a rel="nofollow noopener ugc">chat</a></p>');
  });

  it("turns an image into a link to it", () => {
    expect(renderMarkdown("![ECG](https://example.org/ecg.png)")).toBe('<p><a rel="nofollow noopener ugc" href="https://example.org/ecg.png">ECG</a></p>');
  });

  it("keeps relative and mailto links", () => {
    expect(renderMarkdown("[t](/t/1/x) [m](mailto:a@example.org)")).toContain('href="/t/1/x"');
    expect(renderMarkdown("[m](mailto:a@example.org)")).toContain('href="mailto:a@example.org"');
  });
});
