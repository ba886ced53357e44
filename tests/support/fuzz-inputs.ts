/*
 * Hostile request parts for tests/integration/api-fuzz.test.ts, all drawn from one seeded
 * generator so a failing run replays exactly from its seed.
 */

/** mulberry32: small, fast and good enough to spread test inputs; not for secrets. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number): boolean => next() < p;
  return { next, int, pick, chance };
}
export type Random = ReturnType<typeof seededRandom>;

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export function concatBytes(...parts: (Uint8Array | string | number[])[]): Uint8Array {
  const pieces = parts.map((part) => (typeof part === "string" ? utf8(part) : part instanceof Uint8Array ? part : new Uint8Array(part)));
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.byteLength;
  }
  return out;
}

/** Characters that break naive code: controls, bidi and zero-width marks, astral, combining. */
const awkwardCharacters = ["\u0001", "\u001f", "\u007f", "\u200b", "\u202e", "\ufeff", "\ufffd", "😷", "é", "\u0301", "患", "\\", '"', "\n", "\r\n", "<script>", "%", "&", "="];

export function randomString(random: Random, maxLength = 40): string {
  let out = "";
  const length = random.int(maxLength + 1);
  for (let index = 0; index < length; index++) {
    out += random.chance(0.3) ? random.pick(awkwardCharacters) : String.fromCharCode(32 + random.int(95));
  }
  return out;
}

/** Real field names (to reach deeper validation) mixed with made-up ones. */
export const fieldNames = [
  "email",
  "password",
  "pseudonym",
  "npi",
  "title",
  "body",
  "channel",
  "kind",
  "threadId",
  "commentId",
  "parentId",
  "targetType",
  "targetId",
  "value",
  "key",
  "values",
  "options",
  "anonymous",
  "confirmNotPhi",
  "expectedEditedAt",
  "duration",
  "ageBand",
  "sex",
  "question",
] as const;

/**
 * Names no schema has, some of them probes for mass assignment. Adding one to an object makes a
 * `.strict()` schema refuse it, so a random object can never be a valid write by accident.
 */
export const unknownFieldNames = ["authorId", "role", "isAdmin", "userId", "id", "score", "deletedAt", "verificationStatus", "zz_extra"] as const;

const awkwardNumbers = [0, -0, -1, 1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 4_294_967_296, Number.MIN_VALUE];

export function randomJson(random: Random, depth = 0): unknown {
  const roll = random.int(depth > 3 ? 4 : 7);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.chance(0.5) ? random.pick(awkwardNumbers) : random.int(1_000_000) - 500_000;
    case 3:
      return randomString(random, random.chance(0.05) ? 20_000 : 60);
    case 4:
      return Array.from({ length: random.int(5) }, () => randomJson(random, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      for (let count = random.int(6); count > 0; count--) {
        object[random.chance(0.7) ? random.pick(fieldNames) : randomString(random, 12)] = randomJson(random, depth + 1);
      }
      return object;
    }
  }
}

/** A top-level JSON body of the wrong shape: never a complete, valid input for any route. */
export function wrongShapeJson(random: Random): string {
  const value = randomJson(random);
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    (value as Record<string, unknown>)[random.pick(unknownFieldNames)] = randomJson(random, 3);
  }
  return JSON.stringify(value);
}

/**
 * A value no field of any schema accepts: not a string, not a number even under `z.coerce`
 * (Number([{…}]) is NaN), not a checkbox, not a record of strings.
 */
const refusedEverywhere = () => [{ $ne: null }];

/**
 * A valid body for a route, broken in one way every schema must refuse. `template` is the valid
 * body; the returned bytes are what is sent.
 */
export function brokenBody(random: Random, template: Record<string, unknown>): { name: string; bytes: Uint8Array } {
  const keys = Object.keys(template);
  const stringKeys = keys.filter((key) => typeof template[key] === "string");
  const mutation = random.int(8);
  if (mutation === 1 && stringKeys.length > 0) {
    const key = random.pick(stringKeys);
    return { name: "NUL escaped in a field", bytes: utf8(JSON.stringify({ ...template, [key]: `${String(template[key])}\u0000` })) };
  }
  if (mutation === 2 && stringKeys.length > 0) {
    const key = random.pick(stringKeys);
    const [before, after] = JSON.stringify({ ...template, [key]: "\u2063" }).split("\u2063") as [string, string];
    const bad = random.pick([[0xc3, 0x28], [0xff], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xe2, 0x89], [0x00]]);
    return { name: "invalid UTF-8 in a field", bytes: concatBytes(before, bad, after) };
  }
  if (mutation === 3 && keys.length > 0) {
    return { name: "a field of the wrong type", bytes: utf8(JSON.stringify({ ...template, [random.pick(keys)]: refusedEverywhere() })) };
  }
  if (mutation === 4 && stringKeys.length > 0) {
    const length = random.pick([30_000, 65_000, 70_000]);
    return { name: `a ${length}-character field`, bytes: utf8(JSON.stringify({ ...template, [random.pick(stringKeys)]: "a".repeat(length) })) };
  }
  if (mutation === 5 && keys.length > 0) {
    // Nested arrays around a leaf that is not a number, so even z.coerce.number sees NaN.
    const depth = random.pick([50, 2_000, 20_000]);
    const nested = `${"[".repeat(depth)}"x"${"]".repeat(depth)}`;
    const json = JSON.stringify({ ...template, [random.pick(keys)]: "\u2063" }).replace('"\u2063"', nested);
    return { name: `a field nested ${depth} deep`, bytes: utf8(json) };
  }
  if (mutation === 6 && keys.length > 0) {
    const huge = random.pick(["1e400", "-1e400", "1e308", "123456789012345678901234567890", "-0.0000000000000000000001"]);
    const json = JSON.stringify({ ...template, [random.pick(keys)]: "\u2063" }).replace('"\u2063"', huge);
    return { name: "a huge number in a field", bytes: utf8(json) };
  }
  if (mutation === 7) {
    // "__proto__" written as an own key, the way JSON.parse keeps it.
    const json = JSON.stringify(template).replace(/^\{/, `{"__proto__":{"role":"admin","verificationStatus":"verified"}${keys.length ? "," : ""}`);
    return { name: "a __proto__ field", bytes: utf8(json) };
  }
  return { name: "an unknown field", bytes: utf8(JSON.stringify({ ...template, [random.pick(unknownFieldNames)]: randomJson(random, 2) })) };
}

