/**
 * CPU seconds used by a process and its descendants, from Linux's /proc (utime + stime of each,
 * in clock ticks of 1/100 s, Linux's USER_HZ): the recommendation bench divides the server's and
 * the load generator's CPU by the requests served, to show where a 2-core machine's time goes.
 * Node has no API for another process's CPU time; null where /proc cannot be read.
 */
import { readdirSync, readFileSync } from "node:fs";

const USER_HZ = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  ticks: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: read after its end.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
    return { pid, ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

export function processTreeCpuSeconds(rootPid: number): number | null {
  let pids: number[];
  try {
    pids = readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return null;
  }
  const stats = pids.map(readStat).filter((s): s is ProcStat => s !== null);
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const root = stats.find((s) => s.pid === rootPid);
  if (!root) return null;
  let ticks = 0;
  const stack = [root];
  while (stack.length > 0) {
    const s = stack.pop()!;
    ticks += s.ticks;
    stack.push(...(children.get(s.pid) ?? []));
  }
  return ticks / USER_HZ;
}
