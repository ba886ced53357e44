/**
 * Public types of the patient-identifier (PHI) scanner.
 *
 * The categories are the identifiers of the HIPAA Safe Harbor list (45 CFR 164.514(b)(2)) that can
 * appear in free text. Biometrics and full-face photographs cannot, so they have no category.
 */
export const PHI_CATEGORIES = [
  "name",
  "address",
  "date",
  "age_over_89",
  "phone",
  "fax",
  "email",
  "ssn",
  "mrn",
  "health_plan",
  "account",
  "license",
  "vehicle",
  "device",
  "url",
  "ip",
  "other_id",
] as const;

export type PhiCategory = (typeof PHI_CATEGORIES)[number];

/**
 * `block`: a clear identifier; the write is refused until it is changed.
 * `warn`: plausibly an identifier; the physician must confirm "this is not patient information".
 */
export type PhiLevel = "block" | "warn";

export interface PhiFinding {
  category: PhiCategory;
  /** UTF-16 offset of the first character of the identifier (same indexing as String#slice). */
  start: number;
  /** UTF-16 offset one past the last character, so `text.slice(start, end)` is the identifier. */
  end: number;
  level: PhiLevel;
  /** A plain sentence telling the physician what to change. */
  message: string;
}

export interface ScanOptions {
  /**
   * The year used to turn a birth year into an age ("born in 1931" is an age over 89).
   * Defaults to the current UTC year; tests pin it.
   */
  referenceYear?: number;
}

/** What a detector reports before merging and before a message is attached. */
export interface RawFinding {
  category: PhiCategory;
  start: number;
  end: number;
  level: PhiLevel;
  /**
   * How sure the detector is of the category (0-100). When findings overlap, the merged finding
   * takes its category from the strongest one: a keyed "Medicaid ID 5530218846" (90) beats the
   * same digits read as a bare phone number (40).
   */
  priority: number;
  /**
   * A container (URL, e-mail address, file name) owns every finding inside it: a number inside a
   * portal link is part of the link, and a journal link that is allowed stays allowed.
   */
  container?: boolean;
  /**
   * A reading that yields to a service's line: an unexplained long number is someone's identifier
   * unless the phone detector reads the same digits as an institution's or the physician's own
   * line (`serviceLine`).
   */
  yieldsToPhone?: boolean;
  /** A phone or fax number the words around it give to a service or to the physician. */
  serviceLine?: boolean;
  /**
   * The sentence to show instead of the category's own, for findings the category's hint does not
   * describe (a public role or a news story reported as other_id).
   */
  message?: string;
}

export interface ScanContext {
  readonly text: string;
  readonly referenceYear: number;
}

export type Detector = (ctx: ScanContext) => RawFinding[];
