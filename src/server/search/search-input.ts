import { z } from "zod";
import { unscannedText } from "../privacy/free-text";
import { channelCatalog } from "../forum/channel-catalog";

/**
 * What a search accepts, from the /search form's query string or GET /api/search. Every value
 * arrives as text, and a form sends its untouched filters as empty strings: "" means "any".
 * Dates are days in UTC; `to` includes its whole day.
 */

export const SEARCH_PAGE_SIZE = 20;
/** 50 pages of 20: deep enough for any member, and bounds the OFFSET a page can ask for. */
export const MAX_SEARCH_PAGE = 50;

export const searchKinds = ["discussion", "case", "poll"] as const;
export type SearchKind = (typeof searchKinds)[number];

const channelSlugs = channelCatalog.map((channel) => channel.slug) as [string, ...string[]];
const DAY_MS = 24 * 3600_000;

/** An optional field of a GET form: "" (the form's "any") reads as not given. */
function optional<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
}

/** A calendar day as YYYY-MM-DD → its first millisecond in UTC; impossible days are refused. */
function day(label: string) {
  const message = `Give the ${label} date as YYYY-MM-DD, for example 2026-03-31.`;
  return z
    .string({ error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: message })
    .transform((text, context) => {
      const [year, month, date] = text.split("-").map(Number) as [number, number, number];
      const ms = Date.UTC(year, month - 1, date);
      if (new Date(ms).toISOString().slice(0, 10) !== text) {
        context.addIssue({ code: "custom", message: `There is no day ${text}: give the ${label} date as YYYY-MM-DD.` });
        return z.NEVER;
      }
      return ms;
    });
}

export const searchInputSchema = z
  .object({
    q: unscannedText(z.string({ error: "Type a word or phrase to search for." }), "a search query: never stored, never logged"),
    channel: optional(z.enum(channelSlugs, { error: "Choose a channel from the list." })),
    kind: optional(z.enum(searchKinds, { error: "The kind must be discussion, case or poll." })),
    solved: optional(z.enum(["yes", "no"], { error: 'Solved must be "yes" or "no".' })),
    author: optional(
      unscannedText(
        z
          .string({ error: "Give the author's pseudonym." })
          .trim()
          .transform((name) => name.replace(/^@/, ""))
          .pipe(z.string().regex(/^[A-Za-z0-9_]{3,30}$/, { error: "A pseudonym has 3–30 letters, digits or underscores." })),
        "a search query: never stored, never logged",
      ),
    ),
    from: optional(day("from")),
    to: optional(day("to")),
    page: optional(
      z.coerce
        .number({ error: `The page must be a number from 1 to ${MAX_SEARCH_PAGE}.` })
        .int({ error: `The page must be a number from 1 to ${MAX_SEARCH_PAGE}.` })
        .min(1, { error: `The page must be a number from 1 to ${MAX_SEARCH_PAGE}.` })
        .max(MAX_SEARCH_PAGE, { error: `Search shows ${MAX_SEARCH_PAGE} pages at most; add a word or a filter to narrow it.` }),
    ),
  })
  .strict()
  .superRefine((input, context) => {
    if (input.solved !== undefined && input.kind !== undefined && input.kind !== "case") {
      context.addIssue({ code: "custom", path: ["solved"], message: "Only cases are solved or unsolved: choose the kind Case, or any solved state." });
    }
    if (input.from !== undefined && input.to !== undefined && input.from > input.to) {
      context.addIssue({ code: "custom", path: ["to"], message: "The “to” date is before the “from” date." });
    }
  })
  .transform((input) => ({
    q: input.q,
    channel: input.channel,
    // "solved" is a state of cases only, so asking for it means asking for cases.
    kind: input.solved !== undefined ? ("case" as const) : input.kind,
    solved: input.solved,
    author: input.author,
    /** First millisecond (UTC) of the `from` day. */
    fromMs: input.from,
    /** First millisecond after the `to` day. */
    untilMs: input.to === undefined ? undefined : input.to + DAY_MS,
    page: input.page ?? 1,
  }));

export type SearchInput = z.output<typeof searchInputSchema>;
