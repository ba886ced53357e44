import type { Client } from "@libsql/client";
import { drizzleOver, type Database } from "../../src/server/db/client";

const roundTripMethods = new Set(["execute", "batch", "executeMultiple", "transaction", "migrate"]);

/**
 * Wraps a libSQL client so every call that reaches the database server (one HTTP request to
 * Turso) is counted. A page read with its session gate (server/auth/session-gate.ts) takes one;
 * tests assert it.
 */
export function countRoundTrips(client: Client): { db: Database; client: Client; count: () => number; reset: () => void } {
  let calls = 0;
  const counting = new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value === "function" && typeof property === "string" && roundTripMethods.has(property)) {
        return (...args: unknown[]) => {
          calls += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: drizzleOver(counting), client: counting, count: () => calls, reset: () => (calls = 0) };
}
