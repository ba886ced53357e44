import type { LiveEvent } from "./live-event";

/** The Durable Object namespace of wrangler.toml (binding THREAD_LIVE). */
export const THREAD_LIVE_BINDING = "THREAD_LIVE";

/** The part of an ExecutionContext this needs (Astro's runtime.ctx and Hono's executionCtx both have it). */
export interface WaitUntil {
  waitUntil(promise: Promise<unknown>): void;
}

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

/**
 * Tells the thread's Durable Object about a write, after that write's batch committed (call it
 * only once the domain function returned). The request runs after the answer is sent
 * (waitUntil), and a failure only costs the live readers an update: they still see it on reload.
 * A no-op without the binding or an execution context.
 */
export function tellThreadLive(env: Record<string, unknown>, context: WaitUntil | undefined, event: LiveEvent): void {
  const namespace = threadLiveNamespace(env);
  if (!namespace || !context) return;
  const undelivered = () => console.warn(`live: the ${event.kind} event of a thread was not delivered`);
  try {
    const delivery = threadLiveStub(namespace, event.threadId)
      .fetch("https://thread-live/event", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(event) })
      .then((response) => response.body?.cancel())
      .catch(undelivered);
    context.waitUntil(delivery);
  } catch {
    // `astro dev`'s platform proxy hands out a binding it cannot serve (the class lives in the
    // built Worker only): the write stands, the readers reload.
    undelivered();
  }
}
