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
  /** "manual" (default): an admin approves every physician; "auto": approve on a full NPPES match. */
  VERIFICATION_MODE: z.enum(["manual", "auto"], { error: 'VERIFICATION_MODE must be "manual" or "auto".' }).default("manual"),
  NPPES_BASE_URL: z.url({ error: "NPPES_BASE_URL must be a URL such as https://npiregistry.cms.hhs.gov." }).default("https://npiregistry.cms.hhs.gov"),
  NPPES_TIMEOUT_MS: z.coerce.number({ error: "NPPES_TIMEOUT_MS must be a number of milliseconds." }).int().min(100).max(30_000).default(4000),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: { source: unknown; env: ServerEnv } | undefined;

export function parseServerEnv(source: Record<string, unknown>): ServerEnv {
  if (cached && cached.source === source) return cached.env;
  // Blank lines in .dev.vars arrive as empty strings: treat them as unset so defaults apply.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = serverEnvSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => issue.message).join(" ");
    throw new DomainError("UNAVAILABLE", `Server configuration is incomplete. ${problems}`);
  }
  cached = { source, env: result.data };
  return result.data;
}
