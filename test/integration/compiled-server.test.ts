// The compiled server, as the Docker image runs it (Docker itself cannot run here): the client and the
// server are built, the Dockerfile's last stage is followed (its COPY lines fill a folder, its CMD runs
// there; node_modules stands in for its `npm ci --omit=dev`), so the folder holds no TypeScript source
// and no tsx runs. The server seeds an empty Neo4j, answers, and on SIGTERM lets a request in flight
// finish before it exits.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureClientBuilt } from '../../server/src/client-build.js';
import { emptyDatabase, getJson } from '../helpers/app.js';
import { exited, startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const image = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-compiled-'));
let server: ServerProcess;
let healthcheck: string[];

/** The Dockerfile's last stage: what it copies (from the build stage or the context) and what it runs. */
function runtimeStage(): { copies: { from: string[]; to: string }[]; cmd: string[]; healthcheck: string[] } {
  const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
  const stage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const copies = [...stage.matchAll(/^COPY (--from=build )?(.+)$/gm)].map((m) => {
    const words = m[2]!.trim().split(/\s+/);
    // Paths of the build stage are under its WORKDIR, /app: the repository root here.
    return { from: words.slice(0, -1).map((w) => w.replace(/^\/app\//, '')), to: words.at(-1)! };
  });
  const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(stage)![1]!) as string[];
  const healthcheck = JSON.parse(/^HEALTHCHECK .*\\\n\s*CMD (\[.*\])$/m.exec(stage)![1]!) as string[];
  return { copies, cmd, healthcheck };
}

beforeAll(async () => {
  await ensureClientBuilt();
  const built = spawnSync(process.execPath, ['server/build.mjs'], { cwd: root, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  const stage = runtimeStage();
  const { copies, cmd } = stage;
  healthcheck = stage.healthcheck;
  for (const { from, to } of copies)
    for (const source of from) {
      const target = to.endsWith('/') ? path.join(image, to, path.basename(source)) : path.join(image, to);
      fs.cpSync(path.join(root, source), target, { recursive: true });
    }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(image, 'node_modules'));
  expect(cmd[0]).toBe('node');
  await emptyDatabase();
  const neo4j = inject('neo4j');
  server = await startServerProcess(
    {
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
    },
    { args: cmd.slice(1), cwd: image },
  );
}, 300_000);

afterAll(() => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  fs.rmSync(image, { recursive: true, force: true });
});

/** POSTs `body` in two parts: the first now, the second when `between()` has resolved. */
function postInTwoParts(url: string, body: string, between: () => Promise<void>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(`${url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    between().then(() => req.end(body.slice(half)), reject);
  });
}

const waitFor = async (what: () => boolean, limitMs: number) => {
  const deadline = Date.now() + limitMs;
  while (!what() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return what();
};

describe('the compiled server', () => {
  it('when started from dist/ without sources or tsx, then it seeds the empty graph and answers', async () => {
    expect(fs.existsSync(path.join(image, 'server'))).toBe(false);
    expect(fs.existsSync(path.join(image, 'dist', 'server', 'index.js'))).toBe(true);
    const page = await fetch(server.url);
    expect(await page.text()).toMatch(/<script type="module" [^>]*src="\/assets\//);
    const health = await getJson<{ status: string; counts: Record<string, number> }>(
      `${server.url}/api/health`,
    );
    expect(health.status).toBe(200);
    expect(health.body.counts['Article']).toBe(5);
    const search = await getJson<{ results: { id: string }[] }>(`${server.url}/api/search?q=Antonov`);
    expect(search.body.results[0]?.id).toBe('person:anatoly-antonov');
    // The request log (pino-http) has the search's line, once it is written.
    expect(
      await waitFor(() => server.output().includes('"msg":"GET /api/search?q=Antonov 200"'), 5_000),
    ).toBe(true);
  });

  it("when the image's HEALTHCHECK runs, then it passes", () => {
    const [command, ...args] = healthcheck;
    const port = new URL(server.url).port;
    const check = spawnSync(command === 'node' ? process.execPath : command!, args, {
      env: { ...process.env, PORT: port },
      encoding: 'utf8',
    });
    expect(check.status, check.stderr).toBe(0);
  });

  it('when SIGTERM comes while a request is still arriving, then the request gets its answer and the server exits cleanly', async () => {
    const article = JSON.stringify({
      text: 'Antonov leaves Washington\n\nRussian ambassador Anatoly Antonov left Washington for Moscow on Saturday.',
      dryRun: true,
    });
    const answer = postInTwoParts(server.url, article, async () => {
      await new Promise((r) => setTimeout(r, 300));
      server.child.kill('SIGTERM');
      expect(await waitFor(() => server.output().includes('SIGTERM: stopping'), 10_000)).toBe(true);
    });
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(body)).toMatchObject({
      loaded: false,
      article: { title: 'Antonov leaves Washington' },
    });
    expect(await exited(server.child)).toBe(0);
  });
});
