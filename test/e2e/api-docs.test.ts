// /api/docs in a real Chromium: Swagger UI, served from the swagger-ui-dist package, shows every
// operation of /api/openapi.json with its answer's schema, under the app's CSP, and the page asks nothing
// of any other origin.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startTestApp, type TestApp } from '../helpers/app.js';
import { launchBrowser, poll } from './browser.js';

let app: TestApp;
let browser: Browser;
let page: Page;
const requested: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('request', (r) => requested.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the API docs page', () => {
  it('when /api/docs is opened, then every operation is listed, the answers have schemas, and nothing outside is loaded', async () => {
    const { body } = await getJson<{ paths: Record<string, Record<string, unknown>> }>(
      `${app.url}/api/openapi.json`,
    );
    const operations = Object.values(body.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
    const res = await page.goto(`${app.url}/api/docs`);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await poll(() => page.locator('.opblock').count()).toBe(operations);
    expect(await page.locator('.opblock-summary-path').allTextContents()).toContain('/api/entities/{id}');
    // The named response schemas are listed under "Schemas".
    await poll(() => page.locator('.models .model-container').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('WireGraph'), expect.stringContaining('EntityDetail')]),
    );
    // An operation opened shows its answer, as an example made from its schema.
    await page.locator('.opblock-summary-path', { hasText: /^\/api\/health$/ }).click();
    await poll(() => page.locator('.opblock.is-open .responses-wrapper').textContent()).toContain(
      '"connected": true',
    );
    const origin = new URL(app.url).origin;
    expect(requested.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
