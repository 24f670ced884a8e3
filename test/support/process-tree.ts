// The processes a test started, as Linux's /proc shows them: a process and everything it started,
// or everything in a process group, to check that a stop leaves nothing behind.
import { readdirSync, readFileSync } from 'node:fs';

interface ProcessEntry {
  pid: number;
  ppid: number;
  pgrp: number;
  command: string;
}

/** Every process now running, read from /proc/<pid>/stat and cmdline (one that ends meanwhile is left out). */
function processes(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name in parentheses may hold spaces and parentheses: the fields follow the last ')'.
      const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue;
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      entries.push({ pid: Number(name), ppid: Number(ppid), pgrp: Number(pgrp), command });
    } catch {
      // gone between the listing and the read
    }
  }
  return entries;
}

/** `pid` and all its descendants that are running, with their command lines. */
export function processTree(pid: number): { pid: number; command: string }[] {
  const all = processes();
  const found = all.filter((entry) => entry.pid === pid);
  for (let index = 0; index < found.length; index++) found.push(...all.filter((entry) => entry.ppid === found[index]!.pid));
  return found.map(({ pid, command }) => ({ pid, command }));
}

/** The running processes of process group `pgid`. */
export function processGroup(pgid: number): { pid: number; command: string }[] {
  return processes()
    .filter((entry) => entry.pgrp === pgid)
    .map(({ pid, command }) => ({ pid, command }));
}

/** Whether a process is still running (zombies count as gone). */
export function running(pid: number): boolean {
  return processes().some((entry) => entry.pid === pid);
}
