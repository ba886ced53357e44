import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startLibsqlServerProcess, startWranglerDev, type RunningProcess } from "../lib/processes";
import { startCountingProxy, type CountingProxy } from "./counting-proxy";
import type { DatasetInfo } from "./dataset";
import { seedNotifications } from "./notification-count";
import { commandLine, descendantsOf, peakRssMb } from "./process-cpu";
import type { SearchGroup } from "./search-terms";
import { checkTargets, discoverPaths, prepareViewer, type PageType } from "./targets";

/**
 * Everything one dataset is served with: the local libSQL server on its file, the counting
 * proxy in front of it, and the built Worker under wrangler dev whose DATABASE_URL is the proxy.
 * The member pages are requested as is signed in and given their notifications first.
 */
export interface Stack {
  info: DatasetInfo;
  url: string;
  /** The member the pages are requested as. */
  memberId: number;
  headers: Record<string, string>;
  pages: PageType[];
  proxy: CountingProxy;
  /** The workerd process that runs the Worker itself: what production bills. */
  workerdPids: number[];
  /** The workerd process of wrangler dev's own proxy in front of it (local only). */
  proxyPids: number[];
  dbPids: number[];
  /** Peak RSS (MB) of workerd and of the libSQL server so far. */
  peakRss(): { workerd: number | null; db: number | null };
  stop(): Promise<void>;
}

/**
 * wrangler dev runs two workerd processes: its proxy, listening on the public port, and the
 * Worker, on a port of its own. Each is told its socket on the command line
 * (`--socket-addr=entry=127.0.0.1:PORT`), so the proxy is the one with the public port. When the
 * split cannot be made (a wrangler that names sockets otherwise), every process counts as the
 * Worker, as before, and the bench says so.
 */
export function splitWorkerd(pids: readonly number[], publicPort: number): { userPids: number[]; proxyPids: number[] } {
  const listensOnPublic = (pid: number) => new RegExp(`=(?:127\\.0\\.0\\.1|localhost|\\[::1\\]|0\\.0\\.0\\.0)?:${publicPort}(?!\\d)`).test(commandLine(pid));
  const proxyPids = pids.filter(listensOnPublic);
  const userPids = pids.filter((pid) => !listensOnPublic(pid));
  if (proxyPids.length === 0 || userPids.length === 0) {
    process.stderr.write("bench: could not tell wrangler's proxy from the Worker among the workerd processes; counting them together.\n");
    return { userPids: [...pids], proxyPids: [] };
  }
  return { userPids, proxyPids };
}

export interface StackOptions {
  /**
   * Replace every notification with the fixed set of notification-count.ts (default). The members
   * section keeps the file's own: the member-scale file's 2 million are part of what it measures.
   */
  seedNotifications?: boolean;
  /** The pages to measure, instead of discoverPaths' (the members section's list). */
  discover?: (file: string, viewer: { memberId: number; headers: Record<string, string> }) => Promise<PageType[]>;
}

/** Starts a stack; on failure whatever was started is stopped. `track` registers the stop for Ctrl-C. */
export async function startStack(info: DatasetInfo, track: (stop: () => Promise<void>) => void, searches: readonly SearchGroup[] = [], options: StackOptions = {}): Promise<Stack> {
  const file = info.spec.file;
  const viewer = await prepareViewer(file);
  const { memberId, headers } = viewer;
  // The member every page is requested as has many notifications (see notification-count.ts).
  if (options.seedNotifications ?? true) seedNotifications(file, memberId, Date.now());
  const pages = options.discover ? await options.discover(file, viewer) : await discoverPaths(file, searches);

  let database: RunningProcess | undefined;
  let proxy: CountingProxy | undefined;
  let worker: RunningProcess | undefined;
  const persistTo = mkdtempSync(join(tmpdir(), "rounds-bench-"));
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await worker?.stop();
      await proxy?.close();
      await database?.stop();
      rmSync(persistTo, { recursive: true, force: true });
    })());
  track(stop);
  try {
    database = await startLibsqlServerProcess({ file });
    proxy = await startCountingProxy(Number(new URL(database.url).port));
    worker = await startWranglerDev({ port: await freePort(), vars: { DATABASE_URL: proxy.url, MAIL_TRANSPORT: "outbox" }, persistTo });
    const allWorkerdPids = descendantsOf(worker.child.pid as number)
      .filter((entry) => entry.comm === "workerd")
      .map((entry) => entry.pid);
    if (allWorkerdPids.length === 0) throw new Error("Found no workerd process under wrangler dev; cannot measure Worker CPU.");
    const { userPids: workerdPids, proxyPids } = splitWorkerd(allWorkerdPids, Number(new URL(worker.url).port));
    const dbPids = [database.child.pid as number, ...descendantsOf(database.child.pid as number).map((entry) => entry.pid)];
    await checkTargets(worker.url, headers, pages);
    const sum = (pids: number[]) => {
      const peaks = pids.map(peakRssMb).filter((value): value is number => value !== null);
      return peaks.length ? peaks.reduce((a, b) => a + b, 0) : null;
    };
    return {
      info,
      url: worker.url,
      memberId,
      headers,
      pages,
      proxy,
      workerdPids,
      proxyPids,
      dbPids,
      // tsx runs the libSQL server in a child node process; the largest one is the server.
      peakRss: () => ({ workerd: sum(workerdPids), db: Math.max(0, ...dbPids.map((pid) => peakRssMb(pid) ?? 0)) || null }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
