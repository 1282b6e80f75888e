// CPU time of a process and its descendants, from /proc (Linux only): how a benchmark splits the two
// cores between Neo4j, the server and the bench process itself.
import fs from 'node:fs';

/** User + system CPU time in ms of process `pid` and every process below it (clock ticks of 10 ms). */
export function cpuMsOfTree(pid: number): number {
  let ticks = 0;
  const visit = (p: number) => {
    try {
      const fields = fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      for (const tid of fs.readdirSync(`/proc/${p}/task`))
        for (const child of fs.readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8').split(' '))
          if (child.trim()) visit(Number(child));
    } catch {
      // the process ended meanwhile: its time is no longer counted
    }
  };
  visit(pid);
  return ticks * 10;
}

/**
 * Waits until the processes `pids` (with their descendants) use less than a tenth of a core over a
 * second, at most `maxSeconds`: a server that starts warms its caches in the background, which a
 * benchmark must not measure. Resolves to the seconds waited.
 */
export async function waitUntilIdle(pids: number[], maxSeconds = 120): Promise<number> {
  const started = performance.now();
  const total = () => pids.reduce((a, p) => a + cpuMsOfTree(p), 0);
  for (let before = total(); (performance.now() - started) / 1000 < maxSeconds;) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = total();
    if (now - before < 100) break;
    before = now;
  }
  return (performance.now() - started) / 1000;
}
