import type { Client } from "@libsql/client";
import { drizzleOver, type Database } from "../../src/server/db/client";

const roundTripMethods = new Set(["execute", "batch", "executeMultiple", "transaction", "migrate"]);

/**
 * Wraps a libSQL client so every call that reaches the database server (one HTTP request to
 * Turso) is counted. Pages promise at most two per load; tests assert it.
 */
export function countRoundTrips(client: Client): { db: Database; count: () => number; reset: () => void } {
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
  return { db: drizzleOver(counting), count: () => calls, reset: () => (calls = 0) };
}
