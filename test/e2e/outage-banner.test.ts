// The explorer in a real Chromium while its Neo4j goes away and comes back: the status banner says the
// database is unreachable, then goes away by itself, and search works again without a reload.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/logger.js';
import { freePort, ManagedNeo4j } from '../../server/src/neo4j/managed/index.js';
import { startDossier, type RunningDossier } from '../../server/src/server.js';
import { testConfig } from '../helpers/app.js';
import { launchBrowser } from './browser.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-banner-'));
let neo4j: ManagedNeo4j;
let app: RunningDossier;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  neo4j = new ManagedNeo4j({
    dataDir,
    heap: '512m',
    pageCache: '64m',
    txTimeoutMs: 30_000,
    boltPort: await freePort(),
  });
  const c = await neo4j.start();
  app = await startDossier(testConfig({ NEO4J_URI: c.uri, NEO4J_PASSWORD: c.password }), {
    logger: createLogger('silent'),
    buildClient: true,
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(app.url);
  await page.waitForFunction(() =>
    /[1-9]\d* nodes? in view/.test(document.querySelector('[data-testid=node-count]')?.textContent ?? ''),
  );
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the status banner', () => {
  it('when Neo4j stops, then the banner says so; when it is back, the banner goes and search works', async () => {
    const banner = page.getByTestId('status-banner');
    expect(await banner.isHidden()).toBe(true);
    await neo4j.stop();
    await banner.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await banner.textContent()).toMatch(/database \(Neo4j\) is unreachable/);
    await neo4j.start();
    await banner.waitFor({ state: 'hidden', timeout: 90_000 });
    await page.getByTestId('search-input').fill('Antonov');
    await page.getByTestId('search-result').first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('search-result').first().textContent()).toContain('Anatoly Antonov');
  });
});
