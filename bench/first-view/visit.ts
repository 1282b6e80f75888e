// One visit of bench:first-view: the explorer opened in a fresh browser context (nothing cached) and its
// first graph measured: when it was painted (the page's mark `overview:painted`, else when a poll saw
// the node count), the page's own marks on the way, /api/graph as the page saw it, and what is drawn.
import type { Browser, Page } from 'playwright-core';
import { drawnScene, type Scene } from '../../test/e2e/drawn-scene.js';

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'gpu',
];

export interface Visit extends Scene {
  /** From navigation start to the first graph drawn (ms). */
  firstGraphMs: number;
  /** The page shell: DOMContentLoaded (ms). */
  shellMs: number;
  /** GET /api/graph as the page saw it: request start to response end (ms), and its encoded bytes. */
  apiMs: number;
  apiBytes: number;
  /** Where the time goes, from navigation start (ms): the page's script loaded (response end), GET
   * /api/graph sent and answered, the overview laid out and drawn (the client's performance marks). */
  scriptAt: number;
  setUpAt: number;
  apiSentAt: number;
  apiAnsweredAt: number;
  receivedAt: number;
  laidOutAt: number;
  drawnAt: number;
  /** JavaScript the page loaded before its first graph (KB on the wire). */
  scriptKB: number;
}

/** Opens `path` in a fresh context (nothing cached) and measures the first graph. */
export async function visit(
  browser: Browser,
  url: string,
  traced = false,
): Promise<{ page: Page; visit: Visit; trace: string | null; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // tsx names functions with esbuild's __name helper, which functions passed to page.evaluate call.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  let apiBytes = 0;
  page.on('requestfinished', (req) => {
    if (new URL(req.url()).pathname !== '/api/graph') return;
    void req.sizes().then((s) => (apiBytes += s.responseBodySize));
  });
  if (traced) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(url);
  await page.waitForFunction(
    () =>
      /[1-9]\d* nodes? in view/.test(document.querySelector('[data-testid=node-count]')?.textContent ?? ''),
    undefined,
    { polling: 20, timeout: 120_000 },
  );
  // The frame that painted the first graph (the page's mark), else when the poll saw the node count.
  const seenAt = await page.evaluate(() => performance.now());
  const paintedAt = await page
    .waitForFunction(
      () => performance.getEntriesByName('overview:painted', 'mark')[0]?.startTime,
      undefined,
      {
        timeout: 10_000,
      },
    )
    .then(async (h) => (await h.jsonValue()) as number)
    .catch(() => NaN);
  const firstGraphMs = Number.isFinite(paintedAt) ? paintedAt : seenAt;
  const scene = await page.evaluate(drawnScene);
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const api = resources.find((e) => new URL(e.name).pathname === '/api/graph');
    const scripts = resources.filter(
      (e) => e.name.endsWith('.js') && e.responseEnd <= nav.domContentLoadedEventEnd,
    );
    const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN;
    return {
      shellMs: nav.domContentLoadedEventEnd,
      apiMs: api ? api.responseEnd - api.requestStart : NaN,
      scriptAt: Math.max(...scripts.map((e) => e.responseEnd)),
      scriptKB: scripts.reduce((sum, e) => sum + e.encodedBodySize, 0) / 1024,
      setUpAt: mark('page:set-up'),
      apiSentAt: api ? api.requestStart : NaN,
      apiAnsweredAt: api ? api.responseEnd : NaN,
      receivedAt: mark('overview:received'),
      laidOutAt: mark('overview:laid-out'),
      drawnAt: mark('overview:drawn'),
    };
  });
  const traceJson = traced ? (await browser.stopTracing()).toString('utf8') : null;
  await page.waitForLoadState('networkidle');
  return {
    page,
    visit: { firstGraphMs, ...timing, apiBytes, ...scene },
    trace: traceJson,
    close: () => context.close(),
  };
}
