import { authorizeLiveThread } from "../../server/live/live-access";
import { httpStatusForCode, isDomainError } from "../../server/errors";
import { applySecurityHeaders, apiContentSecurityPolicy } from "../security-headers";
import { databaseFromEnv } from "../request-context";
import { readSessionToken } from "../session-cookie";
import { threadLiveNamespace, threadLiveStub } from "./tell";

/** The live-update socket of a thread; the Worker entry answers it before Astro sees the request. */
const LIVE_PATH = /^\/api\/threads\/(\d{1,15})\/live$/;

/** The thread id when `request` asks for a thread's live socket (any method: refused below), else null. */
export function liveThreadIdOf(request: Request): number | null {
  // Every request passes here: most are turned away without parsing the URL (ADR 0022 counts such costs).
  if (!request.url.includes("/live")) return null;
  const match = LIVE_PATH.exec(new URL(request.url).pathname);
  return match ? Number(match[1]) : null;
}

function refusal(status: number, message: string): Response {
  const response = new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });
  applySecurityHeaders(response.headers, apiContentSecurityPolicy);
  return response;
}

/**
 * Opens a reader's live socket on a thread. Rules, in order: a GET WebSocket upgrade; from this
 * site's own pages (a browser sends Origin on every WebSocket, and the session cookie goes along,
 * so another site must not open one in a member's name); a valid session of a member who may read
 * the thread (authorizeLiveThread: one domain function, checked here, before the upgrade reaches
 * the thread's Durable Object).
 */
export async function openLiveSocket(request: Request, env: Record<string, unknown>, threadId: number): Promise<Response> {
  if (request.method !== "GET" || request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
    return refusal(426, "This address takes a WebSocket upgrade only.");
  }
  if (request.headers.get("origin") !== new URL(request.url).origin) return refusal(403, "Live updates are open to this site's own pages only.");
  const namespace = threadLiveNamespace(env);
  if (!namespace) return refusal(503, "Live updates are not available here.");
  try {
    await authorizeLiveThread(databaseFromEnv(env), readSessionToken(request), threadId, Date.now());
  } catch (error) {
    if (isDomainError(error)) return refusal(httpStatusForCode[error.code], error.message);
    throw error;
  }
  return threadLiveStub(namespace, threadId).fetch(`https://thread-live/connect?thread=${threadId}`, { headers: { upgrade: "websocket" } });
}
