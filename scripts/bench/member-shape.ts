import { channelCatalog } from "../../src/server/forum/channel-catalog";

/**
 * The shape of the member-scale data set (issue 19): Sermo's 115,000 physicians on top of the
 * 100,000-thread data set. Pure numbers and rules, so the builder (member-dataset.ts) and the
 * report agree on them and a change of any of them rebuilds the cached file.
 */

export interface MemberScaleSpec {
  label: string;
  file: string;
  /** The 100k-thread file this one is copied from. */
  baseFile: string;
  /** Members in total (the base file's 200 included). */
  members: number;
  sessionsPerMember: number;
  followsPerMember: number;
  notifications: number;
  votes: number;
  /** --members-scale: the factor every count above was multiplied by (1: the numbers). */
  scale: number;
}

export const MEMBER_SCALE = {
  members: 115_000,
  sessionsPerMember: 1.5,
  followsPerMember: 5,
  notifications: 2_000_000,
  votes: 10_000_000,
} as const;

/** Bumped when the builder writes different rows for the same numbers. */
export const MEMBER_BUILDER_VERSION = 1;

/**
 * Members per 1,000 by specialty: roughly the US active-physician mix (AAMC), with internal
 * medicine counting its hospitalists, so the largest specialty channel has over 20,000 members
 * at 115,000 (every member follows their own specialty's channel).
 */
export const SPECIALTY_WEIGHTS: Readonly<Record<string, number>> = {
  "internal-medicine": 190,
  "family-medicine": 130,
  pediatrics: 68,
  "emergency-medicine": 55,
  anesthesiology: 50,
  psychiatry: 48,
  "obstetrics-gynecology": 44,
  radiology: 35,
  "general-surgery": 30,
  cardiology: 30,
  orthopedics: 25,
  neurology: 20,
  ophthalmology: 19,
  "hematology-oncology": 20,
  gastroenterology: 17,
  pulmonology: 15,
  "critical-care": 15,
  pathology: 13,
  dermatology: 13,
  nephrology: 11,
  urology: 11,
  otolaryngology: 10,
  endocrinology: 8,
  "infectious-disease": 8,
  geriatrics: 8,
  rheumatology: 6,
};

/** Specialties the catalog has, with their weights (a catalog without one of them skips it). */
export function specialtyTable(): { slug: string; weight: number }[] {
  const slugs = new Set(channelCatalog.map((channel) => channel.slug));
  return Object.entries(SPECIALTY_WEIGHTS)
    .filter(([slug]) => slugs.has(slug))
    .map(([slug, weight]) => ({ slug, weight }));
}

/** The spec for a scale factor: counts multiplied and rounded, the ratios per member kept. */
export function memberScaleSpec(file: string, baseFile: string, scale: number): MemberScaleSpec {
  if (!(scale > 0 && scale <= 1)) throw new Error(`--members-scale must be above 0 and at most 1, not ${scale}.`);
  return {
    label: scale === 1 ? "115k members" : `${Math.round(MEMBER_SCALE.members * scale).toLocaleString("en-US")} members (scale ${scale})`,
    file,
    baseFile,
    members: Math.round(MEMBER_SCALE.members * scale),
    sessionsPerMember: MEMBER_SCALE.sessionsPerMember,
    followsPerMember: MEMBER_SCALE.followsPerMember,
    notifications: Math.round(MEMBER_SCALE.notifications * scale),
    votes: Math.round(MEMBER_SCALE.votes * scale),
    scale,
  };
}

/** Rows written per second, as the progress line shows it. */
export function rowsPerSecond(rows: number, ms: number): number {
  return ms <= 0 ? 0 : (rows / ms) * 1000;
}

/** "1,234,567/12,000,000 rows (votes), 310,221 rows/s" — the progress line's text. */
export function progressText(label: string, done: number, total: number, phase: string, rate: number): string {
  const percent = total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
  return `${label}: ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} rows (${percent}%, ${phase}), ${Math.round(rate).toLocaleString("en-US")} rows/s`;
}
