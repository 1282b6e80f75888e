// "Add article" against a server started with INGEST_TOKEN: the first preview is refused with 401
// INGEST_TOKEN_REQUIRED, which reveals the token field; a wrong token is refused again; the right one,
// sent as "Authorization: Bearer <token>", gets the preview.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { desktopPage, launchBrowser } from './browser.js';

const TOKEN = 'e2e-ingest-token-0123456789';
const ARTICLE =
  'Antonov leaves Washington\n\nRussian ambassador Anatoly Antonov left Washington for Moscow on Saturday.';

let app: TestApp;
let browser: Browser;
let page: Page;
const authorizations: (string | null)[] = [];

beforeAll(async () => {
  app = await startTestApp({ buildClient: true, env: { INGEST_TOKEN: TOKEN } });
  browser = await launchBrowser();
  page = await desktopPage(browser);
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/articles')
      authorizations.push(r.headers()['authorization'] ?? null);
  });
  await page.goto(app.url);
  await page.getByTestId('add-article-open').click();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('adding an article to a server that wants a token', () => {
  it('when Preview is pressed without a token, then the server’s message shows and the token field appears', async () => {
    expect(await page.getByTestId('add-article-token').isVisible()).toBe(false);
    await page.getByTestId('add-article-text').fill(ARTICLE);
    await page.getByTestId('add-article-preview').click();
    await page.getByTestId('add-article-token').waitFor();
    const error = await page.getByTestId('add-article-error').textContent();
    expect(error).toContain('needs the ingestion token');
    expect(error).toContain('Authorization: Bearer');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'add-article-token',
    );
    expect(await page.getByTestId('add-article-highlight').count()).toBe(0);
  });

  it('when a wrong token is entered, then it is refused; with the right one the preview shows', async () => {
    await page.getByTestId('add-article-token').fill('not-the-token');
    await page.getByTestId('add-article-token').press('Enter');
    await expect.poll(() => page.getByTestId('add-article-error').textContent()).toContain('wrong');

    await page.getByTestId('add-article-token').fill(TOKEN);
    await page.getByTestId('add-article-token').press('Enter');
    await page.getByTestId('add-article-highlight').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('add-article-error').isHidden()).toBe(true);
    expect(authorizations).toEqual([null, 'Bearer not-the-token', `Bearer ${TOKEN}`]);
  });
});
