// `npm run bench:client`: in headless Chromium, time to first render and frames per second while the
// camera pans and zooms, for scenes of 1k, 10k and 50k nodes (3 edges per node), Dossier's renderer vs
// bare sigma on the same graph in the same run. Prints a table with ratios.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../test/e2e/browser.js';
import { printTable } from '../bench-neo4j.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const root = path.resolve(here, '..', '..');
const sizes = (process.argv.includes('--quick') ? [1000] : [1000, 10_000, 50_000]) as number[];

const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', path.join(here, 'vite.config.ts')],
  {
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(1);

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = http.createServer((req, res) => {
  const file = path.join(
    dist,
    path.normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^\/+/, '') || 'index.html',
  );
  if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;

const browser = await launchBrowser();
const rows: Record<string, string | number>[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/index.html`);
  await page.waitForFunction(() => 'runScene' in window);
  type Result = { firstRenderMs: number; fps: number; restFrameMs: number };
  for (const n of sizes) {
    const runScene = (size: number, mode: string) =>
      page.evaluate(
        ([s, m]) =>
          (window as unknown as { runScene(n: number, mode: string): Promise<Result> }).runScene(
            s as number,
            m as string,
          ),
        [size, mode] as const,
      );
    await runScene(Math.min(n, 1000), 'bare'); // warm-ups
    await runScene(Math.min(n, 1000), 'dossier');
    // Three runs each, alternating, and the median of each figure: software WebGL is noisy.
    const runs: Record<string, Result[]> = { bare: [], dossier: [] };
    for (let i = 0; i < 3; i++)
      for (const mode of ['bare', 'dossier']) runs[mode]!.push(await runScene(n, mode));
    const median = (mode: string, key: keyof Result) =>
      runs[mode]!.map((r) => r[key]).sort((a, b) => a - b)[1]!;
    const bare = {
      firstRenderMs: median('bare', 'firstRenderMs'),
      fps: median('bare', 'fps'),
      restFrameMs: median('bare', 'restFrameMs'),
    };
    const dossier = {
      firstRenderMs: median('dossier', 'firstRenderMs'),
      fps: median('dossier', 'fps'),
      restFrameMs: median('dossier', 'restFrameMs'),
    };
    rows.push({
      nodes: n,
      edges: n * 3,
      'bare first render ms': bare.firstRenderMs,
      'dossier first render ms': dossier.firstRenderMs,
      'first render ratio': dossier.firstRenderMs / bare.firstRenderMs,
      'bare fps moving': bare.fps,
      'dossier fps moving': dossier.fps,
      'fps ratio': dossier.fps / bare.fps,
      'bare frame at rest ms': bare.restFrameMs,
      'dossier frame at rest ms': dossier.restFrameMs,
    });
    console.error(`  ${n} nodes done`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(
  '\nbench:client — headless Chromium (software WebGL), 1200×800 stage, median of 3 runs; ratio = Dossier / bare sigma',
);
printTable(rows);
