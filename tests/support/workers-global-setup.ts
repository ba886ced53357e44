import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    workersDatabase: { url: string; threadPath: string; sessionCookie: string };
  }
}

/**
 * @cloudflare/vitest-pool-workers resolves even this file with the `workerd` condition, where
 * @libsql/client has no file: support, so the database is prepared and served by a Node child
 * process (tests/support/workers-database-server.ts), which prints one JSON line when ready.
 */
export default async function setup(project: TestProject) {
  const child = spawn("node_modules/.bin/tsx", ["tests/support/workers-database-server.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ready = await new Promise<{ url: string; threadPath: string; sessionCookie: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The workers test database did not start within 30 s.")), 30_000);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (!line.startsWith("{")) return;
      clearTimeout(timer);
      resolve(JSON.parse(line) as { url: string; threadPath: string; sessionCookie: string });
    });
    child.once("exit", (code) => reject(new Error(`The workers test database exited early (code ${code}).`)));
  });
  project.provide("workersDatabase", ready);
  return () =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
}
