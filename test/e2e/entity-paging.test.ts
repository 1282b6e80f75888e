// The entity panel pages long lists: a hub of 30 articles opens with "10 of 30" source articles, and
// "Show more" appends the next ten, then the last ten, without reloading the panel. Real Chromium, real
// server, real Neo4j.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/src/ingest/load-articles.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { HUB, hubArticles } from '../helpers/hub.js';
import { desktopPage, launchBrowser } from './browser.js';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startTestApp({ buildClient: true });
  for (const o of await loadArticles(app.db, hubArticles(30))) expect(o.ok).toBe(true);
  browser = await launchBrowser();
  page = await desktopPage(browser);
  await page.goto(`${app.url}/?entity=${encodeURIComponent(HUB)}`);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the entity panel on a hub', () => {
  it('when a hub of 30 articles is selected, then it shows 10 of 30 and "Show more" brings the rest, ten at a time', async () => {
    await expect
      .poll(() => page.getByTestId('entity-name').textContent(), { timeout: 15_000 })
      .toBe('Hilda Hubbard');
    expect(await page.getByTestId('source-article').count()).toBe(10);
    expect(await page.getByTestId('articles-count').textContent()).toBe('(10 of 30)');
    const more = page.getByTestId('articles-more');
    expect(await more.textContent()).toBe('Show 10 more of 20');
    await more.click();
    await expect.poll(() => page.getByTestId('source-article').count(), { timeout: 15_000 }).toBe(20);
    expect(await page.getByTestId('articles-count').textContent()).toBe('(20 of 30)');
    expect(await more.textContent()).toBe('Show 10 more of 10');
    await more.click();
    await expect.poll(() => page.getByTestId('source-article').count(), { timeout: 15_000 }).toBe(30);
    expect(await page.getByTestId('articles-count').textContent()).toBe('(30)');
    expect(await more.isHidden()).toBe(true);
    const titles = await page.getByTestId('source-article').allTextContents();
    expect(new Set(titles).size).toBe(30);
  });
});
