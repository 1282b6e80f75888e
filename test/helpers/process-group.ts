// A child process's whole group: the helpers that start a server spawn it as the leader of a process group
// of its own, so everything it starts (tsx's child, the managed Neo4j's JVM) can be killed at once, and its
// end awaited: once no process of the group is left, the Neo4j store lock it held is free again.
import { execFileSync } from 'node:child_process';

/** Pids of the live processes (zombies left out: they hold no files) whose process group is `pgid`. */
export function groupMembers(pgid: number): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,pgid=,stat='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([pid, group, stat]) => pid && Number(group) === pgid && !stat?.startsWith('Z'))
    .map(([pid]) => Number(pid));
}

/**
 * SIGKILLs every process of the group and resolves once none is left; rejects when some are still there
 * after `limitMs` (their pids in the message).
 */
export async function killGroup(pgid: number, limitMs = 30_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const members = groupMembers(pgid);
    if (members.length === 0) return;
    if (Date.now() > deadline)
      throw new Error(`process group ${pgid} still has ${members.join(', ')} after ${limitMs} ms`);
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The same, at once and without waiting, for a process that is exiting and cannot wait. */
export function killGroupNow(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // already gone
  }
}
