// The soak's memory readings: a process's RSS from /proc, the server's heap after GC from its own report
// (memory-report.ts, preloaded into it), and the least-squares slope that says whether memory keeps growing.
import fs from 'node:fs';

const MB = 1024 * 1024;

/** A process's resident memory in MB, from /proc (NaN once it is gone). */
export function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? (Number(m[1]) * 1024) / MB : NaN;
  } catch {
    return NaN;
  }
}

/** The server's last heap report (MB, and whether a full GC preceded it), written by memory-report.ts. */
export function lastHeapReport(file: string): { heapUsed: number; gc: boolean } | null {
  if (!fs.existsSync(file)) return null;
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
  const last = JSON.parse(lines.at(-1)!) as { heapUsed: number; gc: boolean };
  return { heapUsed: last.heapUsed / MB, gc: last.gc };
}

/** Least-squares slope of y over x. */
export function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
