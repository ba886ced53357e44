import { z } from "zod";
import { isValidNpi } from "./npi";

/**
 * A client for the CMS NPI Registry (NPPES) API v2.1, and the evidence Rounds keeps from it.
 *
 * Rules:
 * - One request per lookup, bounded by a timeout; no retries inside. The registry is a public
 *   service that rate-limits, so the caller re-checks a pending application later instead of
 *   hammering it ("no retry storms").
 * - Registry trouble (timeout, network error, non-2xx, malformed JSON, an `Errors` answer) is a
 *   value, `{kind: "unreachable"}`, never an exception: the application simply stays pending.
 * - Web APIs only (global fetch, AbortSignal.timeout): this runs inside workerd.
 * - Nothing here logs; `reason`/`detail` never contain the NPI or a name.
 */

export interface NppesTaxonomy {
  /** NUCC taxonomy code, e.g. "207R00000X" (Internal Medicine). */
  code: string | null;
  /** The registry's `desc`, e.g. "Internal Medicine". */
  description: string | null;
  primary: boolean;
  /** State of the licence attached to this taxonomy (two letters, upper case). */
  state: string | null;
  licence: string | null;
}

/** The parts of a registry record that verification uses, in our own shape. */
export interface NppesRecord {
  number: string;
  /** "NPI-1" for individuals, "NPI-2" for organisations (kept as sent, in case CMS adds one). */
  enumerationType: string;
  /** "A" is active; anything else (or nothing) is not. */
  status: string | null;
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  /** NPI-2 records carry this instead of a person's name. */
  organizationName: string | null;
  credential: string | null;
  taxonomies: NppesTaxonomy[];
}

export type NppesUnreachableReason = "timeout" | "network" | "http_status" | "malformed" | "registry_error";

export type NppesLookupResult =
  | { kind: "found"; record: NppesRecord }
  | { kind: "not_found" }
  /** `detail` is a short technical sentence safe to log: no NPI, no name. */
  | { kind: "unreachable"; reason: NppesUnreachableReason; detail: string };

export interface NppesLookupOptions {
  /** e.g. "https://npiregistry.cms.hhs.gov"; "/api/?version=2.1&number=…" is appended. */
  baseUrl: string;
  /** Covers the whole exchange, headers and body. */
  timeoutMs?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export const NPPES_DEFAULT_TIMEOUT_MS = 4000;

/** A registry answer for one number is a few KB; anything far larger is not an answer. */
const MAX_ANSWER_CHARS = 1_000_000;

// The registry's fields, as tolerant as is safe: unknown fields are dropped (zod's default),
// fields we only display are nullable, and an empty string counts as absent.
const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value && value.trim() !== "" ? value.trim() : null));

const taxonomySchema = z.object({
  code: optionalText,
  desc: optionalText,
  // Always a JSON boolean in v2.1; a string form is accepted rather than leaving an application
  // pending forever over a formatting change.
  primary: z
    .union([z.boolean(), z.string()])
    .nullish()
    .transform((value) => value === true || (typeof value === "string" && /^(true|y|yes)$/i.test(value))),
  state: optionalText,
  license: optionalText,
});

const resultSchema = z.object({
  // Older answers sent the number as a JSON number.
  number: z.union([z.string(), z.number()]).transform(String),
  enumeration_type: z.string(),
  basic: z
    .object({
      first_name: optionalText,
      middle_name: optionalText,
      last_name: optionalText,
      organization_name: optionalText,
      credential: optionalText,
      status: optionalText,
    })
    .default({ first_name: null, middle_name: null, last_name: null, organization_name: null, credential: null, status: null }),
  taxonomies: z
    .array(taxonomySchema)
    .nullish()
    .transform((value) => value ?? []),
});

const answerSchema = z.object({
  result_count: z.number().int().nonnegative().optional(),
  results: z.array(resultSchema),
});

function unreachable(reason: NppesUnreachableReason, detail: string): NppesLookupResult {
  return { kind: "unreachable", reason, detail };
}

