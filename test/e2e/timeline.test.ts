// The timeline and the comparison of two periods, in a real Chromium against the real server and the
// seed (dated 2017–2022, most events in 2021–2022): one bucket per month, brushing sets the period,
// Play walks the view through time (cumulative and sliding window), and periods A and B compared with
// what is new and gone marked, listed and kept in the URL, their months marked on the strip. Saves
// test-artifacts/timeline.png and test-artifacts/compare-periods.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { desktopPage, launchBrowser, nodeCount, openExplorer, poll } from './browser.js';

let app: TestApp;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const open = (query = '') => openExplorer(page, `${app.url}/${query}`);

/** Whether sigma draws a node now (after the reducers), and how. */
const display = (node: string) =>
  page.evaluate((n) => {
    const d = window.__dossier!.sigma.getNodeDisplayData(n);
    return d ? { hidden: d.hidden, color: d.color, size: d.size, forceLabel: d.forceLabel } : null;
  }, node);

beforeAll(async () => {
  app = await startTestApp({ buildClient: true });
  browser = await launchBrowser();
  page = await desktopPage(browser, pageErrors);
  await open();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the timeline', () => {
  it('when the seed is in view, then the strip has one bucket per month with the dated events, and counts the undated apart', async () => {
    const months = await page
      .getByTestId('timeline-bucket')
      .evaluateAll((nodes) =>
        nodes.map((n) => [n.getAttribute('data-month')!, Number(n.getAttribute('data-count'))] as const),
      );
    // What the graph in view holds: the months of its events (dated to the month or the day).
    const held = await page.evaluate(() => {
      const { graph } = window.__dossier!;
      const months = new Map<string, number>();
      graph.forEachNode((_n, a) => {
        const m = /^(\d{4}-\d{2})/.exec(a.type === 'Event' ? (a.date ?? '') : '')?.[1];
        if (m) months.set(m, (months.get(m) ?? 0) + 1);
      });
      return [...months.entries()].sort();
    });
    const keys = months.map(([m]) => m);
    const count = Object.fromEntries(months);
    expect(keys[0]! <= held[0]![0]).toBe(true);
    expect(keys[keys.length - 1]! >= held[held.length - 1]![0]).toBe(true);
    // One bucket per month, consecutive, none missing or repeated.
    for (let i = 1; i < keys.length; i++) {
      const [y, m] = keys[i - 1]!.split('-').map(Number) as [number, number];
      expect(keys[i]).toBe(m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`);
    }
    for (const [month, events] of held) expect(count[month]).toBeGreaterThanOrEqual(events);
    // March 2021, the recall and everything around it, is the busiest month; quiet months are there at 0.
    expect(count['2021-03']).toBeGreaterThanOrEqual(8);
    expect(Math.max(...months.map(([, c]) => c))).toBe(count['2021-03']);
    expect(months.some(([, c]) => c === 0)).toBe(true);
    expect(await page.getByTestId('timeline-undated').textContent()).toMatch(/\d+ undated/);
  });

  it('when a range is brushed on the strip, then it becomes the period: sliders, URL and view follow', async () => {
    const before = await nodeCount(page);
    const a = (await page.locator('[data-testid=timeline-bucket][data-month="2021-03"]').boundingBox())!;
    const b = (await page.locator('[data-testid=timeline-bucket][data-month="2021-06"]').boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 6 });
    await page.mouse.up();
    await poll(() => page.url()).toContain('from=2021-03&to=2021-06');
    expect(await nodeCount(page)).toBeLessThan(before);
    expect(await page.locator('.timeline-bucket.in-period').count()).toBe(4);
    const sliders = await page.evaluate(() => {
      const v = (id: string) => (document.querySelector(`[data-testid=${id}]`) as HTMLInputElement).value;
      return [v('time-from'), v('time-to')];
    });
    const months = await page
      .getByTestId('timeline-bucket')
      .evaluateAll((n) => n.map((x) => x.getAttribute('data-month')));
    expect(sliders).toEqual([String(months.indexOf('2021-03')), String(months.indexOf('2021-06'))]);
    expect(await display('event:geneva-summit-2021-06-16')).toMatchObject({ hidden: false });
    expect(await display('event:russia-invades-ukraine-2022-02')).toMatchObject({ hidden: true });
    fs.mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: path.join('test-artifacts', 'timeline.png') });
    expect(fs.statSync('test-artifacts/timeline.png').size).toBeGreaterThan(10_000);
  });

  it('when Play runs in cumulative mode, then nodes appear with their first dated event and stay', async () => {
    // Within the brushed period, at twice the normal speed (300 ms a month).
    await page.getByTestId('timeline-speed').selectOption('2×');
    await page.getByTestId('timeline-play').click();
    const month = () => page.evaluate(() => window.__dossier!.state.playback?.month ?? null);
    await poll(month).toBe('2021-03');
    // The recall (March 2021) is on stage from the first frame; the Geneva summit not before June.
    // Each sample reads the month and the two nodes in one go (one turn of the page's event loop).
    const sample = () =>
      page.evaluate(() => {
        const { sigma, state } = window.__dossier!;
        const shown = (n: string) => !sigma.getNodeDisplayData(n)!.hidden;
        return {
          month: state.playback?.month ?? null,
          summit: shown('event:geneva-summit-2021-06-16'),
          recall: shown('event:antonov-recalled-2021-03'),
        };
      });
    const seen: Awaited<ReturnType<typeof sample>>[] = [];
    await expect
      .poll(
        async () => {
          const s = await sample();
          seen.push(s);
          return s.month;
        },
        { timeout: 15_000, interval: 50 },
      )
      .toBe('2021-06');
    expect(seen.filter((s) => s.month && s.month < '2021-06').every((s) => !s.summit && s.recall)).toBe(true);
    expect(seen.some((s) => s.month === '2021-04')).toBe(true);
    await poll(() => display('event:geneva-summit-2021-06-16')).toMatchObject({ hidden: false });
    // At the end of the period playback pauses on the last month.
    await poll(() => page.getByTestId('timeline-play').textContent()).toContain('Play');
    expect(await display('event:antonov-recalled-2021-03')).toMatchObject({ hidden: false });
  });

  it('when the sliding window is chosen, then what happened before the window leaves the view; undated nodes stay, drawn apart', async () => {
    await page.getByTestId('timeline-mode').selectOption('window');
    await page.getByTestId('timeline-window').selectOption('1');
    // Paused on June 2021: only June's happenings are on stage.
    await poll(() => display('event:antonov-recalled-2021-03')).toMatchObject({ hidden: true });
    expect(await display('event:geneva-summit-2021-06-16')).toMatchObject({ hidden: false });
    const undated = await display('organization:vice-news');
    expect(undated?.hidden).toBe(false);
    expect(undated?.color).toMatch(/^#[0-9a-f]{6}40$/);
    await page.getByRole('button', { name: 'Stop playback' }).click();
    await poll(() => page.evaluate(() => window.__dossier!.state.playback)).toBeNull();
    // Back to the brushed period: the recall is in it again.
    expect(await display('event:antonov-recalled-2021-03')).toMatchObject({ hidden: false });
  });
});

describe('comparing two periods', () => {
  const query = '?compare=all&a=2021-01..2021-06&b=2022-01..2022-06';

  it('when periods A and B are picked, then what is new in B is highlighted, what has gone faded, and the sidebar lists both', async () => {
    await open();
    await page.getByTestId('compare-toggle').check();
    await page.getByTestId('compare-a-to').selectOption('2021-06');
    await page.getByTestId('compare-a-from').selectOption('2021-01');
    await page.getByTestId('compare-b-from').selectOption('2022-01');
    await page.getByTestId('compare-b-to').selectOption('2022-06');
    await poll(() => page.url()).toContain('compare=all&a=2021-01..2021-06&b=2022-01..2022-06');
    const fresh = await display('person:sergey-trepelkov');
    const gone = await display('person:john-sullivan');
    const kept = await display('person:anatoly-antonov');
    expect(fresh).toMatchObject({ hidden: false, forceLabel: true });
    expect(gone?.color).toMatch(/^#[0-9a-f]{6}40$/);
    expect(kept?.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(fresh!.size).toBeGreaterThan(
      await page.evaluate(() => window.__dossier!.graph.getNodeAttribute('person:sergey-trepelkov', 'size')),
    );
    expect(await page.getByTestId('compare-new').textContent()).toContain('Sergey Trepelkov');
    expect(await page.getByTestId('compare-gone').textContent()).toContain('John J. Sullivan');
    expect(await page.getByTestId('compare-new').textContent()).not.toContain('Anatoly Antonov');
    // The strip marks the months of A and of B.
    const marks = await page
      .getByTestId('timeline-bucket')
      .evaluateAll((n) =>
        Object.fromEntries(n.map((x) => [x.getAttribute('data-month'), x.dataset['compare']])),
      );
    expect([marks['2021-01'], marks['2021-06'], marks['2022-01'], marks['2022-06']]).toEqual([
      'a',
      'a',
      'b',
      'b',
    ]);
    expect([marks['2020-12'], marks['2021-07'], marks['2022-07']]).toEqual([undefined, undefined, undefined]);
    await page.screenshot({ path: path.join('test-artifacts', 'compare-periods.png') });
    expect(fs.statSync('test-artifacts/compare-periods.png').size).toBeGreaterThan(10_000);
  });

  it('when only changes are asked for, then what both periods share leaves the view', async () => {
    await page.getByTestId('compare-mode').selectOption('changes');
    await poll(() => page.url()).toContain('compare=changes');
    await poll(() => display('person:anatoly-antonov')).toMatchObject({ hidden: true });
    expect(await display('person:sergey-trepelkov')).toMatchObject({ hidden: false });
  });

  it('when the link is opened afresh, then the periods and the mode are restored', async () => {
    await open(query);
    expect(await page.getByTestId('compare-toggle').isChecked()).toBe(true);
    expect(await page.getByTestId('compare-b-from').inputValue()).toBe('2022-01');
    expect(await page.getByTestId('compare-mode').inputValue()).toBe('all');
    await poll(async () => (await display('person:john-sullivan'))?.color).toMatch(/40$/);
    expect(await page.getByTestId('compare-gone').textContent()).toContain('John J. Sullivan');
    // A comparison that came with the link is no change to undo; unticking it is one.
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
    await page.getByTestId('compare-toggle').uncheck();
    await poll(() => page.url()).not.toContain('compare=');
    expect(await page.locator('[data-testid=timeline-bucket][data-compare]').count()).toBe(0);
    await page.getByTestId('undo').click();
    await poll(() => page.url()).toContain('compare=all');
  });

  it('when all this ran, then the page raised no error', () => {
    expect(pageErrors).toEqual([]);
  });
});
