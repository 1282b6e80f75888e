// The Cypher console in a real Chromium against the real server and Neo4j: history on Up/Down (kept across
// a reload), saved queries, parameters with $name completion, completion of the graph's labels, the three
// result views, CSV export, the plan on demand, a busy console retrying after Retry-After, and an error
// marked in the editor.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { desktopPage, launchBrowser, nodeCount, openExplorer } from './browser.js';

let app: TestApp;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  // One console query at a time in all, as on a 2-core host by default: the busy test fills it.
  app = await startTestApp({ buildClient: true, env: { CYPHER_MAX_INFLIGHT: '1' } });
  browser = await launchBrowser();
  page = await desktopPage(browser, pageErrors, { acceptDownloads: true });
  await openExplorer(page, app.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const editorText = () => page.getByTestId('cypher-editor').textContent();

async function typeQuery(query: string): Promise<void> {
  await page.getByTestId('cypher-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(query);
  await page.keyboard.press('Escape');
}

/**
 * Enter picks the open completion only once CodeMirror's `interactionDelay` (75 ms by default) has passed
 * since the list opened: earlier, the key is taken as typing. A user never presses that fast; a test does.
 */
async function acceptCompletion(): Promise<void> {
  await page.waitForTimeout(200);
  await page.keyboard.press('Enter');
}

async function run(query: string): Promise<void> {
  await typeQuery(query);
  await page.keyboard.press('Control+Enter');
}

describe('the Cypher console', () => {
  it('when queries were run, then Up and Down walk the history, also after a reload', async () => {
    await run('RETURN 1 AS first');
    await page.getByTestId('results-table').waitFor();
    await run('RETURN 2 AS second');
    await expect
      .poll(() => page.locator('[data-testid=results-table] th').first().textContent())
      .toBe('second');
    await typeQuery('');
    await page.keyboard.press('ArrowUp');
    expect(await editorText()).toBe('RETURN 2 AS second');
    await page.keyboard.press('ArrowUp');
    expect(await editorText()).toBe('RETURN 1 AS first');
    await page.keyboard.press('ArrowDown');
    expect(await editorText()).toBe('RETURN 2 AS second');
    await page.reload();
    await page.getByTestId('cypher-editor').click();
    await page.keyboard.press('ArrowUp');
    expect(await editorText()).toBe('RETURN 2 AS second');
  });

  it('when parameters are given, then $names complete (also inside a map) and the query runs with them; bad JSON is shown and nothing is sent', async () => {
    await page.locator('.console-params-box summary').click();
    await page.getByTestId('cypher-params').fill('{"personId": "person:anatoly-antonov", "limit": 2}');
    const popup = page.locator('.cm-tooltip-autocomplete');
    await typeQuery('');
    // The editor closes brackets itself: typing `}` and `)` steps over the ones it added.
    await page.keyboard.type('MATCH (p:Person {id: $per');
    await expect.poll(() => popup.textContent()).toBe('personId');
    await acceptCompletion();
    await page.keyboard.type('}) RETURN p.name AS name LIMIT $');
    await expect.poll(() => popup.textContent()).toBe('personIdlimit');
    await page.keyboard.type('li');
    await expect.poll(() => popup.textContent()).toBe('limit');
    await acceptCompletion();
    expect(await editorText()).toBe('MATCH (p:Person {id: $personId}) RETURN p.name AS name LIMIT $limit');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.locator('[data-testid=results-table] td').first().textContent())
      .toBe('Anatoly Antonov');
    await page.getByTestId('cypher-params').fill('{"personId": ');
    await page.getByTestId('cypher-run').click();
    await page.getByTestId('cypher-error').waitFor();
    expect(await page.getByTestId('cypher-error').textContent()).toContain('INVALID_PARAMS');
    await page.getByTestId('cypher-params').fill('');
  });

  it('when a result holds nodes, then it shows as a table, merges into the graph, and as JSON; rows export as CSV', async () => {
    const before = await nodeCount(page);
    await run(
      "MATCH (p:Person {id: 'person:anatoly-antonov'})-[r]-(x) RETURN p.name AS name, type(r) AS type, x LIMIT 5",
    );
    await page.getByTestId('results-table').waitFor();
    expect(await page.locator('[data-testid=results-table] tbody tr').count()).toBe(5);
    await page.getByTestId('view-graph').click();
    expect(await page.getByTestId('results-graph').textContent()).toMatch(
      /\d+ nodes? and \d+ relationships? merged/,
    );
    expect(await nodeCount(page)).toBeGreaterThanOrEqual(before);
    await page.getByTestId('view-json').click();
    const json = JSON.parse((await page.getByTestId('results-json').textContent()) ?? '[]') as {
      name: string;
    }[];
    expect(json).toHaveLength(5);
    expect(json[0]!.name).toBe('Anatoly Antonov');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const csv = fs
      .readFileSync((await download.path())!, 'utf8')
      .trim()
      .split(/\r\n/);
    expect(csv[0]).toBe('name,type,x');
    expect(csv).toHaveLength(6);
    expect(csv[1]).toMatch(/^Anatoly Antonov,/);
    await page.getByTestId('view-table').click();
  });

  it("when a label is begun, then the graph's labels complete (the schema loaded with the page)", async () => {
    await typeQuery('MATCH (n:Pers');
    await page.keyboard.press('Control+Space');
    const popup = page.locator('.cm-tooltip-autocomplete');
    await popup.waitFor();
    expect(await popup.textContent()).toContain('Person');
    await page.keyboard.press('Escape');
  });

  it('when a query is saved under a name, then it can be picked again after a reload', async () => {
    await typeQuery('MATCH (n:Place) RETURN n.name AS place');
    await page.getByTestId('save-name').fill('places');
    await page.getByTestId('save-query').click();
    await page.reload();
    await page.getByTestId('saved-queries').selectOption('places');
    expect(await editorText()).toBe('MATCH (n:Place) RETURN n.name AS place');
  });

  it('when the plan is asked for, then its operators and estimated rows show and nothing runs', async () => {
    await typeQuery('MATCH (n:Person) RETURN n.name');
    await page.getByTestId('cypher-plan').click();
    await page.getByTestId('plan-table').waitFor();
    const operators = await page.getByTestId('plan-operator').allTextContents();
    expect(operators.join(' ')).toMatch(/ProduceResults/);
    expect(operators.join(' ')).toMatch(/NodeByLabelScan|NodeIndexScan/);
  });

  it('when every console slot is taken, then the query says it is busy, counts down Retry-After and runs', async () => {
    // A scan that runs to the deadline (3 s) from this process takes the one slot (CYPHER_MAX_INFLIGHT=1).
    const slow = fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)',
      }),
    });
    await page.waitForTimeout(500);
    await run('RETURN 3 AS third');
    const busy = page.getByTestId('cypher-busy');
    await busy.waitFor();
    expect(await busy.textContent()).toMatch(/^Busy, retrying in \d+ s\. Too many queries at once/);
    expect((await slow).status).toBe(504);
    await expect
      .poll(() => page.locator('[data-testid=results-table] th').allTextContents(), { timeout: 15_000 })
      .toEqual(['third']);
    expect(await page.getByTestId('cypher-error').isHidden()).toBe(true);
  });

  it('when the query has a syntax error, then the error names the line and column and marks it in the editor', async () => {
    await run('MATCH (n) RETURN n ORDER n');
    await page.getByTestId('cypher-error-position').waitFor();
    expect(await page.getByTestId('cypher-error-position').textContent()).toMatch(/line 1, column \d+/);
    const mark = page.locator('.cm-lintRange-error');
    await mark.first().waitFor();
    expect(await mark.first().textContent()).toBe('n');
    // The editor's own linter runs 750 ms after the last edit: the mark outlives it, also when the answer
    // comes at once (a unicode escape is refused before the parse).
    await page.waitForTimeout(1500);
    expect(await mark.first().textContent()).toBe('n');
    await run('RETURN 1 AS one, "\\u0041" AS a');
    await expect
      .poll(() => page.getByTestId('cypher-error-position').textContent())
      .toBe('line 1, column 19');
    await page.waitForTimeout(1500);
    expect(await mark.first().textContent()).toBe('\\');
    expect(pageErrors).toEqual([]);
  });
});
