// Corroboration in a real Chromium against the real server: the four expulsion articles (test/fixtures/
// corroboration) are loaded through POST /api/articles; the entity panel counts the outlets and marks the
// disputed items, and an item opened reads its outlets and shows the disputed versions side by side (with
// a wait and a failure said); edges are as wide as their outlets and the filter
// "reported by at least N outlets" narrows the view (and is kept in the URL); the legend says "showing N of
// M"; moving the period asks for that period's overview. Saves
// test-artifacts/disputed-relation.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startTestApp, type TestApp } from '../helpers/app.js';
import { desktopPage, launchBrowser, nodeCount, openExplorer, poll } from './browser.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'corroboration');
const ARTICLES: [string, string, string][] = [
  ['reuters-2022-04-05-lithuania-expels-envoy.txt', 'Reuters', '2022-04-05'],
  ['ap-2022-04-05-vilnius-orders-envoy-out.txt', 'AP', '2022-04-05'],
  ['bbc-2022-04-05-baltic-state-expels-diplomat.txt', 'BBC', '2022-04-05'],
  ['delfi-2022-04-06-isakov-given-five-days.txt', 'Delfi', '2022-04-06'],
];

let app: TestApp;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ buildClient: true });
  for (const [file, outlet, published] of ARTICLES) {
    const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
    const res = await postJson(`${app.url}/api/articles`, { text, outlet, published });
    expect(res.status).toBe(201);
  }
  browser = await launchBrowser();
  page = await desktopPage(browser, pageErrors);
  await openExplorer(page, app.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('corroboration in the explorer', () => {
  it('when the overview loads, then the legend says how many of how many it shows', async () => {
    const text = await page.getByTestId('overview-count').textContent();
    expect(text).toMatch(/^Showing \d+ of [\d,]+: the most reported$|^Showing all \d+$/);
  });

  it('when Isakov is picked, then his expulsion says three outlets, two independent, disputed; opened, it names them and shows the dates side by side', async () => {
    await page.getByTestId('search-input').fill('Alexei Isakov');
    await page.getByTestId('search-result').first().waitFor();
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(() => page.getByTestId('entity-name').textContent()).toBe('Alexei Isakov');
    const relation = page.locator('.relation[data-type=EXPELLED][data-date="2022-04-04"]').first();
    const section = relation.getByTestId('corroboration');
    // Before it is opened: the counts the entity detail brought.
    await expect.poll(() => section.getAttribute('data-independent')).toBe('2');
    expect(await section.getAttribute('data-outlets')).toBe('3');
    expect(await section.getAttribute('data-disputed')).toBe('true');
    expect(await section.getByTestId('disputed-badge').isVisible()).toBe(true);
    expect(await section.getByTestId('corroboration-outlet').count()).toBe(0);
    // Opened: the outlets are asked for then (the answer held back a moment, to see the wait said).
    const asked: string[] = [];
    await page.route('**/api/corroboration/**', async (route) => {
      asked.push(route.request().url());
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await section.locator('summary').click();
    await poll(() => section.getByTestId('corroboration-loading').isVisible()).toBe(true);
    const outletItems = section.locator('.outlets > [data-testid=corroboration-outlet]');
    await poll(() => outletItems.count()).toBe(3);
    await page.unroute('**/api/corroboration/**');
    expect(asked).toHaveLength(1);
    expect(new URL(asked[0]!).searchParams.get('type')).toBe('EXPELLED');
    expect(await section.getByTestId('corroboration-loading').count()).toBe(0);
    const outlets = await outletItems.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-outlet'), e.getAttribute('data-copy-group')]),
    );
    expect(outlets.map((o) => o[0]).sort()).toEqual(['AP', 'BBC', 'Reuters']);
    const group = (name: string) => outlets.find((o) => o[0] === name)![1];
    expect(group('AP')).toBe(group('Reuters'));
    expect(group('BBC')).not.toBe(group('Reuters'));
    const disputed = section.getByTestId('disputed');
    await expect.poll(() => disputed.isVisible()).toBe(true);
    const heads = await disputed.locator('.version-head').allTextContents();
    expect(heads).toEqual(['2022-04-04 (this)', '2022-04-05']);
    // Side by side: the two versions share a row.
    const boxes = await disputed
      .locator('.version')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(Math.abs(boxes[0]! - boxes[1]!)).toBeLessThan(2);
    await relation.scrollIntoViewIfNeeded();
    fs.mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: path.join('test-artifacts', 'disputed-relation.png') });
    expect(fs.statSync('test-artifacts/disputed-relation.png').size).toBeGreaterThan(10_000);
  });

  it('when the outlets cannot be read, then the section says so, and "Try again" reads them', async () => {
    const section = page
      .locator('.relation[data-type=EXPELLED][data-date="2022-04-05"]')
      .first()
      .getByTestId('corroboration');
    await page.route('**/api/corroboration/**', (route) => route.abort());
    await section.locator('summary').click();
    const error = section.getByTestId('corroboration-error');
    await poll(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toContain('cannot be reached');
    await page.unroute('**/api/corroboration/**');
    await error.getByRole('button', { name: 'Try again' }).click();
    const outlets = section.locator('.outlets > [data-testid=corroboration-outlet]');
    await poll(() => outlets.count()).toBe(1);
    expect(await outlets.first().getAttribute('data-outlet')).toBe('Delfi');
    expect(await section.getByTestId('disputed').locator('.version-head').allTextContents()).toEqual([
      '2022-04-05 (this)',
      '2022-04-04',
    ]);
  });

  it('when Isakov is in view, then his neighbourhood is on screen and edges are as wide as their outlets', async () => {
    const onScreen = await page.evaluate(() => {
      const { sigma, graph } = window.__dossier!;
      const { width, height } = sigma.getDimensions();
      return graph
        .neighbors('person:alexei-isakov')
        .concat('person:alexei-isakov')
        .every((n) => {
          const a = graph.getNodeAttributes(n);
          const p = sigma.graphToViewport({ x: a.x, y: a.y });
          return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
        });
    });
    expect(onScreen).toBe(true);
    const widths = await page.evaluate(() => {
      const { graph } = window.__dossier!;
      return graph
        .mapEdges((_e, a) => [a.type, a.date, a.outlets, a.size] as const)
        .filter((e) => e[0] === 'EXPELLED');
    });
    const wide = widths.find((w) => w[1] === '2022-04-04')!;
    const thin = widths.find((w) => w[1] === '2022-04-05')!;
    expect([wide[2], thin[2]]).toEqual([2, 1]);
    expect(wide[3]).toBeGreaterThan(thin[3]);
  });

  it('when "reported by at least 2 outlets" is set, then weaker edges and nodes left without any leave the view', async () => {
    const before = await nodeCount(page);
    await page.getByTestId('min-outlets').fill('2');
    await expect.poll(() => nodeCount(page)).toBeLessThan(before);
    // The filter is in the URL: a link (or a reload) keeps it.
    expect(new URL(page.url()).searchParams.get('outlets')).toBe('2');
    const shown = await page.evaluate(() => {
      const { sigma, graph } = window.__dossier!;
      return graph
        .filterEdges((e) => !sigma.getEdgeDisplayData(e)?.hidden)
        .map((e) => graph.getEdgeAttribute(e, 'outlets') ?? 0);
    });
    expect(shown.every((n) => n >= 2)).toBe(true);
    await page.getByTestId('min-outlets').fill('1');
    await expect.poll(() => nodeCount(page)).toBe(before);
    expect(new URL(page.url()).searchParams.has('outlets')).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it('when a link holds the outlet filter, then the page opens with it set', async () => {
    const other = await desktopPage(browser);
    await other.goto(`${app.url}/?outlets=3`);
    await expect.poll(() => other.getByTestId('min-outlets').inputValue()).toBe('3');
    await other.close();
  });

  it('when the period is moved, then the overview of that period is asked for and the legend follows', async () => {
    const asked = page.waitForRequest((r) => /\/api\/graph\?.*from=/.test(r.url()));
    await page.getByTestId('time-from').evaluate((input: HTMLInputElement) => {
      input.value = String(Math.floor(Number(input.max) / 2));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const request = await asked;
    const from = new URL(request.url()).searchParams.get('from')!;
    expect(new URL(page.url()).searchParams.get('from')).toBe(from);
    await expect.poll(() => page.getByTestId('overview-count').textContent()).toMatch(/^Showing /);
    expect(pageErrors).toEqual([]);
  });
});
