import type { WaitUntil } from "../request-context";
import type { LiveEvent } from "./live-event";

/** The Durable Object namespace of wrangler.toml (binding THREAD_LIVE). */
export const THREAD_LIVE_BINDING = "THREAD_LIVE";

/** The namespace, or null where there is none (plain Node: integration tests, `astro dev`). */
export function threadLiveNamespace(env: Record<string, unknown>): DurableObjectNamespace | null {
  const namespace = env[THREAD_LIVE_BINDING];
  if (typeof namespace !== "object" || namespace === null || !("idFromName" in namespace) || !("get" in namespace)) return null;
  return namespace as DurableObjectNamespace;
}

/** One object per thread, named by its id. */
export function threadLiveStub(namespace: DurableObjectNamespace, threadId: number): DurableObjectStub {
  return namespace.get(namespace.idFromName(String(threadId)));
}

/** How long events for one thread gather in an isolate before they go to its object together. */
export const LIVE_COALESCE_MS = 150;

/** Events gathering per thread in this isolate, keyed so a later event replaces an earlier one of the same post. */
const gathering = new Map<number, Map<string, LiveEvent>>();

const eventKey = (event: LiveEvent) => (event.kind === "close" ? "close" : `${event.kind}:${"postType" in event ? event.postType : "comment"}:${event.postId}`);

/**
 * Tells the thread's Durable Object about a write, after that write's batch committed (call it
 * only once the domain function returned). The request runs after the answer is sent
 * (waitUntil), and a failure only costs the live readers an update: they still see it on reload.
 * A no-op without the binding or an execution context.
 *
 * Rule: events of one thread are gathered for LIVE_COALESCE_MS in the isolate and sent as one
 * request (a vote's latest score replaces its earlier ones), so a burst of a thousand votes is a
 * handful of requests to the object, not a thousand; measured, one request per vote made a local
 * workerd restart under tests/e2e/load.test.ts's burst. The request that opened the gathering
 * sends it (its waitUntil holds the timer); later ones only add their event, so no request waits
 * on another's promise. A "close" goes at once: its sockets must not outlive the thread's state.
 */
export function tellThreadLive(env: Record<string, unknown>, context: WaitUntil | undefined, event: LiveEvent): void {
  const namespace = threadLiveNamespace(env);
  if (!namespace || !context) return;
  if (event.kind === "close") {
    context.waitUntil(deliver(namespace, event.threadId, [event]));
    return;
  }
  const open = gathering.get(event.threadId);
  if (open) {
    open.set(eventKey(event), event);
    return;
  }
  const events = new Map([[eventKey(event), event]]);
  gathering.set(event.threadId, events);
  context.waitUntil(
    new Promise((resolve) => setTimeout(resolve, LIVE_COALESCE_MS)).then(() => {
      gathering.delete(event.threadId);
      return deliver(namespace, event.threadId, [...events.values()]);
    }),
  );
}

/** One request carrying the events to the thread's object; failures are logged by kind only. */
function deliver(namespace: DurableObjectNamespace, threadId: number, events: LiveEvent[]): Promise<void> {
  const undelivered = () => console.warn(`live: ${events.length} event(s) of a thread were not delivered (${[...new Set(events.map((event) => event.kind))].join(", ")})`);
  try {
    return threadLiveStub(namespace, threadId)
      .fetch("https://thread-live/event", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ events }) })
      .then((response) => void response.body?.cancel())
      .catch(undelivered);
  } catch {
    // `astro dev`'s platform proxy hands out a binding it cannot serve (the class lives in the
    // built Worker only): the write stands, the readers reload.
    undelivered();
    return Promise.resolve();
  }
}
