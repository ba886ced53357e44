// ADR 0021: every committed migration works with the previous Worker release (expand, then
// contract). Drops, renames and NOT NULL columns without a default need a reasoned marker.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkMigration } from "../../../scripts/lib/migration-rules";

const migrationsDir = join(import.meta.dirname, "../../../src/server/db/migrations");

/**
 * Migrations written before the rule that break it, each with the reason it is accepted. A file
 * listed here is skipped whole; add nothing new: new migrations use the marker comment instead.
 */
const GRANDFATHERED: Record<string, string> = {};

describe("migrations: expand, then contract", () => {
  const files = readdirSync(migrationsDir)
    .filter((name) => name.endsWith(".sql"))
    .sort();

  it("finds the committed migrations", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s keeps the previous Worker release working", (file) => {
    if (GRANDFATHERED[file]) return;
    expect(checkMigration(file, readFileSync(join(migrationsDir, file), "utf8"))).toEqual([]);
  });

  it("lists only existing files as grandfathered", () => {
    for (const file of Object.keys(GRANDFATHERED)) expect(files).toContain(file);
  });
});

describe("the migration rule checker", () => {
  const rules = (sql: string) => checkMigration("x.sql", sql).map((violation) => violation.rule);

  it("allows what only adds", () => {
    expect(
      rules(`CREATE TABLE \`a\` (\`id\` integer PRIMARY KEY NOT NULL, \`b\` text NOT NULL);
--> statement-breakpoint
ALTER TABLE \`users\` ADD \`nickname\` text;--> statement-breakpoint
ALTER TABLE \`users\` ADD \`digest\` text DEFAULT 'weekly' NOT NULL;--> statement-breakpoint
CREATE INDEX \`a_b_idx\` ON \`a\` (\`b\`);--> statement-breakpoint
DROP INDEX \`old_idx\`;--> statement-breakpoint
CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET b = 'DROP TABLE x; ALTER TABLE a RENAME TO c'; END;--> statement-breakpoint
INSERT INTO a (id, b) VALUES (1, 'ALTER TABLE users DROP COLUMN email');`),
    ).toEqual([]);
  });

  it("finds drops, renames and NOT NULL columns without a default, as drizzle-kit writes them", () => {
    expect(
      rules(`ALTER TABLE \`users\` ADD \`tier\` integer NOT NULL;--> statement-breakpoint
ALTER TABLE \`users\` DROP COLUMN \`legacy\`;--> statement-breakpoint
ALTER TABLE \`users\` RENAME COLUMN \`name\` TO \`full_name\`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE \`__new_threads\` (\`id\` integer PRIMARY KEY NOT NULL);
--> statement-breakpoint
INSERT INTO \`__new_threads\`("id") SELECT "id" FROM \`threads\`;--> statement-breakpoint
DROP TABLE \`threads\`;--> statement-breakpoint
ALTER TABLE \`__new_threads\` RENAME TO \`threads\`;--> statement-breakpoint
drop view if exists feed;`),
    ).toEqual(["not-null-without-default", "drop-column", "rename", "drop-table", "rename", "drop-view"]);
  });

  it("accepts a marked contract step only with a reason", () => {
    expect(
      rules(`-- contract: the Worker stopped reading users.legacy in release 0.9 (migration 0012 kept it one release)
ALTER TABLE \`users\` DROP COLUMN \`legacy\`;--> statement-breakpoint
-- contract: later
ALTER TABLE \`users\` DROP COLUMN \`other\`;`),
    ).toEqual(["marker-without-reason"]);
  });
});
