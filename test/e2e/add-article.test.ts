// "Add article" in a real Chromium against the real server, its extractor and a real Neo4j holding the
// seed: an empty form sends nothing; a pasted article about Anatoly Antonov is previewed (highlights,
// Antonov joining his existing node, every highlight naming the extractor rule that made it, nothing
// written); Esc closes; markup in the text renders as text; loading it adds a sixth source article to
// Antonov. Saves test-artifacts/add-article-preview.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityDetail } from '@dossier/model';
import { getJson, startTestApp, type TestApp } from '../helpers/app.js';
import { desktopPage, launchBrowser, nodeCount, openExplorer } from './browser.js';

const ANTONOV = 'person:anatoly-antonov';
const ARTICLE = [
  'Russian ambassador Anatoly Antonov recalled to Moscow for consultations',
  '',
  'Russia recalled its ambassador to the United States, Anatoly Antonov, to Moscow for consultations on ' +
    'Wednesday, the Russian Foreign Ministry said.',
  '',
  'Before leaving Washington, Antonov met Deputy Secretary of State Wendy Sherman at the State Department.',
  '',
  '"We are interested in preventing an irreversible deterioration in relations," Antonov said.',
].join('\n');

let app: TestApp;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const ingestRequests: { dryRun: boolean; as: 'text' | 'html' }[] = [];

const antonovArticles = async () =>
  (await getJson<EntityDetail>(`${app.url}/api/entities/${encodeURIComponent(ANTONOV)}`)).body.articles
    .length;

