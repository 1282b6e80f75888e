// Preloaded into the soak's server process (`node --expose-gc --import tsx --import this-file`): every
// SOAK_MEMORY_MS it runs a full GC and appends the process's own memory report as one JSON line to
// SOAK_MEMORY_FILE, so the soak reads heap figures that only the process itself knows. The timer is
// unref'd: it never keeps the server alive.
import fs from 'node:fs';

const file = process.env['SOAK_MEMORY_FILE'];
const every = Number(process.env['SOAK_MEMORY_MS'] ?? 10_000);
if (file) {
  const gc = (globalThis as { gc?: () => void }).gc;
  setInterval(() => {
    gc?.();
    const m = process.memoryUsage();
    const line = {
      t: Date.now(),
      pid: process.pid,
      rss: m.rss,
      heapUsed: m.heapUsed,
      heapTotal: m.heapTotal,
      external: m.external,
      gc: Boolean(gc),
    };
    fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
  }, every).unref();
}
