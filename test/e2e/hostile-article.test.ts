// An article whose text holds <script> and HTML renders as text in the reader: nothing of it runs.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationDocument } from '@dossier/model';
import { loadArticle } from '../../server/src/ingest/load-articles.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { launchBrowser } from './browser.js';

const text =
  'Evil markup article\n\nHostile Person wrote <script>window.__pwned = 1</script> and ' +
  '<img src=x onerror="window.__pwned = 2"> to the embassy.';
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const document: AnnotationDocument = {
  article: {
    id: 'hostile-markup-test',
    title: 'Evil markup article',
    outlet: 'Test',
    published: '2022',
    url: null,
    language: 'en',
  },
  body: { start: 0, end: text.length },
  entities: [
    {
      id: 'person:hostile-person',
      type: 'Person',
      name: 'Hostile Person',
      aliases: [],
      mentions: [span('Hostile Person')],
    },
  ],
  events: [],
  statements: [],
  relations: [],
};

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  app = await startTestApp({ buildClient: true });
  const outcome = await loadArticle(app.db, { file: 'hostile.json', text, document });
  expect(outcome.ok).toBe(true);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('an article holding markup', () => {
  it('when it is opened in the reader, then its <script> and HTML show as text and never run', async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.getByTestId('search-input').fill('Evil markup');
    await page.getByTestId('search-result').first().waitFor();
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId('article-reader').waitFor();
    const shown = await page.getByTestId('article-reader').textContent();
    expect(shown).toContain('<script>window.__pwned = 1</script>');
    expect(shown).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(
      await page.locator('[data-testid=article-reader] script, [data-testid=article-reader] img').count(),
    ).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});
