import { z } from "zod";
import { DomainError } from "./errors";

/**
 * Bindings and variables the Worker needs, from wrangler.toml [vars], .dev.vars or
 * `wrangler secret put`. Parsed once per isolate; a missing or malformed value fails the request
 * with a message naming the variable (never its value, which may be a secret).
 */
const serverEnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: point it at the libSQL server (see .dev.vars.example)." })
    .regex(/^(libsql|https?|wss?|file):/, {
      error: "DATABASE_URL must start with libsql:, https:, http:, wss:, ws: or file:.",
    }),
  DATABASE_AUTH_TOKEN: z.string().optional(),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: { source: unknown; env: ServerEnv } | undefined;

export function parseServerEnv(source: Record<string, unknown>): ServerEnv {
  if (cached && cached.source === source) return cached.env;
  const result = serverEnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => issue.message).join(" ");
    throw new DomainError("UNAVAILABLE", `Server configuration is incomplete. ${problems}`);
  }
  // An empty token from a blank .dev.vars line means "no token", not an empty bearer.
  const env = { ...result.data, DATABASE_AUTH_TOKEN: result.data.DATABASE_AUTH_TOKEN || undefined };
  cached = { source, env };
  return env;
}
