// Working the view like a desk, in a real Chromium against the real server and the seed: hover leaves
// the URL alone; undo and redo (buttons and keys) of hide, filter, expand, collapse, remove, layout and
// drag; a dragged node stays pinned through a layout until unpinned; parallel relations drawn curved
// with their type on hover and once zoomed in; labels that do not overlap; loose nodes packed near the
// graph; colours and sizes by type from the legend, kept in the URL; the canvas following its
// container; each alias shown once.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import {
  desktopPage,
  launchBrowser,
  nodeCount,
  openExplorer,
  poll,
  settledNodeScreenPosition,
} from './browser.js';

let app: TestApp;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const ANTONOV = 'person:anatoly-antonov';

const open = (query = '') => openExplorer(page, `${app.url}/${query}`);

/** Selects an entity by search and waits for its panel to be drawn afresh (its buttons are new). */
async function select(name: string): Promise<void> {
  const previous = await page.$('#entity-panel header');
  await page.getByTestId('search-input').fill(name);
  await page.getByTestId('search-result').first().waitFor();
  await page.getByTestId('search-input').press('Enter');
  await previous?.waitForElementState('hidden');
  await poll(() => page.getByTestId('entity-name').textContent()).toContain(name);
}

/** A key press on the page, not in a text field (where Ctrl+Z is the field's). */
async function press(keys: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(keys);
}

const attrs = (node: string) =>
  page.evaluate((n) => {
    const g = window.__dossier!.graph;
    return g.hasNode(n) ? { ...g.getNodeAttributes(n) } : null;
  }, node);
const order = () => page.evaluate(() => window.__dossier!.graph.order);

/**
 * "Reset view", then waits for its camera animation to end: a camera state set while it runs is
 * overwritten by its last frame (on a loaded machine frames are slow and it outlasts its 150 ms).
 */
async function resetCamera(): Promise<void> {
  await page.locator('#reset-view').click();
  await poll(() => page.evaluate(() => window.__dossier!.sigma.getCamera().isAnimated())).toBe(false);
}

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

