// Picking an entity (search, then Enter) brings it and its neighbourhood into view, laid out around it:
// in Chromium against the real server and the seed, on a wide canvas (where a round neighbourhood is
// taller, relative to the canvas, than the graph it joins), every drawn neighbour of the picked entity
// lies inside the canvas once the camera is at rest (sigma's graphToViewport), and it is zoomed to them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { launchBrowser, openExplorer, poll } from './browser.js';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startTestApp({ buildClient: true });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1500, height: 620 } });
  await openExplorer(page, app.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The selected entity and its drawn neighbours: where each is on the canvas, with the canvas's size. */
async function neighbourhoodOnCanvas(p: Page) {
  return p.evaluate(() => {
    const d = window.__dossier!;
    const id = d.state.selected!;
    const { width, height } = d.sigma.getDimensions();
    const points = [id, ...d.graph.neighbors(id)]
      .filter((n) => !d.sigma.getNodeDisplayData(n)?.hidden)
      .map((n) => {
        const a = d.graph.getNodeAttributes(n);
        return { node: n, ...d.sigma.graphToViewport({ x: a.x, y: a.y }) };
      });
    return { width, height, points };
  });
}

/** The selection has its neighbours in the graph and the camera has been at rest for 300 ms. */
async function waitForRest(p: Page, id: string): Promise<void> {
  const atRest = () =>
    p.evaluate((key) => {
      const d = window.__dossier!;
      return (
        d.state.selected === key &&
        d.graph.hasNode(key) &&
        d.graph.degree(key) > 0 &&
        !d.sigma.getCamera().isAnimated()
      );
    }, id);
  await poll(atRest).toBe(true);
  await p.waitForTimeout(300);
  await poll(atRest).toBe(true);
}

describe('picking an entity', () => {
  it('when the best-connected person is searched and Enter pressed, then it and every neighbour are inside the canvas', async () => {
    // The person with the most neighbours in the graph (the widest neighbourhood to fit).
    const person = await page.evaluate(() => {
      const d = window.__dossier!;
      const people = d.graph.filterNodes((_, a) => a.type === 'Person');
      people.sort((a, b) => d.graph.neighbors(b).length - d.graph.neighbors(a).length);
      return { id: people[0]!, label: d.graph.getNodeAttribute(people[0]!, 'label') };
    });
    // Somewhere else first, so the pick has to move the camera.
    await page.evaluate(() => window.__dossier!.sigma.getCamera().setState({ x: 0.1, y: 0.9, ratio: 3 }));
    const input = page.getByTestId('search-input');
    await input.fill(person.label);
    // Its row among the suggestions (an article's title may come first): arrows down to it, then Enter.
    const row = async () =>
      (await page.getByTestId('search-result').allTextContents()).findIndex((t) =>
        t.startsWith(`${person.label} Person`),
      );
    await poll(row).toBeGreaterThanOrEqual(0);
    for (let i = await row(); i > 0; i--) await input.press('ArrowDown');
    await input.press('Enter');
    await page.getByTestId('entity-panel').waitFor({ state: 'visible', timeout: 60_000 });
    await waitForRest(page, person.id);

    const { width, height, points } = await neighbourhoodOnCanvas(page);
    expect(points.length).toBeGreaterThan(3);
    const outside = points.filter((q) => q.x < 0 || q.y < 0 || q.x > width || q.y > height);
    expect(outside).toEqual([]);
    // Zoomed to them: the neighbourhood spans at least a third of the canvas on its tighter side.
    const xs = points.map((q) => q.x);
    const ys = points.map((q) => q.y);
    const span = Math.max(
      (Math.max(...xs) - Math.min(...xs)) / width,
      (Math.max(...ys) - Math.min(...ys)) / height,
    );
    expect(span).toBeGreaterThan(0.33);
  });
});
