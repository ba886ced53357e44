import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { createDb } from "../../src/server/db/client";
import { migrateDatabase } from "../../src/server/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    templateDbFile: string;
  }
}

/** Migrates one template database; each test file works on its own copy (see test-database.ts). */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "rounds-test-"));
  const templateDbFile = join(dir, "template.db");
  const { db, client } = createDb(`file:${templateDbFile}`);
  await migrateDatabase(db, Date.UTC(2026, 0, 1));
  client.close();
  project.provide("templateDbFile", templateDbFile);
  return () => rmSync(dir, { recursive: true, force: true });
}
