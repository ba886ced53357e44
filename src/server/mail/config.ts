import { z } from "zod";
import { DomainError } from "../errors";
import { createOutboxTransport, OUTBOX_TRANSPORT_NAME } from "./outbox-transport";
import { createResendTransport, RESEND_DEFAULT_BASE_URL, RESEND_TRANSPORT_NAME } from "./resend-transport";
import type { MailTransport } from "./types";

export const mailTransportNames = [OUTBOX_TRANSPORT_NAME, RESEND_TRANSPORT_NAME] as const;
export const DEFAULT_MAIL_FROM = "Rounds <no-reply@rounds.localhost>";

// A blank line in .dev.vars arrives as "", which means "not set", not an empty value.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);

/** "Name <address@domain>" or a bare "address@domain"; no line breaks. */
const fromPattern = /^(?:[^<>\r\n@]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

/**
 * Mail settings from wrangler.toml [vars], .dev.vars or `wrangler secret put`. Rule: messages
 * name the variable and never echo its value (RESEND_API_KEY is a secret, the others may be typos
 * of one). Unrelated variables in the same env object are ignored.
 */
const mailConfigSchema = z
  .object({
    MAIL_TRANSPORT: optional(z.enum(mailTransportNames, { error: "MAIL_TRANSPORT must be outbox or resend." }).default(OUTBOX_TRANSPORT_NAME)),
    MAIL_FROM: optional(
      z.string({ error: "MAIL_FROM must be text." }).trim().regex(fromPattern, { error: 'MAIL_FROM must look like "Rounds <no-reply@example.org>".' }).default(DEFAULT_MAIL_FROM),
    ),
    RESEND_API_KEY: optional(z.string({ error: "RESEND_API_KEY must be text." }).trim().optional()),
    RESEND_BASE_URL: optional(z.url({ protocol: /^https?$/, error: "RESEND_BASE_URL must be an http: or https: URL." }).default(RESEND_DEFAULT_BASE_URL)),
  })
  .superRefine((config, context) => {
    if (config.MAIL_TRANSPORT === RESEND_TRANSPORT_NAME && !config.RESEND_API_KEY) {
      context.addIssue({
        code: "custom",
        path: ["RESEND_API_KEY"],
        message: "RESEND_API_KEY is not set: MAIL_TRANSPORT=resend needs a Resend API key (wrangler secret put RESEND_API_KEY, or .dev.vars locally).",
      });
    }
  });

export type MailConfig = z.infer<typeof mailConfigSchema>;

export function parseMailConfig(env: Record<string, unknown>): MailConfig {
  const result = mailConfigSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => issue.message).join(" ");
    throw new DomainError("UNAVAILABLE", `Mail configuration is incomplete. ${problems}`);
  }
  return result.data;
}

let cached: { source: unknown; transport: MailTransport } | undefined;

/**
 * The transport the settings choose; "outbox" unless MAIL_TRANSPORT says otherwise. Transports
 * hold no request state, so one per env object is reused instead of re-parsing on every request.
 */
export function mailTransportFrom(env: Record<string, unknown>): MailTransport {
  if (cached && cached.source === env) return cached.transport;
  const transport = buildTransport(parseMailConfig(env));
  cached = { source: env, transport };
  return transport;
}

function buildTransport(config: MailConfig): MailTransport {
  if (config.MAIL_TRANSPORT === RESEND_TRANSPORT_NAME && config.RESEND_API_KEY) {
    return createResendTransport({
      apiKey: config.RESEND_API_KEY,
      from: config.MAIL_FROM,
      baseUrl: config.RESEND_BASE_URL,
    });
  }
  return createOutboxTransport();
}
