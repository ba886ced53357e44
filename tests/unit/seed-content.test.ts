import { describe, expect, it } from "vitest";
import { generateReply, generateThread, type GeneratedThread } from "../../scripts/seed/content";
import { generatePhysicians, isValidNpi, npiCheckDigit } from "../../scripts/seed/physicians";
import { createRng } from "../../scripts/seed/random";
import { scenarioRegistry } from "../../scripts/seed/scenarios/index";
import { channelCatalog } from "../../src/server/forum/channel-catalog";
import { renderMarkdown } from "../../src/server/forum/markdown";
import { scanForPhi } from "../../src/server/privacy";

const slugs = channelCatalog.map((channel) => channel.slug);

/** A corpus shaped like the seed's: threads spread over every channel, replies at mixed depths. */
function corpus(seed: string, threadCount: number, repliesPerThread: number) {
  const rng = createRng(seed);
  const threads: GeneratedThread[] = [];
  const replies: string[] = [];
  for (let i = 0; i < threadCount; i++) {
    const channelSlug = slugs[i % slugs.length] as string;
    const thread = generateThread(rng, channelSlug);
    threads.push(thread);
    for (let j = 0; j < repliesPerThread; j++) replies.push(generateReply(rng, channelSlug, thread.topic, rng.int(0, 5)));
  }
  return { threads, replies };
}

const main = corpus("rounds-demo", 200, 10);
const allText = [...main.threads.flatMap((t) => [t.title, t.bodyMarkdown]), ...main.replies];

describe("seeded PRNG", () => {
  it("produces the same sequence for the same seed, and a different one otherwise", () => {
    const draw = (seed: string) => {
      const rng = createRng(seed);
      return Array.from({ length: 20 }, () => rng.nextUint32());
    };
    expect(draw("alpha")).toEqual(draw("alpha"));
    expect(draw("alpha")).not.toEqual(draw("beta"));
  });

  it("pins the first outputs so a change of algorithm is noticed", () => {
    // Demo screenshots and fixtures depend on the exact stream; update only on purpose.
    const rng = createRng("rounds-demo");
    const first = [rng.nextUint32(), rng.nextUint32(), rng.nextUint32()];
    expect(first).toEqual([2317900568, 1705463575, 649238578]);
  });

  it("keeps helpers within their contracts", () => {
    const rng = createRng("helpers");
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(-3, 7);
      expect(Number.isInteger(n) && n >= -3 && n <= 7).toBe(true);
      const f = rng.next();
      expect(f >= 0 && f < 1).toBe(true);
    }
    expect(
      rng.pickWeighted([
        ["never", 0],
        ["always", 5],
      ]),
    ).toBe("always");
    const items = [1, 2, 3, 4, 5, 6];
    const shuffled = rng.shuffle(items);
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rng.chance(0)).toBe(false);
    expect(rng.chance(1)).toBe(true);
    expect(() => rng.pick([])).toThrow();
  });

  it("forks independent, reproducible streams", () => {
    const a = createRng("root").fork("threads");
    const b = createRng("root").fork("threads");
    const c = createRng("root").fork("votes");
    expect(a.nextUint32()).toBe(b.nextUint32());
    expect(createRng("root").fork("threads").nextUint32()).not.toBe(c.nextUint32());
  });
});

describe("physicians", () => {
  const physicians = generatePhysicians(createRng("rounds-demo").fork("physicians"), 30);

  it("computes NPI check digits per the CMS Luhn rule", () => {
    expect(npiCheckDigit("123456789")).toBe("3");
    expect(isValidNpi("1234567893")).toBe(true);
    expect(isValidNpi("1234567890")).toBe(false);
    expect(isValidNpi("123456789")).toBe(false);
  });

  it("makes the first physician the admin", () => {
    expect(physicians[0]?.pseudonym).toBe("rounds_admin");
    expect(physicians[0]?.email).toBe("admin@example.org");
  });

  it("issues valid, unique NPIs starting with 1", () => {
    const npis = physicians.map((p) => p.npi);
    expect(new Set(npis).size).toBe(npis.length);
    for (const npi of npis) {
      expect(npi).toMatch(/^1\d{9}$/);
      expect(isValidNpi(npi)).toBe(true);
    }
  });

  it("issues unique, well-formed pseudonyms and example.org emails", () => {
    const pseudonyms = physicians.map((p) => p.pseudonym.toLowerCase());
    expect(new Set(pseudonyms).size).toBe(pseudonyms.length);
    for (const p of physicians) {
      expect(p.pseudonym).toMatch(/^[A-Za-z0-9_]{3,30}$/);
      expect(p.email).toMatch(/^[a-z0-9_]+@example\.org$/);
      expect(p.stateOfLicence).toMatch(/^[A-Z]{2}$/);
      expect(p.firstName.length).toBeGreaterThan(1);
      expect(p.lastName.length).toBeGreaterThan(1);
    }
    expect(physicians.slice(1).every((p) => p.email === `${p.pseudonym.toLowerCase()}@example.org`)).toBe(true);
  });

  it("spreads specialties over the catalog, never the cross-cutting rooms", () => {
    const specialties = new Set(physicians.map((p) => p.specialtySlug));
    expect(specialties.size).toBeGreaterThanOrEqual(20);
    for (const s of specialties) {
      expect(slugs).toContain(s);
      expect(["general", "practice-career"]).not.toContain(s);
    }
  });

  it("is deterministic", () => {
    expect(generatePhysicians(createRng("x"), 30)).toEqual(generatePhysicians(createRng("x"), 30));
  });
});

