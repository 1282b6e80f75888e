// `npm run bench:first-view [-- --articles 70000 --runs 5 --trace --base DIR]`: the first view of a big
// archive as a new user meets it, in Debian's Chromium against the real server on the bench:api graph
// (built once, reused). Rows: the page opened on the whole archive (the overview the server computes at
// start), the page opened on a period never asked before (the server's cache cold), and a person searched
// and picked with Enter (time to the person's neighbourhood in view with the camera at rest, and how much
// of it is then outside the canvas). Each row: times (median and worst of the runs), what is drawn
// (nodes, edges, events, labels, overlapping node pairs, labels over another node's disc, nodes outside
// the canvas) and the bytes of /api/graph. Baseline, in the same run: the page shell (DOMContentLoaded
// of the same page); the ratio is time to the first graph over it. The first graph's time is the page's
// mark "overview:painted" (visit.ts). Screenshots of the first run's overview and pick:
// test-artifacts/first-view-overview.png, first-view-picked.png. With `--trace`, the second visit is
// traced and its main thread's time is printed by task (main-thread.ts). With `--base DIR` (a tree of
// another commit, e.g. from `git archive`, with node_modules), an A/B run: that tree's server and page
// (built from its own client sources) beside this one's on the same Neo4j, visited in turn (which goes
// first alternates; no search), and the ratio of the first-graph medians, new / base; `--also DIR` adds
// another tree's arm (named by its folder), compared with the base the same way.
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { freePort } from '../../server/src/neo4j/managed/index.js';
import { launchBrowser } from '../../test/e2e/browser.js';
import { buildGraph } from '../api/build-graph.js';
import { mainThreadBreakdown } from './main-thread.js';
import { argValue, printTable, startBenchNeo4j } from '../bench-neo4j.js';
import { againstNeo4j, startBenchServer } from '../bench-server.js';
import { waitUntilIdle } from '../proc-cpu.js';
import { drawnScene, neighbourhoodSettled, selectedNeighbourhood } from '../../test/e2e/drawn-scene.js';
import { visit, type Visit } from './visit.js';
import { PROJECT_ROOT } from '../../server/src/config.js';

const articles = argValue('articles', 70_000);
const runs = argValue('runs', 5);
const trace = process.argv.includes('--trace');
/** `--base DIR`: a tree of the base commit (with node_modules), whose server and page are visited in turn;
 * `--also DIR` (repeatable): more trees to compare with the base the same way. */
const treesAfter = (flag: string) =>
  process.argv.flatMap((a, i) => (a === flag ? [process.argv[i + 1]!] : []));
const base = treesAfter('--base')[0] ?? null;
const others = treesAfter('--also');

/**
 * Types a person's name, waits for the suggestions, presses Enter: time to the neighbourhood in the graph
 * with the camera at rest, how much of it is then outside the canvas, and time to the entity panel.
 */
async function searchAndPick(page: Page, person: { name: string }) {
  const input = page.getByTestId('search-input');
  const typed = performance.now();
  await input.fill(''); // hides the last suggestions: the ones awaited below are this name's
  await input.fill(person.name);
  // The person's own suggestion (an article's title may come first): arrows down to it, then Enter. A
  // person missing from the suggestions is reported (null), and the caller tries another.
  await page.getByTestId('search-result').first().waitFor({ timeout: 30_000 });
  const texts = await page.getByTestId('search-result').allTextContents();
  const row = texts.findIndex((t) => t.startsWith(`${person.name} Person`));
  if (row < 0) {
    console.error(`  ${person.name} not among the suggestions: ${JSON.stringify(texts.slice(0, 3))}`);
    return null;
  }
  const suggestionsMs = performance.now() - typed;
  for (let i = row; i > 0; i--) await input.press('ArrowDown');
  const entered = performance.now();
  await input.press('Enter');
  // The camera starts its move a frame after the neighbourhood arrives: settled twice, 100 ms apart.
  await page.waitForFunction(neighbourhoodSettled, undefined, { polling: 20, timeout: 30_000 });
  let settledMs = performance.now() - entered;
  await page.waitForTimeout(100);
  await page.waitForFunction(neighbourhoodSettled, undefined, { polling: 20, timeout: 30_000 });
  if (performance.now() - entered - settledMs > 150) settledMs = performance.now() - entered;
  const hood = await page.evaluate(selectedNeighbourhood);
  await page.getByTestId('entity-panel').waitFor({ state: 'visible', timeout: 30_000 });
  const panelMs = performance.now() - entered;
  const scene = await page.evaluate(drawnScene);
  return {
    suggestionsMs,
    settledMs,
    panelMs,
    neighbours: hood.members - 1,
    hoodOutside: hood.outside,
    scene,
  };
}

