// npx tsx scripts/probe-worker-memory.ts — does the Worker's isolate keep memory per request?
//
// Serves a copy of the benchmark's 1k-thread database (npm run bench makes it) with the local
// libSQL server and the built Worker (dist/) under wrangler dev, makes 100 members with sessions
// and a thread, then writes as they would: replies and votes (two votes for every reply), N in
// flight. Every 10 s it forces a full GC in the Worker's isolate over DevTools and prints the heap
// still in use, next to the resident memory of the Worker's workerd process and of wrangler's
// own proxy workerd (which production does not have).
//
// Reading it: a heap that keeps growing after a forced GC is memory the isolate retains per
// request (a module-level map or cache without a bound); a flat heap with a growing RSS is
// native memory outside JavaScript (workerd, the allocator, the inspector wrangler attaches).
//
//   --seconds S       seconds of writes after a 3 s warm-up (default 60)
//   --concurrency N   requests in flight (default 8)
//   --pages           GET the thread page instead of writing
//
// Everything listens on 127.0.0.1 and stops when the script ends. Needs Node's WebSocket client
// (Node 22, or Node 20 with --experimental-websocket: the script restarts itself with it).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import Database from "libsql";
import { createDb } from "../src/server/db/client";
import { createPhysician, createThread } from "../tests/fixtures/factories";
import { createLoadMembers, type LoadMember } from "../tests/support/load-members";
import { descendantsOf } from "./bench/process-cpu";
import { splitWorkerd } from "./bench/stack";
import { freePort, projectRoot, startLibsqlServerProcess, startWranglerDev } from "./lib/processes";

/** Just enough of the DevTools protocol to force a GC and read the heap; every call times out. */
class DevTools {
  private nextId = 1;
  private pending = new Map<number, (result: unknown) => void>();
  private constructor(private socket: WebSocket) {
    socket.addEventListener("message", (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
      if (message.id === undefined) return;
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
    });
  }

  /** Through wrangler's inspector proxy: workerd's own inspector port answers one client only, and wrangler is it. */
  static async connect(inspectorPort: number): Promise<DevTools> {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      try {
        const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as { webSocketDebuggerUrl?: string }[];
        const url = targets.find((target) => target.webSocketDebuggerUrl)?.webSocketDebuggerUrl;
        if (url) {
          const socket = new WebSocket(url, { headers: { origin: "http://127.0.0.1" } } as unknown as string[]);
          await new Promise((resolveOpen, rejectOpen) => {
            socket.addEventListener("open", resolveOpen, { once: true });
            socket.addEventListener("error", rejectOpen, { once: true });
          });
          return new DevTools(socket);
        }
      } catch {
        // not up yet
      }
      await new Promise((wait) => setTimeout(wait, 300));
    }
    throw new Error(`No DevTools target on port ${inspectorPort}.`);
  }

  send<T>(method: string): Promise<T> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params: {} }));
    return new Promise<T>((resolveCall, rejectCall) => {
      this.pending.set(id, (result) => resolveCall(result as T));
      setTimeout(() => rejectCall(new Error(`DevTools ${method} had no answer in 60 s (did workerd restart?)`)), 60_000).unref();
    });
  }

  close(): void {
    this.socket.close();
  }
}

