import { afterAll } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { searchForum, type SearchPage } from "../../../src/server/search/search-forum";
import { createTestDatabase } from "../../support/test-database";
import { createViewer } from "../../fixtures/viewers";

/** A test database for one search test file, and a verified reader to search as. */
export function searchWorld() {
  const handle = createTestDatabase();
  afterAll(() => handle.client.close());
  let reader: Viewer | undefined;
  const readerViewer = async () => (reader ??= await createViewer(handle.db));
  /** Searches as a verified member; `input` is what the form or the API would send. */
  const search = async (input: Record<string, unknown>, as?: Viewer): Promise<SearchPage> => searchForum(handle.db, as ?? (await readerViewer()), input, Date.now());
  /** The URLs of the results, for assertions that do not care about the rest. */
  const urls = async (input: Record<string, unknown>) => (await search(input)).results.map((result) => result.url);
  return { handle, db: handle.db, search, urls, readerViewer };
}

/** A word no other test writes, so results belong to the test that made them. */
let counter = 0;
export function uniqueWord(stem = "zq"): string {
  counter += 1;
  // Letters only, so the porter stemmer leaves it alone and FTS5 keeps it as one token.
  return `${stem}${String(counter).replace(/\d/g, (digit) => "abcdefghij"[Number(digit)] as string)}x${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 6)}`;
}
