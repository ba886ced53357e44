/**
 * Seeded PRNG for the demo-content generator.
 *
 * Math.random() cannot be seeded, and the seed must rebuild the same community on every machine
 * (screenshots, e2e fixtures and bug reports all refer to "thread 17 of seed X"). So: the seed
 * string is hashed with cyrb128 into four 32-bit words that drive sfc32. Both use only 32-bit
 * integer arithmetic (Math.imul, >>> 0), which JavaScript defines exactly, so the sequence does not
 * depend on the platform's floating-point quirks or on the Node version.
 */

/** cyrb128: a fast, well-mixed 128-bit string hash (public domain), used only to expand the seed. */
function cyrb128(input: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < input.length; i++) {
    const k = input.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** Kept so fork() can derive independent, reproducible child streams. */
  readonly seed: string;

  constructor(seed: string | number) {
    this.seed = String(seed);
    [this.a, this.b, this.c, this.d] = cyrb128(this.seed);
    // sfc32's first outputs are correlated with the raw state; burn a few as its author recommends.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** sfc32 step: next unsigned 32-bit integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Float in [0, 1). Division by 2^32 is exact in binary64, so this is portable too. */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}): need integers with min <= max`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Float in [min, max), rounded to `decimals` places (lab values, doses). */
  float(min: number, max: number, decimals = 1): number {
    const f = 10 ** decimals;
    return Math.round((min + this.next() * (max - min)) * f) / f;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick() from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Weighted choice; weights need not sum to 1 but must be non-negative with a positive total. */
  pickWeighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
    if (!(total > 0)) throw new RangeError("pickWeighted() needs a positive total weight");
    let r = this.next() * total;
    for (const [value, weight] of entries) {
      r -= Math.max(0, weight);
      if (r < 0) return value;
    }
    // Floating-point residue can leave r at ~0 after the loop; the last positive entry is correct.
    const last = [...entries].reverse().find(([, w]) => w > 0);
    return (last as readonly [T, number])[0];
  }

  /** Fisher–Yates on a copy; the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** Up to n distinct elements, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, n));
  }

  /**
   * An independent stream derived from this one's seed and a label. The seed script forks one
   * stream per concern (physicians, threads, votes...) so that adding a feature that draws more
   * random numbers does not reshuffle everything generated after it.
   */
  fork(label: string): Rng {
    return new Rng(`${this.seed}/${label}`);
  }
}

export function createRng(seed: string | number): Rng {
  return new Rng(seed);
}
