// Helpers to watch real processes: find the managed Neo4j JVM of a data folder, wait for a pid to end.
import { execFileSync } from 'node:child_process';

/** Pids of java processes whose command line mentions `needle` (e.g. a data folder). */
export function javaPidsMentioning(needle: string): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((l) => l.includes('java') && l.includes(needle) && l.includes('dossier.ManagedNeo4j'))
    .map((l) => Number(l.trim().split(/\s+/)[0]));
}

export function parentOf(pid: number): number {
  return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim());
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls until the pid is gone; false if it is still there after `limitMs`. */
export async function waitForExit(pid: number, limitMs: number): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return !isAlive(pid);
}