function transportFailure(error: unknown, signal: AbortSignal): NppesLookupResult {
  const timedOut = signal.aborted || (error instanceof Error && error.name === "TimeoutError");
  return timedOut ? unreachable("timeout", "The NPI registry did not answer in time.") : unreachable("network", "The NPI registry could not be reached.");
}

/**
 * Looks one NPI up in the registry: a single GET, at most `timeoutMs` long. A number that fails
 * the NPI check digit is `not_found` without asking: CMS only issues valid numbers, and the
 * number is then also safe to put in a URL.
 */
export async function lookupNpi(npi: string, options: NppesLookupOptions): Promise<NppesLookupResult> {
  if (!isValidNpi(npi)) return { kind: "not_found" };

  const url = `${options.baseUrl.replace(/\/+$/, "")}/api/?version=2.1&number=${npi}`;
  // Called as a plain function: workerd rejects the global fetch called with a foreign `this`.
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const signal = AbortSignal.timeout(options.timeoutMs ?? NPPES_DEFAULT_TIMEOUT_MS);

  let response: Response;
  try {
    response = await send(url, { method: "GET", headers: { accept: "application/json" }, signal });
  } catch (error) {
    return transportFailure(error, signal);
  }
  if (!response.ok) {
    // Release the connection without reading an error page we have no use for.
    response.body?.cancel().catch(() => {});
    return unreachable("http_status", `The NPI registry answered HTTP ${response.status}.`);
  }

  let text: string;
  try {
    // The timeout signal bounds the body too: a registry that stalls mid-answer times out.
    text = await response.text();
  } catch (error) {
    return transportFailure(error, signal);
  }
  if (text.length > MAX_ANSWER_CHARS) return unreachable("malformed", "The NPI registry's answer is too large.");

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return unreachable("malformed", "The NPI registry's answer is not JSON.");
  }

  // Invalid queries are answered HTTP 200 with {"Errors": [...]}. We only send valid numbers, so
  // this means the registry is misbehaving (or changed): re-check later rather than reject.
  if (typeof json === "object" && json !== null && "Errors" in json) {
    return unreachable("registry_error", "The NPI registry refused the query.");
  }

  const parsed = answerSchema.safeParse(json);
  if (!parsed.success) return unreachable("malformed", "The NPI registry's answer has an unexpected shape.");

  const first = parsed.data.results[0];
  if (!first) return { kind: "not_found" };
  // A lookup by number answers that number; anything else is not evidence about this applicant.
  if (first.number !== npi) return unreachable("malformed", "The NPI registry answered about a different number.");

  return {
    kind: "found",
    record: {
      number: first.number,
      enumerationType: first.enumeration_type,
      status: first.basic.status,
      firstName: first.basic.first_name,
      middleName: first.basic.middle_name,
      lastName: first.basic.last_name,
      organizationName: first.basic.organization_name,
      credential: first.basic.credential,
      taxonomies: first.taxonomies.map((t) => ({
        code: t.code,
        description: t.desc,
        primary: t.primary,
        state: t.state?.toUpperCase() ?? null,
        licence: t.license,
      })),
    },
  };
}

export interface NppesApplicant {
  firstName: string;
  lastName: string;
  /** Two-letter state of the licence the applicant declared. */
  licenceState: string;
}

/**
 * What the registry says about an applicant, stored with the application (as JSON) for the
 * reviewer and for automatic approval.
 */
export interface NppesEvidence {
  /** Clock time (ms) of the registry answer, when the caller passes one. */
  checkedAt?: number;
  /** enumeration_type "NPI-1": a person, not an organisation. */
  individual: boolean;
  /** basic.status "A". */
  active: boolean;
  nameMatches: boolean;
  /** The registry's name as shown to the reviewer: "FIRST LAST" or the organisation's name. */
  registryName: string;
  /** `desc` of the taxonomy marked primary, or null when none is. */
  primaryTaxonomy: string | null;
  primaryTaxonomyCode: string | null;
  /**
   * The primary taxonomy is in NUCC's "Allopathic & Osteopathic Physicians" group (codes
   * 20xxxxxxxX). Nurse practitioners, physician assistants, dentists… also hold NPI-1 numbers
   * with licences; residents often list 390200000X (student) and go to manual review.
   */
  physicianTaxonomy: boolean;
  /** Licence states across all taxonomies, upper case, deduplicated, in registry order. */
  licenceStates: string[];
  licenceStateMatches: boolean;
  /** Every check above passed: the application may be approved without a reviewer. */
  fullMatch: boolean;
}