beforeAll(async () => {
  app = await startTestApp({ buildClient: true });
  browser = await launchBrowser();
  page = await desktopPage(browser, pageErrors);
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/articles') {
      const body = JSON.parse(r.postData() ?? '{}') as { dryRun?: boolean; html?: string };
      ingestRequests.push({ dryRun: body.dryRun === true, as: body.html !== undefined ? 'html' : 'text' });
    }
  });
  await openExplorer(page, app.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const dialogOpen = () => page.getByTestId('add-article-dialog').evaluate((d: HTMLDialogElement) => d.open);

describe('adding an article from the explorer', () => {
  it('when the dialog opens and Preview is pressed on an empty form, then it says what is missing and sends nothing', async () => {
    await page.getByTestId('add-article-open').click();
    await expect.poll(dialogOpen).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'add-article-text',
    );
    await page.getByTestId('add-article-preview').click();
    await page.getByTestId('add-article-error').waitFor();
    expect(await page.getByTestId('add-article-error').textContent()).toMatch(/no article/i);
    await page.getByTestId('add-article-text').fill(ARTICLE);
    await page.getByTestId('add-article-published').fill('March 2021');
    await page.getByTestId('add-article-preview').click();
    await expect.poll(() => page.getByTestId('add-article-error').textContent()).toMatch(/YYYY-MM-DD/);
    await page.getByTestId('add-article-published').fill('');
    await page.getByTestId('add-article-text').fill('');
    expect(ingestRequests).toEqual([]);
  });

  it('when an article about Antonov is previewed, then its mentions are highlighted, Antonov joins his node and nothing is written', async () => {
    expect(await antonovArticles()).toBe(5);
    await page.getByTestId('add-article-text').fill(ARTICLE);
    await page.getByTestId('add-article-outlet').fill('Test Wire');
    await page.getByTestId('add-article-published').fill('2021-03-17');
    await page.getByTestId('add-article-preview').click();
    await page.getByTestId('add-article-highlight').first().waitFor({ timeout: 30_000 });

    expect(await page.getByTestId('add-article-error').isHidden()).toBe(true);
    const highlights = await page.getByTestId('add-article-highlight').allTextContents();
    expect(highlights.some((h) => h.includes('Antonov'))).toBe(true);
    expect(await page.getByTestId('add-article-preview-text').textContent()).toBe(ARTICLE);
    const antonovRow = page.locator(`[data-testid=add-article-entity][data-entity="${ANTONOV}"]`);
    expect(await antonovRow.textContent()).toContain('joins existing: Anatoly Antonov');
    expect(await page.getByTestId('add-article-entity').count()).toBeGreaterThan(1);
    const relations = await page.getByTestId('add-article-relation').allTextContents();
    expect(relations.some((r) => /Anatoly Antonov —[A-Z_]+→ /.test(r))).toBe(true);
    expect(await page.locator('[data-testid=add-article-highlight].hl-statement').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=add-article-highlight].hl-evidence').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('add-article-confirm').isEnabled()).toBe(true);

    // Every highlighted item names, on hover, the extractor rule that made it; so does every list row.
    const RULE = / · rule: (?:(?:entities|events|relations)\/[a-z-]+|quotes):[a-z-]+$/;
    const titles = await page
      .getByTestId('add-article-highlight')
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('title') ?? ''));
    const lines = titles.flatMap((t) => t.split('\n'));
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line).toMatch(RULE);
    expect(lines).toContain('Person: Anatoly Antonov · rule: entities/classification:person-first-name');
    expect(lines.some((l) => /^quote by Anatoly Antonov · rule: quotes:/.test(l))).toBe(true);
    expect(lines.some((l) => /^event: .* · rule: events\/recalls-returns:recall$/.test(l))).toBe(true);
    const rowTitles = await page
      .locator('[data-testid=add-article-relation], [data-testid=add-article-event]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('title') ?? ''));
    expect(rowTitles.length).toBeGreaterThan(1);
    for (const t of rowTitles) expect(t).toMatch(/^rule: (?:events|relations)\/[a-z-]+:[a-z-]+$/);

    fs.mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: path.join('test-artifacts', 'add-article-preview.png') });
    expect(ingestRequests).toEqual([{ dryRun: true, as: 'text' }]);
    expect(await antonovArticles()).toBe(5);
  });

  it('when Esc is pressed, then the dialog closes and focus returns to its button; reopened, the draft is kept', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(dialogOpen).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'add-article-open',
    );
    await page.keyboard.press('Enter');
    await expect.poll(dialogOpen).toBe(true);
    expect(await page.getByTestId('add-article-text').inputValue()).toBe(ARTICLE);
  });

  it('when an .html file is chosen, or a .txt file dropped, then it fills the form and is sent as html or text', async () => {
    const html = `<!doctype html><html><head><title>Antonov recalled</title></head><body><nav>Home | World</nav><article><h1>Antonov recalled</h1><p>${ARTICLE.split('\n\n').slice(1).join('</p><p>')}</p></article></body></html>`;
    await page.getByTestId('add-article-file').setInputFiles({
      name: 'antonov.html',
      mimeType: 'text/html',
      buffer: Buffer.from(html),
    });
    await expect.poll(() => page.getByTestId('add-article-text').inputValue()).toBe(html);
    expect(await page.getByTestId('add-article-format').inputValue()).toBe('html');
    await page.getByTestId('add-article-preview').click();
    await expect
      .poll(() => page.getByTestId('add-article-preview-text').textContent(), { timeout: 30_000 })
      .not.toBe(ARTICLE);
    expect(ingestRequests.at(-1)).toEqual({ dryRun: true, as: 'html' });
    expect(await page.getByTestId('add-article-preview-text').textContent()).toContain('Wendy Sherman');

    await page.getByTestId('add-article-text').evaluate((textarea, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'antonov.txt', { type: 'text/plain' }));
      textarea
        .closest('.drop-zone')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, ARTICLE);
    await expect.poll(() => page.getByTestId('add-article-text').inputValue()).toBe(ARTICLE);
    expect(await page.getByTestId('add-article-format').inputValue()).toBe('text');
  });

  it('when the pasted text holds markup, then the preview shows it as text and runs nothing', async () => {
    const hostile = `${ARTICLE}\n\nAntonov wrote <img src=x onerror="window.__pwned = 1"> and <script>window.__pwned = 2</script>.`;
    await page.getByTestId('add-article-text').fill(hostile);
    expect(await page.getByTestId('add-article-confirm').isDisabled()).toBe(true);
    await page.getByTestId('add-article-preview').click();
    await expect
      .poll(() => page.getByTestId('add-article-preview-text').textContent(), { timeout: 30_000 })
      .toBe(hostile);
    const dialog = '[data-testid=add-article-dialog]';
    expect(await page.locator(`${dialog} img, ${dialog} script`).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.getByTestId('add-article-text').fill(ARTICLE);
    await page.getByTestId('add-article-preview').click();
    await expect
      .poll(() => page.getByTestId('add-article-preview-text').textContent(), { timeout: 30_000 })
      .toBe(ARTICLE);
  });

  it('when "Load into graph" is pressed, then the dialog closes, the view is refreshed and Antonov has a sixth source article', async () => {
    const before = await nodeCount(page);
    const graphBefore = await page.evaluate(() => {
      (window as unknown as { __graphBefore: unknown }).__graphBefore = window.__dossier!.graph;
      return window.__dossier!.graph.order;
    });
    await page.getByTestId('add-article-confirm').click();
    await expect.poll(dialogOpen, { timeout: 30_000 }).toBe(false);
    expect(ingestRequests.at(-1)).toEqual({ dryRun: false, as: 'text' });
    expect(await antonovArticles()).toBe(6);

    await expect.poll(() => page.getByTestId('toast').textContent()).toMatch(/^Loaded: \d+ entit/);
    await expect.poll(() => page.getByTestId('entity-name').textContent()).toBeTruthy();
    if ((await page.getByTestId('entity-name').textContent()) !== 'Anatoly Antonov') {
      await page.getByTestId('search-input').fill('Antonov');
      await page.getByTestId('search-result').first().waitFor();
      await page.getByTestId('search-input').press('Enter');
      await expect.poll(() => page.getByTestId('entity-name').textContent()).toBe('Anatoly Antonov');
    }
    await expect.poll(() => page.getByTestId('source-article').count()).toBe(6);
    await page.screenshot({ path: path.join('test-artifacts', 'add-article-loaded.png') });
    // The one long-lived graph was merged into, not replaced, and it holds the article's new entities.
    expect(
      await page.evaluate(
        () => (window as unknown as { __graphBefore: unknown }).__graphBefore === window.__dossier!.graph,
      ),
    ).toBe(true);
    expect(await page.evaluate(() => window.__dossier!.graph.order)).toBeGreaterThanOrEqual(graphBefore);
    expect(await nodeCount(page)).toBeGreaterThanOrEqual(before);
  });

  it('when all this ran, then the page raised no error', () => {
    expect(pageErrors).toEqual([]);
  });
});