/** Bodies that attack the reading itself rather than a schema. */
export function hostileBytes(random: Random): { name: string; bytes: Uint8Array } {
  const choice = random.int(14);
  switch (choice) {
    case 0:
      return { name: "random bytes", bytes: Uint8Array.from({ length: random.int(2_000) }, () => random.int(256)) };
    case 1:
      return { name: "a raw NUL", bytes: concatBytes('{"body":"', [0], '"}') };
    case 2:
      return { name: "an escaped NUL", bytes: utf8(random.pick(['{"body":"\\u0000"}', '{"\\u0000":1}', '["\\\\\\u0000"]', '"\\u0000"'])) };
    case 3:
      return {
        name: "invalid UTF-8",
        bytes: concatBytes(
          '{"title":"',
          random.pick([
            [0xc3, 0x28],
            [0xff, 0xfe],
            [0xf8, 0x88, 0x80, 0x80, 0x80],
            [0xe0, 0x80, 0xaf],
          ]),
          '"}',
        ),
      };
    case 4:
      return { name: "UTF-16 JSON", bytes: new Uint8Array([0xff, 0xfe, ...[...'{"body":"x"}'].flatMap((char) => [char.charCodeAt(0), 0])]) };
    case 5: {
      const depth = random.pick([1_000, 10_000, 32_000]);
      return { name: `arrays nested ${depth} deep`, bytes: utf8(`${"[".repeat(depth)}${"]".repeat(depth)}`) };
    }
    case 6: {
      const depth = random.pick([1_000, 10_000]);
      return { name: `objects nested ${depth} deep`, bytes: utf8(`${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`) };
    }
    case 7:
      return { name: "an overlong body", bytes: utf8(JSON.stringify({ body: "x".repeat(random.pick([65_530, 65_600, 200_000])) })) };
    case 8:
      return {
        name: "huge numbers",
        bytes: utf8(random.pick(["1e400", '{"targetId":1e400,"value":-1e400}', "123456789012345678901234567890", "-0", '{"threadId":9007199254740993}'])),
      };
    case 9:
      return { name: "not JSON", bytes: utf8(random.pick(["", " ", "{", '{"a":', "null", "undefined", "NaN", "'single'", "{a:1}", "[1,]", "\ufeff{}", "{}{}", "\u2028"])) };
    case 10:
      return { name: "duplicate keys", bytes: utf8('{"body":"first reply text","body":{"$ne":null}}') };
    case 11:
      return { name: "lone surrogates", bytes: utf8(random.pick(['{"body":"\\ud800"}', '{"title":"\\udfff\\ud800 abc"}'])) };
    case 12:
      return { name: "many keys", bytes: utf8(JSON.stringify(Object.fromEntries(Array.from({ length: 3_000 }, (_, index) => [`k${index}`, index])))) };
    default:
      return { name: "a form body", bytes: utf8(random.pick(["body=a%00b", "title=x&body=%C3%28", "a=1&a=2&__proto__=x"])) };
  }
}

/** Header values a client could send: valid header bytes (Latin-1, no CR/LF/NUL), often odd. */
export function randomHeaderValue(random: Random, maxLength = 60): string {
  let out = "";
  for (let length = random.int(maxLength + 1); length > 0; length--) {
    const code = random.chance(0.85) ? 32 + random.int(95) : 128 + random.int(128);
    out += String.fromCharCode(code);
  }
  return out.trim();
}

/** A body sent as a stream of random pieces, with no Content-Length (chunked). */
export function streamOf(random: Random, bytes: Uint8Array): ReadableStream<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.byteLength; ) {
    const size = 1 + random.int(random.chance(0.5) ? 8 : 20_000);
    pieces.push(bytes.slice(offset, offset + size));
    offset += size;
  }
  return new ReadableStream({
    pull(controller) {
      const piece = pieces.shift();
      if (piece) controller.enqueue(piece);
      else controller.close();
    },
  });
}
