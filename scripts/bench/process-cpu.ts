import { readFileSync, readdirSync } from "node:fs";

/**
 * CPU time of processes from /proc (Linux): the workerd processes that `wrangler dev` starts,
 * found among the descendants of the wrangler child, so "Worker CPU per request" is the CPU
 * seconds workerd spent divided by the requests it served (as the architecture doc suggests).
 */

// Clock ticks per second for /proc/<pid>/stat; 100 on every Linux build Node supports.
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  /** utime + stime, in ticks. */
  cpuTicks: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // comm is in parentheses and may itself contain spaces or parentheses.
    const open = text.indexOf("(");
    const close = text.lastIndexOf(")");
    const fields = text.slice(close + 2).split(" ");
    // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
    return {
      pid,
      comm: text.slice(open + 1, close),
      ppid: Number(fields[1]),
      cpuTicks: Number(fields[11]) + Number(fields[12]),
    };
  } catch {
    return null; // the process ended meanwhile
  }
}

function allProcesses(): ProcStat[] {
  const list: ProcStat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) list.push(stat);
  }
  return list;
}

/** The command line of a process, arguments joined by spaces ("" when it ended). */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return "";
  }
}

/** Every descendant of `rootPid` (not the root itself). */
export function descendantsOf(rootPid: number): ProcStat[] {
  const processes = allProcesses();
  const children = new Map<number, ProcStat[]>();
  for (const entry of processes) {
    const list = children.get(entry.ppid) ?? [];
    list.push(entry);
    children.set(entry.ppid, list);
  }
  const out: ProcStat[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    for (const child of children.get(pid) ?? []) {
      out.push(child);
      queue.push(child.pid);
    }
  }
  return out;
}

/** CPU seconds of these processes so far (ended processes count as 0). */
export function cpuSeconds(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) ticks += readStat(pid)?.cpuTicks ?? 0;
  return ticks / TICKS_PER_SECOND;
}

/** Peak resident set size (VmHWM) of a process in MB, or null when it cannot be read. */
export function peakRssMb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Busy CPU seconds of the whole machine so far (all cores; idle and iowait excluded). */
export function machineBusySeconds(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
  // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest is inside user)
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}

/** CPU seconds of this process and every process it started (wrangler, workerd, servers). */
export function ownTreeCpuSeconds(): number {
  return cpuSeconds([process.pid, ...descendantsOf(process.pid).map((child) => child.pid)]);
}
