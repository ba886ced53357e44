import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for the Resend HTTP API on 127.0.0.1 (a random port), so the real transport is
 * tested over real HTTP without the internet. Like Resend it refuses requests without a bearer
 * key (401), without a User-Agent (403) or without `from`/`to`/`subject` (422), and answers
 * errors as `{statusCode, name, message}`. Some error messages deliberately echo the API key or
 * the recipient, so tests can prove Rounds never stores them.
 *
 * `POST /emails/batch` takes an array of 1–100 emails. In Resend's default strict validation one
 * invalid email fails the request (422); with `x-batch-validation: permissive` the valid ones are
 * accepted and the answer is `{data: [{id}], errors: [{index, message}]}`, ids in request order.
 * The whole-request modes (rate limit, errors, slow, …) answer a batch as they answer one email.
 */

export type ResendStubMode =
  /** 200 `{"id": "<uuid>"}` */
  | "ok"
  /** 200 `{}`: accepted but no id */
  | "ok_without_id"
  /** 422 validation_error whose message quotes the recipient */
  | "validation_error"
  /** 401 invalid_api_key whose message quotes the key */
  | "unauthorized"
  /** 429 rate_limit_exceeded with Retry-After */
  | "rate_limited"
  /** 500 internal_server_error */
  | "server_error"
  /** 502 with an HTML page instead of JSON */
  | "not_json"
  /** 307 to /elsewhere, which would answer "ok" if followed */
  | "redirect"
  /** answers "ok" after `delayMs` (default 10 s) */
  | "slow";

export interface RecordedRequest {
  method: string;
  path: string;
  /** Node lower-cases header names. */
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
}

export interface ResendStub {
  /** Pass as the transport's baseUrl; requests go to `${baseUrl}/emails`. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Sets how the following requests are answered. */
  respondWith(mode: ResendStubMode, options?: { delayMs?: number }): void;
  /** Addresses Resend refuses as a validation error (an email of a batch, or a single send). */
  refuseRecipients: Set<string>;
  /** Forgets recorded requests and goes back to "ok". */
  reset(): void;
  close(): Promise<void>;
}

export async function startResendStub(): Promise<ResendStub> {
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let mode: ResendStubMode = "ok";
  let delayMs = 10_000;
  const refuseRecipients = new Set<string>();

  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: unknown = raw;
    try {
      body = JSON.parse(raw);
    } catch {
      // keep the raw text: a test may want to see what was sent
    }
    requests.push({ method: request.method ?? "", path: request.url ?? "", headers: request.headers, body });

    if (request.method === "POST" && request.url === "/elsewhere") {
      return sendJson(response, 200, { id: randomUUID() });
    }
    const batch = request.url === "/emails/batch";
    if (request.method !== "POST" || (request.url !== "/emails" && !batch)) {
      return sendError(response, 404, "not_found", "The requested endpoint does not exist.");
    }
    const authorization = request.headers.authorization ?? "";
    if (!authorization.startsWith("Bearer ") || authorization.length <= "Bearer ".length) {
      return sendError(response, 401, "missing_api_key", "Missing API key in the authorization header.");
    }
    if (!request.headers["user-agent"]) {
      return sendError(response, 403, "missing_user_agent", "Error 1010: requests need a User-Agent header.");
    }
    const emails = batch ? body : [body];
    if (!Array.isArray(emails) || emails.length === 0 || emails.length > 100) {
      return sendError(response, 422, "validation_error", "The batch must be an array of 1 to 100 emails.");
    }
    /** Why Resend would refuse this email on its own, or null. */
    const invalid = (email: unknown): string | null => {
      const fields = typeof email === "object" && email !== null ? (email as Record<string, unknown>) : {};
      if (typeof fields.from !== "string" || !Array.isArray(fields.to) || typeof fields.subject !== "string") return "missing_required_field";
      // Resend's `headers`: an object of string values, as its API validates it.
      if (
        fields.headers !== undefined &&
        (typeof fields.headers !== "object" || fields.headers === null || Object.values(fields.headers).some((value) => typeof value !== "string"))
      )
        return "validation_error";
      if (refuseRecipients.has(String(fields.to[0] ?? ""))) return `Invalid \`to\` field: ${String(fields.to[0])} cannot receive email from this domain.`;
      return null;
    };
    const problems = emails.map(invalid);
    const permissive = batch && request.headers["x-batch-validation"] === "permissive";
    const firstProblem = problems.findIndex((problem) => problem !== null);
    if (firstProblem >= 0 && !permissive) {
      const problem = problems[firstProblem]!;
      if (problem === "missing_required_field") return sendError(response, 422, problem, "The request body is missing one or more required fields.");
      return sendError(response, 422, "validation_error", problem === "validation_error" ? "The `headers` field must be an object of strings." : problem);
    }
    const to = String(((emails[0] as Record<string, unknown>).to as unknown[])[0] ?? "");
    /** The success answer: one id, or the batch's ids of accepted emails and its refusals. */
    const accepted = () =>
      batch
        ? {
            data: problems.filter((problem) => problem === null).map(() => ({ id: randomUUID() })),
            ...(permissive ? { errors: problems.flatMap((problem, index) => (problem === null ? [] : [{ index, message: problem }])) } : {}),
          }
        : { id: randomUUID() };
    const apiKey = authorization.slice("Bearer ".length);

    switch (mode) {
      case "ok":
        return sendJson(response, 200, accepted());
      case "ok_without_id":
        return sendJson(response, 200, {});
      case "validation_error":
        return sendError(response, 422, "validation_error", `Invalid \`to\` field: ${to} cannot receive email from this domain.`);
      case "unauthorized":
        return sendError(response, 401, "invalid_api_key", `API key ${apiKey} is invalid.`);
      case "rate_limited":
        response.setHeader("Retry-After", "1");
        return sendError(response, 429, "rate_limit_exceeded", "Too many requests. You can only make 2 requests per second.");
      case "server_error":
        return sendError(response, 500, "internal_server_error", "An unexpected error occurred.");
      case "not_json":
        response.writeHead(502, { "Content-Type": "text/html" });
        return response.end("<html><body><h1>502 Bad Gateway</h1></body></html>");
      case "redirect":
        response.writeHead(307, { Location: "/elsewhere" });
        return response.end();
      case "slow": {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!response.destroyed) sendJson(response, 200, accepted());
        }, delayMs);
        timers.add(timer);
        return;
      }
    }
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    refuseRecipients,
    respondWith(next, options) {
      mode = next;
      delayMs = options?.delayMs ?? 10_000;
    },
    reset() {
      requests.length = 0;
      refuseRecipients.clear();
      mode = "ok";
      delayMs = 10_000;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "Content-Type": "application/json" });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, status: number, name: string, message: string): void {
  sendJson(response, status, { statusCode: status, name, message });
}
