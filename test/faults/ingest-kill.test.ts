// Fault drills for ingestion: 100 synthetic news articles are ingested into an empty database, the
// ingesting process is killed with SIGKILL midway, the whole ingestion is run again, and the graph must
// be the one a clean run of the same 100 articles builds: the same counts per label and per relationship
// type, and the same node ids. Two ways in: `npm run ingest` (the CLI, killed) and POST /api/articles
// (the server, killed under a request). Each article is one transaction, so a kill loses at most the
// article in flight, and a rerun replaces what the first run wrote.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../server/src/neo4j/database.js';
import { generateNewsCorpus, type NewsArticle } from '../../bench/corpus/news-text.js';
import { emptyDatabase } from '../helpers/app.js';
import { exited } from '../helpers/server-process.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const ARTICLES = 100;
const KILL_AFTER = 40;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-ingest-kill-'));
const started: ChildProcess[] = [];
let db: Database;

/** Titles repeat in the synthetic corpus and the CLI derives ids from titles: number them. */
const corpus: NewsArticle[] = [...generateNewsCorpus({ articles: ARTICLES, seed: 77 })].map((a, i) => ({
  ...a,
  title: `${a.title}, report ${i + 1}`,
  text: a.text.replace(a.title, `${a.title}, report ${i + 1}`),
}));
const files = corpus.map((a, i) => {
  const file = path.join(dir, `article-${String(i + 1).padStart(3, '0')}.txt`);
  fs.writeFileSync(file, a.text);
  return file;
});

function env(): Record<string, string> {
  const neo4j = inject('neo4j');
  return {
    ...(process.env as Record<string, string>),
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    DOSSIER_SEED: 'never',
    LOG_LEVEL: 'warn',
    INGEST_RATE_LIMIT: '100000',
  };
}

/** `node --import tsx ENTRY ARGS`: one process (tsx's CLI would put a second one between us and it). */
function spawnTs(entry: string, args: string[], extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: root,
    env: { ...env(), ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  return { child, output: () => out };
}

/** Runs `npm run ingest -- FILES`; with `killAfter`, SIGKILLs it once that many articles are loaded. */
async function ingestCli(
  killAfter?: number,
): Promise<{ code: number | null; loaded: number; output: string }> {
  const run = spawnTs('server/src/cli/ingest.ts', ['--outlet', 'Drill', ...files]);
  const loaded = () => (run.output().match(/^loaded /gm) ?? []).length;
  if (killAfter !== undefined) {
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (loaded() >= killAfter) {
          clearInterval(timer);
          run.child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      run.child.once('exit', () => {
        clearInterval(timer);
        reject(new Error(`ingest ended before it was killed:\n${run.output()}`));
      });
    });
  }
  const code = await exited(run.child);
  return { code, loaded: loaded(), output: run.output() };
}

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const run = spawnTs('server/src/index.ts', [], { PORT: '0' });
  const deadline = Date.now() + 180_000;
  for (;;) {
    const m = /running at (http:\/\/\S+)/.exec(run.output());
    if (m) return { child: run.child, url: m[1]! };
    if (run.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`the server did not start:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function post(url: string, a: NewsArticle): Promise<Response> {
  return fetch(`${url}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      text: a.text,
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
    }),
  });
}

/** Posts every article in order, each expected to load (201). */
async function postAll(url: string): Promise<void> {
  for (const a of corpus) {
    const r = await post(url, a);
    const body = await r.text();
    expect(r.status, `${a.id}: ${body}`).toBe(201);
  }
}

interface Snapshot {
  labels: Record<string, number>;
  types: Record<string, number>;
  nodeIds: string[];
}

async function snapshot(): Promise<Snapshot> {
  return db.read(async (tx) => {
    const labels = await tx.run('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l');
    const types = await tx.run('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t');
    const ids = await tx.run('MATCH (n) RETURN n.id AS id ORDER BY id');
    return {
      labels: Object.fromEntries(labels.records.map((r) => [r.get('l') as string, Number(r.get('n'))])),
      types: Object.fromEntries(types.records.map((r) => [r.get('t') as string, Number(r.get('n'))])),
      nodeIds: ids.records.map((r) => r.get('id') as string),
    };
  });
}

beforeAll(() => {
  db = new Database({ ...inject('neo4j'), database: 'neo4j' });
});

