import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { createDb, type DatabaseHandle } from "../../src/server/db/client";

/**
 * A fresh, migrated libSQL file for one test file: a copy of the template the global set-up
 * migrated once. (libSQL `:memory:` databases do not survive a transaction, so files it is.)
 */
export function createTestDatabase(): DatabaseHandle & { file: string } {
  const dir = mkdtempSync(join(tmpdir(), `rounds-w${process.env.VITEST_POOL_ID ?? "0"}-`));
  const file = join(dir, "test.db");
  copyFileSync(inject("templateDbFile"), file);
  return { ...createDb(`file:${file}`), file };
}