/** The traced visit's main thread, by task, in the stretches between its marks. */
function printMainThread(json: string, v: Visit): void {
  const stretches: [string, number, number][] = [
    ['navigation -> page set up', 0, v.setUpAt],
    ['page set up -> overview in hand', v.setUpAt, v.receivedAt],
    ['overview in hand -> first graph painted', v.receivedAt, v.firstGraphMs],
  ];
  for (const [name, from, to] of stretches) {
    console.log(`main thread, ${name} (${from.toFixed(0)}-${to.toFixed(0)} ms):`);
    printTable(
      mainThreadBreakdown(json, from, to)
        .slice(0, 12)
        .map((r) => ({ task: r.name, 'self ms': r.ms })),
    );
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const worst = (xs: number[]) => Math.max(...xs);
const medianOf = (visits: Visit[], f: (v: Visit) => number) => median(visits.map(f));
const worstOf = (visits: Visit[], f: (v: Visit) => number) => worst(visits.map(f));

/** What a case draws, and when (medians and worsts of its visits). */
const sceneRow = (name: string, visits: Visit[]) => ({
  case: name,
  'first graph ms (median)': medianOf(visits, (v) => v.firstGraphMs),
  'first graph ms (worst)': worstOf(visits, (v) => v.firstGraphMs),
  'shell ms (median)': medianOf(visits, (v) => v.shellMs),
  ratio: medianOf(visits, (v) => v.firstGraphMs) / medianOf(visits, (v) => v.shellMs),
  '/api/graph ms (median)': medianOf(visits, (v) => v.apiMs),
  '/api/graph ms (worst)': worstOf(visits, (v) => v.apiMs),
  '/api/graph KB': medianOf(visits, (v) => v.apiBytes) / 1024,
  nodes: medianOf(visits, (v) => v.nodes),
  edges: medianOf(visits, (v) => v.edges),
  events: medianOf(visits, (v) => v.events),
  labels: medianOf(visits, (v) => v.labels),
  'overlapping pairs': worstOf(visits, (v) => v.overlappingPairs),
  'labels over discs': worstOf(visits, (v) => v.labelsOverDiscs),
  'outside canvas': worstOf(visits, (v) => v.outside),
});

/** Where the first view's time goes (medians, ms from navigation start). */
const timeSplit = (name: string, visits: Visit[]) => ({
  case: name,
  'script KB (gzip)': medianOf(visits, (v) => v.scriptKB),
  'script loaded at': medianOf(visits, (v) => v.scriptAt),
  '/api/graph sent at': medianOf(visits, (v) => v.apiSentAt),
  'page set up at': medianOf(visits, (v) => v.setUpAt),
  'shell (DOMContentLoaded)': medianOf(visits, (v) => v.shellMs),
  '/api/graph answered at': medianOf(visits, (v) => v.apiAnsweredAt),
  'overview in hand at': medianOf(visits, (v) => v.receivedAt),
  'laid out at': medianOf(visits, (v) => v.laidOutAt),
  'drawn at': medianOf(visits, (v) => v.drawnAt),
  'first graph painted at': medianOf(visits, (v) => v.firstGraphMs),
  'layout ms': medianOf(visits, (v) => v.laidOutAt - v.receivedAt),
});

/** The page served by one server: this tree's, or with `--base DIR` also the base tree's (an A/B run). */
interface Arm {
  name: string;
  url: string;
  whole: Visit[];
  cold: Visit[];
}

const bench = await startBenchNeo4j(`api-${articles}`);
const browser = await launchBrowser();
const stops: (() => void)[] = [];
try {
  const counts = await buildGraph(bench.db, articles, Math.round(articles / 5), 11);
  console.error(`graph: ${JSON.stringify(counts)}`);
  // People a user might look for: well reported, but not among the most reported (not in the overview).
  const found = await bench.db.read((tx) =>
    tx.run(
      `MATCH (p:Person) WITH p ORDER BY p.mentions DESC SKIP 400 LIMIT $n
       RETURN collect({id: p.id, name: p.name}) AS people`,
      { n: neo4j.int(runs * 10) },
    ),
  );
  const people = found.records[0]!.get('people') as { id: string; name: string }[];
  const arms: Arm[] = [];
  const pids: number[] = [bench.pid!];
  const trees = base
    ? [['base', base], ...others.map((dir) => [path.basename(dir), dir]), ['new', PROJECT_ROOT]]
    : [['', PROJECT_ROOT]];
  for (const [name, root] of trees) {
    const port = await freePort();
    const started = performance.now();
    const server = await startBenchServer(port, againstNeo4j(bench.connection), root);
    stops.push(server);
    pids.push(server.pid);
    console.error(`server ${name} ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const url = `http://127.0.0.1:${port}`;
    // The server computes the whole archive's overview as it starts: the first view is measured once that
    // is done, as a visitor after the start finds it (the cold rows measure a period never asked before).
    const warming = performance.now();
    await (await fetch(`${url}/api/graph`)).arrayBuffer();
    console.error(
      `whole-archive overview ready ${((performance.now() - warming) / 1000).toFixed(1)} s later`,
    );
    arms.push({ name: name!, url, whole: [], cold: [] });
  }
  // Then the mention and link indexes, built in the background (a new period is ranked and linked from
  // them): a visitor after the start-up finds them ready.
  const waited = await waitUntilIdle(pids);
  console.error(`servers and Neo4j idle ${waited.toFixed(0)} s later (the indexes built)`);
  // Each round visits every arm, the first one alternating.
  const inTurn = (i: number) => (i % 2 === 0 ? arms : [...arms].reverse());
  const newArm = arms.at(-1)!;

  let next = 0;
  const picks: NonNullable<Awaited<ReturnType<typeof searchAndPick>>>[] = [];
  fs.mkdirSync('test-artifacts', { recursive: true });
  for (let i = 0; i < runs; i++) {
    for (const arm of inTurn(i)) {
      const traced = trace && arm === newArm && i === Math.min(1, runs - 1); // not the cold Chromium
      const v = await visit(browser, arm.url, traced);
      arm.whole.push(v.visit);
      if (v.trace) {
        fs.writeFileSync('test-artifacts/first-view-trace.json', v.trace);
        printMainThread(v.trace, v.visit);
      }
      if (arm === newArm && !base) {
        if (i === 0) await v.page.screenshot({ path: 'test-artifacts/first-view-overview.png' });
        try {
          let pick = null;
          while (!pick && next < people.length) pick = await searchAndPick(v.page, people[next++]!);
          if (pick) picks.push(pick);
          if (i === 0) await v.page.screenshot({ path: 'test-artifacts/first-view-picked.png' });
        } catch (e) {
          const hood = await v.page.evaluate(selectedNeighbourhood).catch(() => null);
          console.error(
            `  search + Enter failed (${(e as Error).message.split('\n')[0]}): ${JSON.stringify(hood)}`,
          );
        }
      }
      await v.close();
      console.error(`  run ${i + 1}/${runs} ${arm.name}: first graph ${v.visit.firstGraphMs.toFixed(0)} ms`);
    }
  }
  for (let i = 0; i < runs; i++) {
    // Months never asked before: no server's cache can answer them.
    const month = `${2016 + (i % 8)}-${String(1 + ((i * 5) % 12)).padStart(2, '0')}`;
    for (const arm of inTurn(i)) {
      const v = await visit(browser, `${arm.url}/?from=${month}&to=${month}`);
      arm.cold.push(v.visit);
      await v.close();
    }
  }
  const cases = (arm: Arm): [string, Visit[]][] => [
    [`whole archive${arm.name && `, ${arm.name}`}`, arm.whole],
    [`a new month (cache cold)${arm.name && `, ${arm.name}`}`, arm.cold],
  ];
  printTable(arms.flatMap((arm) => cases(arm).map(([name, visits]) => sceneRow(name, visits))));
  console.log('');
  printTable(arms.flatMap((arm) => cases(arm).map(([name, visits]) => timeSplit(name, visits))));
  if (base) {
    console.log('');
    const firstGraph = (visits: Visit[]) => visits.map((v) => Math.round(v.firstGraphMs)).join(' / ');
    const [b, ...changed] = arms as [Arm, ...Arm[]];
    printTable(
      changed.flatMap((n) =>
        (['whole', 'cold'] as const).map((c) => ({
          case: `${c === 'whole' ? 'whole archive' : 'a new month (cache cold)'}, ${n.name}`,
          'base rounds ms': firstGraph(b[c]),
          'rounds ms': firstGraph(n[c]),
          'base median ms': medianOf(b[c], (v) => v.firstGraphMs),
          'median ms': medianOf(n[c], (v) => v.firstGraphMs),
          'ratio (to base)': medianOf(n[c], (v) => v.firstGraphMs) / medianOf(b[c], (v) => v.firstGraphMs),
        })),
      ),
    );
  }

  console.log('');
  if (picks.length)
    printTable([
      {
        case: `search + Enter (${picks.length} of ${runs})`,
        'suggestions ms (median)': median(picks.map((p) => p.suggestionsMs)),
        'Enter -> neighbourhood, camera at rest ms (median)': median(picks.map((p) => p.settledMs)),
        'same (worst)': worst(picks.map((p) => p.settledMs)),
        'Enter -> panel ms (median)': median(picks.map((p) => p.panelMs)),
        neighbours: median(picks.map((p) => p.neighbours)),
        'of them outside canvas (worst)': worst(picks.map((p) => p.hoodOutside)),
        'nodes after': median(picks.map((p) => p.scene.nodes)),
        'people not suggested': next - picks.length,
      },
    ]);
} finally {
  for (const stop of stops) stop();
  await browser.close();
  await bench.stop();
}