const rssMb = (pids: readonly number[]) =>
  pids.reduce((sum, pid) => {
    try {
      return sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
    } catch {
      return sum;
    }
  }, 0);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: "string" }, concurrency: { type: "string" }, pages: { type: "boolean" } } });
  const seconds = Number(values.seconds ?? 60);
  const concurrency = Number(values.concurrency ?? 8);
  const source = join(projectRoot, ".data/bench-1k.db");
  const work = mkdtempSync(join(tmpdir(), "rounds-memory-"));
  const file = join(work, "bench-1k.db");
  const copy = new Database(source, { readonly: true });
  copy.exec(`vacuum into '${file.replaceAll("'", "''")}'`);
  copy.close();
  const { db, client } = createDb(`file:${file}`);
  const members = await createLoadMembers(db, 100, { prefix: "memoryprobe" });
  const authorId = await createPhysician(db, { pseudonym: "memoryprobe_author", email: "memoryprobe-author@example.org" });
  const { threadId } = await createThread(db, { authorId, title: "Fluids or early pressors?", bodySource: "What do you start with in septic shock?", createdAt: Date.now() });
  client.close();

  const database = await startLibsqlServerProcess({ file });
  const inspectorPort = await freePort();
  const worker = await startWranglerDev({
    port: await freePort(),
    vars: { DATABASE_URL: database.url, MAIL_TRANSPORT: "outbox" },
    persistTo: join(work, "wrangler"),
    inspectorPort,
  });
  let devtools: DevTools | undefined;
  try {
    const workerd = descendantsOf(worker.child.pid as number)
      .filter((entry) => entry.comm === "workerd")
      .map((entry) => entry.pid);
    const { userPids, proxyPids } = splitWorkerd(workerd, Number(new URL(worker.url).port));
    devtools = await DevTools.connect(inspectorPort);
    const statuses = new Map<string, number>();
    const replyIds: number[] = [];
    let sent = 0;

    const request = async (member: LoadMember, turn: number) => {
      const vote = turn % 3 !== 0;
      const onReply = vote && turn % 2 === 1 && replyIds.length > 0;
      const path = values.pages ? `/t/${threadId}` : vote ? "/api/votes" : "/api/replies";
      const body = values.pages
        ? undefined
        : vote
          ? { targetType: onReply ? "comment" : "thread", targetId: onReply ? replyIds[turn % replyIds.length] : threadId, value: turn % 4 === 0 ? -1 : 1 }
          : { threadId, body: `Agree, recheck the lactate after the bolus (${"abcdefghij"[turn % 10]}).` };
      sent++;
      try {
        const response = await fetch(`${worker.url}${path}`, {
          method: body ? "POST" : "GET",
          headers: { cookie: member.cookieHeader, origin: worker.url, "content-type": "application/json", accept: "application/json" },
          body: body ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(15_000),
        });
        const text = await response.text();
        statuses.set(String(response.status), (statuses.get(String(response.status)) ?? 0) + 1);
        if (response.status === 201) {
          const id = (JSON.parse(text) as { reply?: { id?: unknown }; id?: unknown }).reply?.id;
          if (typeof id === "number") replyIds.push(id);
        }
      } catch {
        statuses.set("no answer", (statuses.get("no answer") ?? 0) + 1);
      }
    };
    const run = async (forSeconds: number) => {
      const end = Date.now() + forSeconds * 1000;
      await Promise.all(
        Array.from({ length: concurrency }, async (_, lane) => {
          for (let turn = lane; Date.now() < end; turn += concurrency) await request(members[(turn * 7) % members.length] as LoadMember, turn);
        }),
      );
    };
    // workerd handles inspector messages while the isolate has work: keep a trickle of requests going until the answer comes.
    const withTrickle = async <T>(call: Promise<T>): Promise<T> => {
      let done = false;
      const trickle = (async () => {
        while (!done) {
          await fetch(`${worker.url}/api/health`)
            .then((response) => response.arrayBuffer())
            .catch(() => undefined);
          await new Promise((wait) => setTimeout(wait, 50));
        }
      })();
      try {
        return await call;
      } finally {
        done = true;
        await trickle;
      }
    };
    const report = async (label: string) => {
      await withTrickle(devtools?.send("HeapProfiler.collectGarbage") ?? Promise.resolve());
      const heap = await withTrickle((devtools as DevTools).send<{ usedSize: number; totalSize: number }>("Runtime.getHeapUsage"));
      console.log(
        `${label.padEnd(14)} ${String(sent).padStart(6)} requests  heap after GC ${(heap.usedSize / 1e6).toFixed(1)} MB (of ${(heap.totalSize / 1e6).toFixed(1)})  ` +
          `Worker workerd RSS ${rssMb(userPids).toFixed(0)} MB  wrangler proxy RSS ${rssMb(proxyPids).toFixed(0)} MB`,
      );
    };
    await withTrickle(devtools.send("HeapProfiler.enable"));
    console.log(`${values.pages ? "thread page GETs" : "replies and votes"}, ${concurrency} in flight, database ${relative(projectRoot, source)} (copy)`);
    await run(3);
    await report("after warm-up");
    for (let elapsed = 10; elapsed <= seconds; elapsed += 10) {
      await run(10);
      await report(`+${elapsed} s`);
    }
    console.log(`answers: ${[...statuses].map(([status, count]) => `${status} ×${count}`).join(", ")}`);
  } finally {
    devtools?.close();
    await worker.stop();
    await database.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (typeof globalThis.WebSocket === "undefined") {
  const child = spawn(process.execPath, ["--experimental-websocket", ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.once("exit", (code) => process.exit(code ?? 1));
} else {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