describe("thread and reply content", () => {
  it("is identical for the same seed and differs for another", () => {
    const again = corpus("rounds-demo", 200, 10);
    expect(again.threads).toEqual(main.threads);
    expect(again.replies).toEqual(main.replies);
    const other = corpus("another-seed", 200, 10);
    expect(other.threads.map((t) => t.title)).not.toEqual(main.threads.map((t) => t.title));
    expect(other.replies).not.toEqual(main.replies);
  });

  it("has scenarios for every catalog channel and generates a thread for each", () => {
    const rng = createRng("every-channel");
    for (const slug of slugs) {
      expect(scenarioRegistry.get(slug)?.length ?? 0).toBeGreaterThanOrEqual(6);
      const thread = generateThread(rng, slug);
      expect(thread.topic.channelSlug).toBe(slug);
      expect(thread.title.length).toBeGreaterThan(0);
      expect(generateReply(rng, slug, thread.topic, 0).length).toBeGreaterThan(0);
    }
    expect([...scenarioRegistry.keys()].sort()).toEqual([...slugs].sort());
  });

  it("varies enough not to look copy-pasted", () => {
    expect(new Set(main.threads.map((t) => t.title)).size).toBeGreaterThanOrEqual(190);
    expect(new Set(main.threads.map((t) => t.bodyMarkdown)).size).toBe(200);
    expect(main.replies).toHaveLength(2000);
    expect(new Set(main.replies).size).toBeGreaterThanOrEqual(1800);
  });

  it("respects the length limits and title style", () => {
    for (const { title, bodyMarkdown } of main.threads) {
      expect(title.length).toBeGreaterThanOrEqual(15);
      expect(title.length).toBeLessThanOrEqual(140);
      expect(title).not.toMatch(/\.$/);
      expect(bodyMarkdown.length).toBeGreaterThanOrEqual(200);
      expect(bodyMarkdown.length).toBeLessThanOrEqual(1500);
    }
    for (const reply of main.replies) {
      expect(reply.length).toBeGreaterThanOrEqual(30);
      expect(reply.length).toBeLessThanOrEqual(1200);
    }
  });

  it("leaves no template syntax behind", () => {
    for (const text of allText) expect(text).not.toMatch(/[{}]|\[\[|\]\]/);
  });

  it("uses Markdown structure: lists, tables and bold, but not everywhere", () => {
    const bodies = main.threads.map((t) => renderMarkdown(t.bodyMarkdown));
    const share = (re: RegExp) => bodies.filter((html) => re.test(html)).length / bodies.length;
    expect(share(/<table>/)).toBeGreaterThan(0.05);
    expect(share(/<table>/)).toBeLessThan(0.5);
    expect(share(/<ul>/)).toBeGreaterThan(0.2);
    expect(share(/<strong>/)).toBeGreaterThan(0.05);
    expect(main.replies.some((r) => /^1\. /m.test(r))).toBe(true);
  });

  it("keeps replies on the thread's topic", () => {
    // Replies draw on the thread's scenario; its condition or drug should surface somewhere.
    const rng = createRng("on-topic");
    const thread = generateThread(rng, "cardiology");
    const replies = Array.from({ length: 30 }, () => generateReply(rng, "cardiology", thread.topic, 0)).join("\n");
    const clinicalTerms = /HFrEF|SGLT2|MRA|AF|DOAC|apixaban|troponin|CCTA|TAVR|SAVR|QT|statin|LDL|PCSK9|potassium/i;
    expect(replies).toMatch(clinicalTerms);
  });
});

describe("no patient identifiers", () => {
  // Physician emails live only in the physician list, never in post text.
  const patterns: [string, RegExp][] = [
    ["numeric date", /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/],
    ["ISO date", /\b(19|20)\d{2}-\d{2}-\d{2}\b/],
    ["month and day", /\b(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\.? \d{1,2}(st|nd|rd|th)?\b/],
    ["phone number", /(\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.\s]\d{4}\b/],
    ["email", /[\w.+-]+@[\w-]+\.[\w.]+/],
    ["MRN", /\bMRN\b/i],
    ["DOB", /\bDOB\b|date of birth/i],
    ["age 90-119", /\b(9\d|1[01]\d)[- ]?(year|yr)s?[- ]old\b|\b(9\d|1[01]\d) ?y\/?o\b|\b(9\d|1[01]\d)[MF]\b/i],
    ["URL", /https?:\/\/|www\./i],
    ["SSN", /\b\d{3}-\d{2}-\d{4}\b/],
  ];

  it.each(patterns)("contains no %s", (_name, pattern) => {
    const hits = allText.filter((text) => pattern.test(text));
    expect(hits.slice(0, 3)).toEqual([]);
  });

  it("never describes a patient as older than 89", () => {
    for (const thread of main.threads) {
      const age = Number(thread.topic.vars.age ?? "0");
      expect(age).toBeLessThanOrEqual(89);
    }
  });

  it("passes the PHI scanner with zero blocking findings", () => {
    const phi = corpus("phi-scan", 300, 4);
    const texts = [...phi.threads.flatMap((t) => [t.title, t.bodyMarkdown]), ...phi.replies.slice(0, 1000)];
    expect(phi.replies.length).toBeGreaterThanOrEqual(1000);
    const blocking = texts.flatMap((text) =>
      scanForPhi(text)
        .filter((finding) => finding.level === "block")
        .map((finding) => `${finding.category}: "${text.slice(finding.start, finding.end)}" in "${text.slice(0, 80)}"`),
    );
    expect(blocking).toEqual([]);
  });
});
