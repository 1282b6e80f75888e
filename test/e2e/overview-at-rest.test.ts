// The first view of a generated archive (1,000 articles about 200 entities, from bench:api's corpus
// generator: many entities reported hundreds of times) in Chromium against the real server: the overview
// is drawn with no two node discs overlapping once the layout is at rest, labels never overlap one
// another, and the legend says how many of the archive's entities it shows.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildGraph } from '../../bench/api/build-graph.js';
import { Database } from '../../server/src/neo4j/database.js';
import { boxesOverlap } from '../../client/src/render/labels.js';
import { emptyDatabase, startTestApp, type TestApp } from '../helpers/app.js';
import { launchBrowser, openExplorer } from './browser.js';
import { drawnScene } from './drawn-scene.js';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await emptyDatabase();
  const db = new Database({ ...inject('neo4j'), database: 'neo4j' });
  try {
    // (100 articles a transaction: 500 could outlast the test Neo4j's 30 s timeout on a busy machine.)
    await buildGraph(db, 1000, 200, 5, 100);
  } finally {
    await db.close();
  }
  app = await startTestApp({ buildClient: true, empty: false });
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // tsx and vitest name functions with esbuild's __name helper, which functions passed to evaluate call.
  await context.addInitScript('globalThis.__name = (f) => f;');
  page = await context.newPage();
  await openExplorer(page, app.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the overview of a generated archive at rest', () => {
  it('when the page opens, then no two node discs overlap, no two labels overlap and no label covers a disc', async () => {
    // At rest: the console (loaded after the first graph) is in place and the canvas has its final size.
    await page.getByTestId('cypher-editor').waitFor();
    await page.waitForTimeout(300);
    const scene = await page.evaluate(drawnScene);
    expect(scene.nodes).toBeGreaterThan(100);
    expect(scene.labels).toBeGreaterThan(5);
    expect(scene.overlappingPairs).toBe(0);
    // Nothing is hovered or selected: no label is forced, and none is drawn over another node's disc.
    expect(scene.labelsOverDiscs).toBe(0);
    const labels = await page.evaluate(() => window.__dossier!.labels());
    const collisions = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => boxesOverlap(a, b)));
    expect(collisions).toEqual([]);
    expect(await page.getByTestId('overview-count').textContent()).toMatch(/showing \d+ of \d+/i);
  });
});
