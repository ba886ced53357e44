import { drainFanOut, fanOutMessageSchema, inlineFanOut, runFanOutChunk, type FanOutMessage, type FanOutTransport } from "../server/notifications/channel-fan-out";
import { databaseFromEnv, type WaitUntil } from "./request-context";

/**
 * The Worker's side of the channel fan-out (ADR 0033): the `FANOUT` queue binding of
 * wrangler.toml as a transport for the domain, and the `queue` handler that consumes it. Where
 * there is no binding (astro dev, the Hono app called from Node) the transport is inline: the
 * same chunks run in the request.
 */
function fanOutQueueOf(env: Record<string, unknown>): Queue<FanOutMessage> | undefined {
  const binding = env.FANOUT as Partial<Queue<FanOutMessage>> | undefined;
  return typeof binding?.sendBatch === "function" ? (binding as Queue<FanOutMessage>) : undefined;
}

/**
 * The transport for a request (with its `waitUntil`: the member's answer never waits for the
 * send) or for a scheduled run (no context: the send is awaited). A failed send is logged and
 * left to the hourly job, which re-sends fan-outs still pending; the post stands either way.
 */
export function fanOutTransportFrom(env: Record<string, unknown>, context: WaitUntil | undefined): FanOutTransport {
  const queue = fanOutQueueOf(env);
  if (!queue) return inlineFanOut;
  return {
    mode: "queue",
    send: async (messages) => {
      const sending = queue.sendBatch(messages.map((body) => ({ body, contentType: "json" as const }))).catch((error: unknown) => {
        console.error(`fan-out: could not enqueue ${messages.length} channel fan-outs; the hourly job re-sends them (${error instanceof Error ? error.name : "error"})`);
      });
      if (context) context.waitUntil(sending);
      else await sending;
    },
  };
}

/**
 * The `queue` handler: each message is one chunk of one fan-out; its continuation (next chunk)
 * is sent before the message is acknowledged. A chunk that fails is retried by the platform
 * (max_retries in wrangler.toml); a retry of a chunk that did commit is stale and does nothing.
 * A malformed message is dropped: nothing could ever run it.
 */
export async function consumeFanOutBatch(batch: MessageBatch<unknown>, env: Record<string, unknown>): Promise<void> {
  const db = databaseFromEnv(env);
  const queue = fanOutQueueOf(env);
  let chunks = 0;
  for (const message of batch.messages) {
    const parsed = fanOutMessageSchema.safeParse(message.body);
    if (!parsed.success) {
      console.error("fan-out: dropped a malformed queue message");
      message.ack();
      continue;
    }
    try {
      const next = await runFanOutChunk(db, parsed.data, Date.now());
      chunks++;
      if (next && queue) await queue.send(next, { contentType: "json" });
      else if (next) await drainFanOut(db, next, Date.now());
      message.ack();
    } catch (error) {
      console.error(`fan-out: a chunk failed and will be retried (${error instanceof Error ? error.name : "error"})`);
      message.retry();
    }
  }
  console.log(`fan-out: ran ${chunks} of ${batch.messages.length} chunks`);
}