afterAll(async () => {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * A stamp of the server's sources (paths, sizes, modification times). Each run of a drill starts the code
 * afresh, so an edit in the middle of a drill (a shared checkout) compares two versions of the code:
 * the drills check the stamp first and say so instead of reporting a false difference.
 */
function sourceStamp(): string {
  const hash = createHash('sha1');
  const dirPath = path.join(root, 'server', 'src');
  for (const f of fs.readdirSync(dirPath, { recursive: true, encoding: 'utf8' }).sort()) {
    const st = fs.statSync(path.join(dirPath, f));
    if (st.isFile()) hash.update(`${f} ${st.size} ${st.mtimeMs}\n`);
  }
  return hash.digest('hex');
}
const SOURCES_CHANGED = 'server/src changed during the drill, so its runs used different code: run it again';

/** The node ids one snapshot has and the other lacks, for a readable failure. */
function idDiff(a: Snapshot, b: Snapshot): { onlyInFirst: string[]; onlyInSecond: string[] } {
  const sa = new Set(a.nodeIds);
  const sb = new Set(b.nodeIds);
  return {
    onlyInFirst: a.nodeIds.filter((id) => !sb.has(id)).slice(0, 20),
    onlyInSecond: b.nodeIds.filter((id) => !sa.has(id)).slice(0, 20),
  };
}

describe('ingestion killed midway', () => {
  it('when the same 100 files are ingested a second time onto the complete graph, then nothing changes', async () => {
    const stamp = sourceStamp();
    await emptyDatabase();
    const first = await ingestCli();
    expect(first.code, first.output).toBe(0);
    const once = await snapshot();
    const second = await ingestCli();
    expect(second.code, second.output).toBe(0);
    const twice = await snapshot();
    expect(sourceStamp(), SOURCES_CHANGED).toBe(stamp);
    expect({ labels: twice.labels, types: twice.types, ...idDiff(once, twice) }).toEqual({
      labels: once.labels,
      types: once.types,
      onlyInFirst: [],
      onlyInSecond: [],
    });
  });

  it('when `npm run ingest` is killed with SIGKILL after 40 of 100 articles and run again, then the graph equals a clean run', async () => {
    const stamp = sourceStamp();
    await emptyDatabase();
    const clean = await ingestCli();
    expect(clean.code, clean.output).toBe(0);
    expect(clean.loaded).toBe(ARTICLES);
    const expected = await snapshot();
    expect(expected.labels['Article']).toBe(ARTICLES);

    await emptyDatabase();
    const killed = await ingestCli(KILL_AFTER);
    expect(killed.code).toBeNull(); // killed by a signal
    const partial = await snapshot();
    expect(partial.labels['Article']).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(partial.labels['Article']).toBeLessThan(ARTICLES);

    const rerun = await ingestCli();
    expect(rerun.code, rerun.output).toBe(0);
    const after = await snapshot();
    expect(sourceStamp(), SOURCES_CHANGED).toBe(stamp);
    expect({ labels: after.labels, types: after.types, ...idDiff(expected, after) }).toEqual({
      labels: expected.labels,
      types: expected.types,
      onlyInFirst: [],
      onlyInSecond: [],
    });
  });

  it('when the server is killed with SIGKILL under POST /api/articles and the ingestion is posted again, then the graph equals a clean run', async () => {
    const stamp = sourceStamp();
    await emptyDatabase();
    const first = await startServer();
    await postAll(first.url);
    const expected = await snapshot();
    expect(expected.labels['Article']).toBe(ARTICLES);
    first.child.kill('SIGTERM');
    await exited(first.child);

    await emptyDatabase();
    const victim = await startServer();
    for (const a of corpus.slice(0, KILL_AFTER)) expect((await post(victim.url, a)).status).toBe(201);
    // Kill it while the next article is in flight.
    const inFlight = post(victim.url, corpus[KILL_AFTER]!).then(
      (r) => r.status,
      () => 0,
    );
    await new Promise((r) => setTimeout(r, 15));
    victim.child.kill('SIGKILL');
    await exited(victim.child);
    await inFlight;
    const partial = await snapshot();
    expect(partial.labels['Article']).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(partial.labels['Article']).toBeLessThanOrEqual(KILL_AFTER + 1);

    const second = await startServer();
    await postAll(second.url);
    const after = await snapshot();
    expect(sourceStamp(), SOURCES_CHANGED).toBe(stamp);
    second.child.kill('SIGTERM');
    await exited(second.child);
    expect({ labels: after.labels, types: after.types, ...idDiff(expected, after) }).toEqual({
      labels: expected.labels,
      types: expected.types,
      onlyInFirst: [],
      onlyInSecond: [],
    });
  });
});
