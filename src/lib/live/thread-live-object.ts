import { parseLiveEvent, THREAD_CLOSED_CODE, type LiveEvent } from "./live-event";

/** What each socket carries across hibernation (serializeAttachment). */
interface SocketAttachment {
  threadId: number;
  connectedAt: number;
}

/**
 * One Durable Object per thread (named by the thread id): it holds the open live-update sockets of
 * that thread's readers and passes on the events the write paths tell it (tell.ts). It uses the
 * WebSocket Hibernation API (state.acceptWebSocket): between events the object is evicted from
 * memory while the sockets stay open, so an idle thread costs no duration. It never sees who is
 * connected beyond the thread id, and never checks sessions: the Worker does that before it
 * forwards an upgrade here (live-socket.ts), and nothing outside the Worker can reach the object.
 * Keep-alive pings are answered by the runtime without waking it.
 */
export class ThreadLive {
  constructor(private readonly state: DurableObjectState) {
    this.state.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/connect") return this.connect(request, Number(url.searchParams.get("thread")));
    if (url.pathname === "/event" && request.method === "POST") return this.broadcast(await request.json().catch(() => null));
    return new Response("Not found", { status: 404 });
  }

  private connect(request: Request, threadId: number): Response {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") return new Response("Expected a WebSocket upgrade.", { status: 426 });
    const pair = new WebSocketPair();
    const [client, server] = [pair[0], pair[1]];
    this.state.acceptWebSocket(server);
    server.serializeAttachment({ threadId, connectedAt: Date.now() } satisfies SocketAttachment);
    return new Response(null, { status: 101, webSocket: client });
  }

  /**
   * Sends each event to every open socket, in order; a "close" event closes them all instead.
   * Takes `{events: [...]}` (tell.ts gathers a thread's events) or a single event.
   */
  private broadcast(body: unknown): Response {
    const list = typeof body === "object" && body !== null && Array.isArray((body as { events?: unknown }).events) ? (body as { events: unknown[] }).events : [body];
    const events = list.map(parseLiveEvent);
    if (events.length === 0 || events.some((event) => event === null)) return new Response("Not an event.", { status: 400 });
    const sockets = this.state.getWebSockets();
    for (const event of events as LiveEvent[]) {
      const message = JSON.stringify(event);
      for (const socket of sockets) {
        try {
          if (event.kind === "close") socket.close(THREAD_CLOSED_CODE, "The thread is closed.");
          else socket.send(message);
        } catch {
          // A socket that is already closing: nothing to deliver to.
        }
      }
    }
    return Response.json({ delivered: sockets.length, events: events.length });
  }

  /** Readers send nothing but keep-alive pings (answered without waking the object). */
  webSocketMessage(): void {}

  /** Completes the closing handshake the reader started (this compatibility date does not). */
  webSocketClose(socket: WebSocket, code: number, reason: string): void {
    try {
      socket.close(code === 1005 || code === 1006 ? 1000 : code, reason);
    } catch {
      // Already closed.
    }
  }

  webSocketError(socket: WebSocket): void {
    try {
      socket.close(1011, "Socket error.");
    } catch {
      // Already closed.
    }
  }
}
