import { channelCatalog } from "../forum/channel-catalog";

/**
 * The /search form's fields as the member typed them (kept in the form after a search or an
 * error), and the links between result pages. Only the form's own fields are carried into a
 * link, so a page link never repeats something the search refused as unknown.
 */

export const searchFormFields = ["q", "channel", "kind", "solved", "author", "from", "to"] as const;
export type SearchFormField = (typeof searchFormFields)[number];
export type SearchFormValues = Record<SearchFormField, string>;

export const channelOptions = channelCatalog.map((channel) => ({ value: channel.slug, label: channel.name }));
export const kindOptions = [
  { value: "discussion", label: "Discussions" },
  { value: "case", label: "Cases" },
  { value: "poll", label: "Polls" },
] as const;
export const solvedOptions = [
  { value: "yes", label: "Solved cases" },
  { value: "no", label: "Unsolved cases" },
] as const;

/** The form's values from a query string (first value wins, absent is ""). */
export function searchFormValues(params: URLSearchParams): SearchFormValues {
  const values = {} as SearchFormValues;
  for (const field of searchFormFields) values[field] = params.get(field) ?? "";
  return values;
}

/** Whether any filter (anything but the words) is set: the filters then show open. */
export function hasFilters(values: SearchFormValues): boolean {
  return searchFormFields.some((field) => field !== "q" && values[field] !== "");
}

/** The address of one page of these results: the non-empty fields, then the page. */
export function searchPageHref(values: SearchFormValues, page: number): string {
  const params = new URLSearchParams();
  for (const field of searchFormFields) if (values[field] !== "") params.set(field, values[field]);
  if (page > 1) params.set("page", String(page));
  return `/search?${params.toString()}`;
}

/**
 * Page numbers to link: pages before this one exist, the next one when there are more results.
 * Without a total count (a search does not count every match) the list ends there; far pages
 * keep the first page and the eight before this one.
 */
export function pageNumbers(current: number, hasMore: boolean): number[] {
  const last = hasMore ? current + 1 : current;
  const first = Math.max(1, current - 8);
  const numbers = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  return first > 1 ? [1, ...numbers] : numbers;
}