// Letters that Unicode decomposition does not reduce to ASCII but that people transliterate.
const transliterations: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};
const generationalSuffixes = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** Name tokens: case, accents and punctuation folded away; "O'Brien-Smith" → ["o", "brien", "smith"]. */
function nameTokens(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => transliterations[c] ?? c)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== "");
}

/** Spaces, hyphens and apostrophes are ignored entirely: "Mary-Ann", "MARY ANN" and "MARYANN" are one name. */
export function normalizeName(name: string): string {
  return nameTokens(name).join("");
}

/** Last names also ignore a trailing "Jr", "Sr", "II"…: the registry keeps those in a separate field. */
function normalizeLastName(name: string): string {
  const tokens = nameTokens(name);
  while (tokens.length > 1 && generationalSuffixes.has(tokens[tokens.length - 1] as string)) tokens.pop();
  return tokens.join("");
}

/** Shortest applicant first name accepted as a prefix of the registry's: "Rob" yes, "Al", "J" no. */
const MIN_FIRST_NAME_PREFIX = 3;

/**
 * Name rule (after normalizeName on both sides):
 * - last name: equal (ignoring a generational suffix on either side);
 * - first name: equal to the registry's first name, or to its first + middle names ("Jane Marie"),
 *   or a prefix of at least 3 letters of either ("Rob" for ROBERT, "Kat" for KATHERINE).
 * Nicknames that are not prefixes ("Bob" for ROBERT) and going by one's middle name don't match:
 * those applications go to a reviewer with the registry name beside the typed one.
 */
export function namesMatch(record: Pick<NppesRecord, "firstName" | "middleName" | "lastName">, applicant: Pick<NppesApplicant, "firstName" | "lastName">): boolean {
  const last = normalizeLastName(applicant.lastName);
  if (last === "" || last !== normalizeLastName(record.lastName ?? "")) return false;

  const first = normalizeName(applicant.firstName);
  const registryFirst = normalizeName(record.firstName ?? "");
  if (first === "" || registryFirst === "") return false;
  const candidates = [registryFirst, registryFirst + normalizeName(record.middleName ?? "")];
  return candidates.some((candidate) => candidate === first || (first.length >= MIN_FIRST_NAME_PREFIX && candidate.startsWith(first)));
}

/** Compares a registry record with what the applicant typed; pure, so it can be re-run later. */
export function evaluateNppesEvidence(record: NppesRecord, applicant: NppesApplicant, checkedAt?: number): NppesEvidence {
  const individual = record.enumerationType === "NPI-1";
  const active = record.status === "A";
  const nameMatches = individual && namesMatch(record, applicant);
  const registryName = individual ? [record.firstName, record.lastName].filter((part) => part !== null).join(" ") : (record.organizationName ?? "");

  const primary = record.taxonomies.find((t) => t.primary);
  const primaryTaxonomy = primary?.description ?? primary?.code ?? null;
  const primaryTaxonomyCode = primary?.code ?? null;
  const physicianTaxonomy = primaryTaxonomyCode !== null && /^20/.test(primaryTaxonomyCode);

  const licenceStates = [...new Set(record.taxonomies.flatMap((t) => (t.state ? [t.state.toUpperCase()] : [])))];
  const declaredState = applicant.licenceState.trim().toUpperCase();
  const licenceStateMatches = declaredState !== "" && licenceStates.includes(declaredState);

  const fullMatch = individual && active && nameMatches && licenceStateMatches && primaryTaxonomy !== null && physicianTaxonomy;

  return {
    ...(checkedAt === undefined ? {} : { checkedAt }),
    individual,
    active,
    nameMatches,
    registryName,
    primaryTaxonomy,
    primaryTaxonomyCode,
    physicianTaxonomy,
    licenceStates,
    licenceStateMatches,
    fullMatch,
  };
}
