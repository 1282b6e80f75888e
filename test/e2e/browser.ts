// Debian's Chromium driven by playwright-core, headless, for the browser tests.
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get install chromium).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Each new context makes headless Chromium build its omnibox popup (a WebUI page, ~1 s of script
      // on another renderer), which a user's open browser did once at its start: off, so it does not
      // take the two cores from the page under test.
      '--disable-features=PreloadTopChromeWebUI',
    ],
  });
}

/** A new desktop-sized page; its uncaught script errors are pushed onto `errors` when given. */
export async function desktopPage(
  browser: Browser,
  errors?: string[],
  options: BrowserContextOptions = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, ...options });
  if (errors) page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

/** Opens the explorer at `url` and waits for the first graph to be drawn. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() =>
    /[1-9]\d* nodes? in view/.test(document.querySelector('[data-testid=node-count]')?.textContent ?? ''),
  );
}

/** expect.poll with room for a loaded machine (its default gives up after one second). */
export const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

/** The number in the `node-count` element ("42 nodes in view"). */
export async function nodeCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('node-count').textContent()) ?? '';
  return Number(/\d+/.exec(text)?.[0] ?? NaN);
}

/** Where a node is drawn, in page coordinates. */
/**
 * A node's position once the view has settled: the camera animation and any layout have stopped moving
 * it (two reads 250 ms apart agree to half a pixel). On a loaded machine an animation outlasts any fixed wait.
 */
export async function settledNodeScreenPosition(page: Page, node: string): Promise<{ x: number; y: number }> {
  let last = await nodeScreenPosition(page, node);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await nodeScreenPosition(page, node);
    if (Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5) return now;
    last = now;
  }
  throw new Error(`node ${node} kept moving for 10 s`);
}

export async function nodeScreenPosition(page: Page, node: string): Promise<{ x: number; y: number }> {
  return page.evaluate((key) => {
    const d = window.__dossier!;
    const attributes = d.graph.getNodeAttributes(key) as { x: number; y: number };
    const p = d.sigma.graphToViewport({ x: attributes.x, y: attributes.y });
    const rect = d.sigma.getContainer().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, node);
}
