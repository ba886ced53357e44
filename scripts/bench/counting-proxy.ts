import { createServer, connect, type Socket } from "node:net";

/**
 * A TCP pass-through in front of the libSQL server that counts database round trips: every
 * HTTP request the Worker sends to `POST /v2/pipeline`. It forwards bytes untouched (no HTTP
 * parsing or re-encoding, keep-alive connections map 1:1), so it adds little latency and CPU.
 *
 * Counting scans the client-to-server bytes for the request line. Hrana bodies are JSON, which
 * cannot contain a raw CR LF, so the line cannot be forged by SQL text; a line split across two
 * TCP chunks is still found because the tail of the previous chunk is kept.
 */

const REQUEST_LINE = Buffer.from("POST /v2/pipeline HTTP/1.1\r\n");

export interface CountingProxy {
  url: string;
  /** Pipeline requests seen since the start or the last reset. */
  count(): number;
  reset(): void;
  /**
   * Starts keeping a copy of the bytes sent to the server; the returned function stops and
   * hands them over, one buffer per connection (so interleaved requests stay whole).
   */
  capture(): () => Buffer[];
  close(): Promise<void>;
}

export function startCountingProxy(upstreamPort: number): Promise<CountingProxy> {
  let requests = 0;
  let captured: Map<Socket, Buffer[]> | null = null;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(upstreamPort, "127.0.0.1");
    sockets.add(client);
    sockets.add(upstream);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    let tail: Buffer = Buffer.alloc(0);
    client.on("data", (chunk: Buffer) => {
      const window = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
      for (let at = window.indexOf(REQUEST_LINE); at !== -1; at = window.indexOf(REQUEST_LINE, at + REQUEST_LINE.length)) {
        requests++;
      }
      tail = window.subarray(Math.max(0, window.length - (REQUEST_LINE.length - 1)));
      if (captured) captured.set(client, [...(captured.get(client) ?? []), chunk]);
      if (!upstream.write(chunk)) client.pause();
    });
    upstream.on("drain", () => client.resume());
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("end", () => upstream.end());
    client.on("error", end);
    client.on("close", end);
    upstream.on("error", end);
    upstream.on("close", end);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") {
        reject(new Error("the counting proxy has no TCP address"));
        return;
      }
      resolve({
        url: `http://127.0.0.1:${address.port}`,
        count: () => requests,
        reset: () => (requests = 0),
        capture: () => {
          const byConnection = new Map<Socket, Buffer[]>();
          captured = byConnection;
          return () => {
            captured = null;
            return [...byConnection.values()].map((chunks) => Buffer.concat(chunks));
          };
        },
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