describe('the view as a desk', () => {
  it('when the pointer hovers nodes, then the drawing follows but the URL is not written', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { __writes: number };
      w.__writes = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        w.__writes += 1;
        replace(...args);
      };
    });
    await page.locator('#reset-view').click();
    const p = await settledNodeScreenPosition(page, ANTONOV);
    await page.mouse.move(p.x, p.y);
    await poll(() => page.evaluate(() => window.__dossier!.state.hovered)).toBe(ANTONOV);
    await page.mouse.move(p.x + 300, p.y + 5);
    await page.mouse.move(p.x, p.y);
    await page.mouse.move(10, 10);
    expect(await page.evaluate(() => (window as unknown as { __writes: number }).__writes)).toBe(0);
  });

  it('when a node is hidden and a type unticked, then Ctrl+Z and the Undo button bring them back, Ctrl+Shift+Z and Redo redo', async () => {
    // Picking him brings his neighbourhood in (a change of its own, left in place here).
    await select('Anatoly Antonov');
    const full = await nodeCount(page);
    const pickUndo = await page.getByTestId('undo').getAttribute('title');
    expect(pickUndo).toMatch(/^Undo: Bring in Anatoly Antonov/);
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await poll(() => nodeCount(page)).toBe(full - 1);
    await page.locator('[data-testid=type-filter][data-type=Event]').uncheck();
    const withoutEvents = await nodeCount(page);
    expect(withoutEvents).toBeLessThan(full - 1);
    await press('Control+z');
    await poll(() => nodeCount(page)).toBe(full - 1);
    expect(await page.locator('[data-testid=type-filter][data-type=Event]').isChecked()).toBe(true);
    await page.getByTestId('undo').click();
    await poll(() => nodeCount(page)).toBe(full);
    expect(await page.getByTestId('undo').getAttribute('title')).toBe(pickUndo);
    await press('Control+Shift+Z');
    await poll(() => nodeCount(page)).toBe(full - 1);
    await page.getByTestId('redo').click();
    await poll(() => nodeCount(page)).toBe(withoutEvents);
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await poll(() => nodeCount(page)).toBe(full);
  });

  it('when the Cypher editor has focus, then Ctrl+Z is the editor’s, not the view’s', async () => {
    await page.locator('[data-testid=type-filter][data-type=Place]').uncheck();
    const count = await nodeCount(page);
    await page.getByTestId('cypher-editor').click();
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(200);
    expect(await nodeCount(page)).toBe(count);
    await page.getByTestId('undo').click();
    await poll(() => nodeCount(page)).toBeGreaterThan(count);
  });

  it('when a node is picked, then its neighbourhood is one expansion: Collapse takes it back, undo brings it again', async () => {
    // Statements are off in the overview: picking Putin brings in his neighbourhood, what he said with
    // it (all 16 of his neighbours: Expand then finds nothing more to bring).
    const before = await order();
    await select('Vladimir Putin');
    await poll(order).toBeGreaterThan(before);
    const picked = await order();
    await page.getByRole('button', { name: 'Expand', exact: true }).click();
    await poll(() => page.locator('#toast').textContent()).toContain('neighbours are in view already');
    expect(await order()).toBe(picked);
    await page.getByTestId('collapse').click();
    await poll(order).toBe(before);
    expect(await page.getByTestId('collapse').count()).toBe(0);
    await press('Control+z');
    await poll(order).toBe(picked);
    await press('Control+z');
    await poll(order).toBe(before);
    await press('Control+Shift+Z');
    await poll(order).toBe(picked);
    expect(await page.getByTestId('collapse').count()).toBe(1);
  });

  it('when a node is removed from the view, then undo puts it back with its relations', async () => {
    await select('Joe Biden');
    const edges = await page.evaluate((n) => window.__dossier!.graph.degree(n), 'person:joe-biden');
    await page.getByRole('button', { name: 'Remove from view' }).click();
    await poll(() => attrs('person:joe-biden')).toBeNull();
    await page.getByTestId('undo').click();
    await poll(() => attrs('person:joe-biden')).not.toBeNull();
    expect(await page.evaluate((n) => window.__dossier!.graph.degree(n), 'person:joe-biden')).toBe(edges);
  });

  it('when a node is dragged, then it stays where it was put through a layout run, until unpinned; undo moves it back', async () => {
    await page.locator('#reset-view').click();
    const start = await settledNodeScreenPosition(page, 'person:vladimir-putin');
    const before = (await attrs('person:vladimir-putin'))!;
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 80, start.y + 50, { steps: 10 });
    await page.mouse.up();
    const dropped = (await attrs('person:vladimir-putin'))!;
    expect(dropped.fixed).toBe(true);
    expect(Math.hypot(dropped.x - before.x, dropped.y - before.y)).toBeGreaterThan(0);
    // A layout run moves the others, not the pinned node.
    const other = (await attrs('person:joe-biden'))!;
    await page.locator('#layout-toggle').click();
    await page.waitForTimeout(1500);
    await page.locator('#layout-toggle').click();
    const after = (await attrs('person:vladimir-putin'))!;
    expect([after.x, after.y]).toEqual([dropped.x, dropped.y]);
    const moved = (await attrs('person:joe-biden'))!;
    expect(Math.hypot(moved.x - other.x, moved.y - other.y)).toBeGreaterThan(0);
    // The layout run is one step back, the drag another.
    await page.getByTestId('undo').click();
    expect((await attrs('person:joe-biden'))!.x).toBe(other.x);
    // Unpinning from the panel lets the layout move it again (a click selects without fetching).
    const at = await settledNodeScreenPosition(page, 'person:vladimir-putin');
    await page.mouse.click(at.x, at.y);
    await poll(() => page.getByTestId('entity-name').textContent()).toContain('Vladimir Putin');
    await page.getByTestId('unpin').click();
    expect((await attrs('person:vladimir-putin'))!.fixed).toBe(false);
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    const back = (await attrs('person:vladimir-putin'))!;
    expect([back.x, back.y, back.fixed]).toEqual([before.x, before.y, false]);
  });

  it('when two relations join the same two nodes, then they are drawn curved, with the type on hover and once zoomed in', async () => {
    // At the default zoom, relation types are not written on the edges.
    await resetCamera();
    await poll(() => page.evaluate(() => window.__dossier!.sigma.getSetting('renderEdgeLabels'))).toBe(false);
    const parallel = await page.evaluate(() => {
      const { graph, sigma } = window.__dossier!;
      const edges = graph.edges('person:anatoly-antonov', 'place:united-states');
      return edges.map((e) => ({
        key: e,
        type: sigma.getEdgeDisplayData(e)?.type,
        label: graph.getEdgeAttribute(e, 'type'),
      }));
    });
    expect(parallel.length).toBeGreaterThanOrEqual(2);
    expect(parallel.every((e) => e.type === 'curved')).toBe(true);
    // A relation alone between its two nodes stays straight.
    const lone = await page.evaluate(() => {
      const { graph, sigma } = window.__dossier!;
      // graphology's edges(u, v) holds the edges either way between u and v.
      const e = graph.findEdge((_e, _a, s, t) => graph.edges(s, t).length === 1);
      return e ? sigma.getEdgeDisplayData(e)?.type : null;
    });
    expect(lone).toBe('arrow');
    // Hover: the tooltip and the edge's label give its type.
    await page.evaluate(
      (key) => window.__dossier!.sigma.emit('enterEdge', { edge: key, event: { x: 300, y: 300 } } as never),
      parallel[0]!.key,
    );
    expect(await page.locator('#tooltip').textContent()).toContain(parallel[0]!.label);
    expect(
      await page.evaluate((k) => window.__dossier!.sigma.getEdgeDisplayData(k)?.label, parallel[0]!.key),
    ).toBe(parallel[0]!.label);
    await page.evaluate(
      (key) => window.__dossier!.sigma.emit('leaveEdge', { edge: key } as never),
      parallel[0]!.key,
    );
    expect(
      await page.evaluate((k) => window.__dossier!.sigma.getEdgeDisplayData(k)?.label, parallel[0]!.key),
    ).toBeFalsy();
    // Zoomed in, every relation carries its type.
    await page.evaluate(() => window.__dossier!.sigma.getCamera().setState({ ratio: 0.3 }));
    await poll(() => page.evaluate(() => window.__dossier!.sigma.getSetting('renderEdgeLabels'))).toBe(true);
    expect(
      await page.evaluate((k) => window.__dossier!.sigma.getEdgeDisplayData(k)?.label, parallel[1]!.key),
    ).toBe(parallel[1]!.label);
    await resetCamera();
    await poll(() => page.evaluate(() => window.__dossier!.sigma.getSetting('renderEdgeLabels'))).toBe(false);
  });

  it('when the view is at rest, then no two node labels overlap, and nodes without relations sit near the graph', async () => {
    await open();
    await page.waitForTimeout(500);
    const labels = await page.evaluate(() => window.__dossier!.labels());
    expect(labels.length).toBeGreaterThan(5);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!, labels[j]!];
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.label} / ${b.label}`).toBe(false);
      }
    const placement = await page.evaluate(() => {
      const { graph, sigma } = window.__dossier!;
      const screen = (n: string) => sigma.graphToViewport(graph.getNodeAttributes(n));
      const loose = graph.filterNodes((n) => graph.degree(n) === 0).map(screen);
      const linked = graph.filterNodes((n) => graph.degree(n) > 0).map(screen);
      const box = {
        minX: Math.min(...linked.map((p) => p.x)),
        maxX: Math.max(...linked.map((p) => p.x)),
        minY: Math.min(...linked.map((p) => p.y)),
        maxY: Math.max(...linked.map((p) => p.y)),
      };
      const { width, height } = sigma.getDimensions();
      return { loose, box, width, height };
    });
    expect(placement.loose.length).toBeGreaterThan(0);
    for (const p of placement.loose) {
      // On screen, and no farther from the connected part than a tenth of the canvas.
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(placement.width);
      expect(p.y).toBeLessThan(placement.height);
      const dx = Math.max(0, placement.box.minX - p.x, p.x - placement.box.maxX);
      const dy = Math.max(0, placement.box.minY - p.y, p.y - placement.box.maxY);
      expect(Math.hypot(dx, dy)).toBeLessThan(placement.height / 10);
    }
  });

  it('when a colour and a size are changed in the legend, then the graph and the URL follow, and a reload keeps them', async () => {
    await page.locator('[data-testid=type-color][data-type=Person]').evaluate((input: HTMLInputElement) => {
      input.value = '#ff0000';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.locator('[data-testid=type-size][data-type=Place]').selectOption('2');
    await poll(() => page.url()).toContain('colors=Person%3Aff0000');
    expect(page.url()).toContain('sizes=Place%3A2');
    const shown = await page.evaluate(() => {
      const { graph, sigma } = window.__dossier!;
      return {
        color: sigma.getNodeDisplayData('person:joe-biden')?.color,
        size: sigma.getNodeDisplayData('place:moscow')?.size,
        base: graph.getNodeAttribute('place:moscow', 'size'),
      };
    });
    expect(shown.color).toBe('#ff0000');
    expect(shown.size).toBeCloseTo(shown.base * 2);
    await open(new URL(page.url()).search);
    expect(await page.locator('[data-testid=type-color][data-type=Person]').inputValue()).toBe('#ff0000');
    expect(await page.locator('[data-testid=type-size][data-type=Place]').inputValue()).toBe('2');
    expect(
      await page.evaluate(() => window.__dossier!.sigma.getNodeDisplayData('person:joe-biden')?.color),
    ).toBe('#ff0000');
  });

  it('when the console’s result area grows and shrinks, then the canvas follows its container', async () => {
    const sizes = () =>
      page.evaluate(() => {
        const { sigma } = window.__dossier!;
        const box = sigma.getContainer().getBoundingClientRect();
        const canvas = sigma.getContainer().querySelector('canvas')!.getBoundingClientRect();
        return {
          container: Math.round(box.height),
          canvas: Math.round(canvas.height),
          sigma: sigma.getDimensions().height,
        };
      });
    const follows = async () => {
      const s = await sizes();
      return s.canvas === s.container && s.sigma === s.container;
    };
    const run = async (query: string) => {
      await page.getByTestId('cypher-editor').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type(query);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Enter');
    };
    const initial = (await sizes()).container;
    await run('MATCH (n) RETURN n.name AS name LIMIT 40');
    await page.getByTestId('results-table').waitFor();
    await poll(async () => (await sizes()).container).toBeLessThan(initial);
    await poll(follows).toBe(true);
    const shrunk = (await sizes()).container;
    await run('RETURN 1 AS one');
    await poll(async () => (await sizes()).container).toBeGreaterThan(shrunk);
    await poll(follows).toBe(true);
  });

  it('when an entity has aliases differing only in case, then the panel shows each once', async () => {
    await select('Anatoly Antonov');
    const also = (await page.getByTestId('entity-aliases').textContent())!;
    const fold = (s: string) => s.toLowerCase().replace(/’/g, "'");
    const aliases = also
      .replace(/^Also:\s*/, '')
      .split(' · ')
      .map(fold);
    expect(aliases.filter((a) => a === "russia's ambassador to the us")).toHaveLength(1);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it('when sigma’s interactions are killed, then no listener they added is left (twice is harmless)', async () => {
    const counts = await page.evaluate(() => {
      const { sigma, interactions } = window.__dossier!;
      type Emitter = { eventNames(): string[]; listenerCount(e: string): number };
      const count = (e: Emitter) => e.eventNames().reduce((n, name) => n + e.listenerCount(name), 0);
      const total = () => count(sigma as unknown as Emitter) + count(sigma.getCamera() as unknown as Emitter);
      const before = total();
      interactions.kill();
      const after = total();
      interactions.kill();
      return { before, after, again: total() };
    });
    // Eleven pointer events on sigma and the camera's `updated`.
    expect(counts.before - counts.after).toBe(12);
    expect(counts.again).toBe(counts.after);
  });

  it('when all this ran, then the page raised no error', () => {
    expect(pageErrors).toEqual([]);
  });
});
