// The explorer in a real Chromium against the real server and a real Neo4j holding the seed: search,
// sources and highlights, expansion, the Cypher console, the time filter. Saves a screenshot of the
// main view to test-artifacts/main-view.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { desktopPage, launchBrowser, nodeCount, openExplorer, settledNodeScreenPosition } from './browser.js';

let app: TestApp;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ buildClient: true });
  browser = await launchBrowser();
  page = await desktopPage(browser, pageErrors);
  await openExplorer(page, app.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function runQuery(query: string): Promise<void> {
  const editor = page.getByTestId('cypher-editor');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(query);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Enter');
}

describe('the explorer', () => {
  it('when the app loads and "Antonov" is searched, then he is selected from the keyboard', async () => {
    await page.getByTestId('search-input').fill('Antonov');
    await page.getByTestId('search-result').first().waitFor();
    expect(await page.getByTestId('search-result').first().textContent()).toContain('Anatoly Antonov');
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(() => page.getByTestId('entity-name').textContent()).toBe('Anatoly Antonov');
    fs.mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: path.join('test-artifacts', 'main-view.png') });
    expect(fs.statSync('test-artifacts/main-view.png').size).toBeGreaterThan(10_000);
  });

  it('when his panel is open, then it lists five source articles; one opens with highlights of "Antonov"', async () => {
    await expect.poll(() => page.getByTestId('source-article').count()).toBe(5);
    await page.getByTestId('source-article').first().click();
    await page.getByTestId('article-reader').waitFor();
    const highlights = await page.getByTestId('article-highlight').allTextContents();
    expect(highlights.length).toBeGreaterThan(5);
    expect(highlights.some((h) => h.includes('Antonov'))).toBe(true);
    await page
      .locator(
        '[data-testid=article-highlight][data-entity="person:joe-biden"], [data-testid=article-highlight][data-entity="place:united-states"]',
      )
      .first()
      .click();
    await expect
      .poll(() => page.getByTestId('entity-name').textContent(), { timeout: 15_000 })
      .not.toBe('Anatoly Antonov');
  });

  it('when a node is double-clicked, then its neighbours join the view and node-count grows', async () => {
    await page.locator('[data-testid=type-filter][data-type=Statement]').check();
    await expect.poll(() => page.url()).toContain('Statement');
    await page.waitForTimeout(500);
    const before = await nodeCount(page);
    await page.locator('#reset-view').click();
    const p = await settledNodeScreenPosition(page, 'person:vladimir-putin');
    await page.mouse.dblclick(p.x, p.y);
    await expect.poll(() => nodeCount(page)).toBeGreaterThan(before);
  });

  it('when a Cypher query runs, then rows show in the table; a write is refused with the reason', async () => {
    await runQuery('MATCH (p:Person) RETURN p.name AS name ORDER BY name');
    await page.getByTestId('results-table').waitFor();
    expect(await page.locator('[data-testid=results-table] tbody tr').count()).toBeGreaterThan(5);
    await runQuery('CREATE (n:Intruder) RETURN n');
    await page.getByTestId('cypher-error').waitFor();
    expect(await page.getByTestId('cypher-error').textContent()).toMatch(/WRITE_CLAUSE|read-only/);
  });

  it('when the period is narrowed, then the view changes', async () => {
    const before = await nodeCount(page);
    await page.getByTestId('time-from').evaluate((input: HTMLInputElement) => {
      input.value = String(Number(input.max) - 1);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => nodeCount(page)).toBeLessThan(before);
    expect(page.url()).toContain('from=');
  });

  it("when a name is typed while the console's code is still on its way, then the search keeps the focus and its suggestions", async () => {
    // The console's code is loaded after the first view; on a slow machine that is after the user has
    // begun to type. Hold every script the page did not ask for at once (the lazy console) until the
    // suggestions show, then let it in.
    const html = await (await fetch(app.url)).text();
    const eager = new Set(
      [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => new URL(m[1]!, app.url).pathname),
    );
    const held: string[] = [];
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const late = await desktopPage(browser, pageErrors);
    await late.route('**/*.js', async (route) => {
      const { pathname } = new URL(route.request().url());
      if (!eager.has(pathname)) {
        held.push(pathname);
        await released;
      }
      await route.continue();
    });
    await openExplorer(late, app.url);
    await late.getByTestId('search-input').fill('Antonov');
    await late.getByTestId('search-result').first().waitFor();
    await expect.poll(() => held.length).toBeGreaterThan(0);
    release();
    await late.getByTestId('cypher-editor').waitFor({ state: 'attached' });
    // The search box closes its list 150 ms after it loses the focus.
    await late.waitForTimeout(400);
    expect(await late.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'search-input',
    );
    expect(await late.getByTestId('search-result').first().isVisible()).toBe(true);
    await late.getByTestId('search-input').press('Enter');
    await expect.poll(() => late.getByTestId('entity-name').textContent()).toBe('Anatoly Antonov');
    await late.close();
  });

  it('when all this ran, then the page raised no error', () => {
    expect(pageErrors).toEqual([]);
  });
});
