// `npm run ingest` as a real child process against the test Neo4j (seeded): good files load, a bad one
// (binary, not UTF-8, empty, missing) is named with what is wrong while the others still load, the exit
// code is 1; a second run of the same files changes no count, and skips the files loaded before.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCounts, readRelationshipCounts } from '../../server/src/neo4j/repositories/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { runIngest } from '../helpers/ingest-cli.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const FIXTURES = path.join(root, 'test', 'fixtures', 'ingest');

let app: TestApp;
let dir: string;
beforeAll(async () => {
  app = await startTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-ingest-cli-'));
});
afterAll(async () => {
  await app?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const allCounts = async () => ({ ...(await readCounts(app.db)), ...(await readRelationshipCounts(app.db)) });

// Each test starts one or more CLI processes: a minute or more each on a loaded machine.
describe('npm run ingest', { timeout: 240_000 }, () => {
  it('when three files are given and one is binary, then the other two load, the bad one is named, and the exit code is 1', async () => {
    const good1 = path.join(dir, 'antonov-back.txt');
    fs.copyFileSync(path.join(FIXTURES, 'antonov-surname-only.txt'), good1);
    const good2 = path.join(dir, 'summit.html');
    fs.writeFileSync(
      good2,
      '<html><head><title>Biden and Putin meet in Geneva</title></head><body><article><p>Joe Biden met Vladimir Putin in Geneva on Wednesday. Antonov attended the talks.</p></article></body></html>',
    );
    const bad = path.join(dir, 'photo.jpg');
    fs.writeFileSync(bad, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
    const articlesBefore = (await readCounts(app.db))['Article']!;

    const run = await runIngest([good1, bad, good2, '--outlet', 'Test Wire', '--published', '2021-07-02']);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stderr).toContain(`failed ${bad}: holds NUL bytes`);
    expect(run.stderr).toContain('BINARY_INPUT');
    expect(run.stdout).toMatch(
      new RegExp(`loaded ${good1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} → test-wire-2021-07-02-`),
    );
    expect(run.stdout).toContain(`loaded ${good2}`);
    expect(run.stdout).toMatch(/merged 'Antonov' \(person:[a-z-]+\) into person:anatoly-antonov: surname/);
    expect(run.stdout).toContain('2 of 3 file(s) loaded, 1 failed.');
    expect((await readCounts(app.db))['Article']).toBe(articlesBefore + 2);
    const antonovs = await app.db.read((tx) =>
      tx.run(`MATCH (e:Person) WHERE e.name CONTAINS 'Antonov' RETURN count(e) AS n`),
    );
    expect(antonovs.records[0]!.get('n')).toBe(1);

    // The same good files again: idempotent, exit code 0.
    const before = await allCounts();
    const again = await runIngest([good1, good2, '--outlet', 'Test Wire', '--published', '2021-07-02']);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(await allCounts()).toEqual(before);
  });

  it('when files are not UTF-8, empty or missing, then each is named with what is wrong and nothing is written', async () => {
    const latin1 = path.join(dir, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from('Caf\xe9 de Moscou\n\nAntonov a parl\xe9.', 'latin1'));
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '  \n\n ');
    const missing = path.join(dir, 'missing.txt');
    const before = await allCounts();
    const run = await runIngest([latin1, empty, missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`failed ${latin1}: is not valid UTF-8 (first bad byte at offset 3)`);
    expect(run.stderr).toContain(`failed ${empty}: holds only whitespace`);
    expect(run.stderr).toContain(`failed ${missing}: does not exist`);
    expect(run.stdout).toContain('0 of 3 file(s) loaded, 3 failed.');
    expect(await allCounts()).toEqual(before);
  });

  it('when run on a terminal with several files, then a progress bar shows and the outcomes are printed', async () => {
    const files = ['one', 'two'].map((n) => {
      const file = path.join(dir, `tty-${n}.txt`);
      fs.writeFileSync(file, `Terminal test ${n}\n\nVladimir Putin spoke in Moscow about article ${n}.\n`);
      return file;
    });
    const run = await runIngest([...files, '--outlet', 'Test Wire'], true);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('ingesting [');
    // The bar shows the rate and the time left.
    expect(run.stdout).toMatch(/\d+(\.\d)?\/s, \d+ s left/);
    expect(run.stdout).toContain(`loaded ${files[0]}`);
    expect(run.stdout).toContain('2 of 2 file(s) loaded, 0 failed.');
  });

  it('when two files get the same article id, then the second replaces the first and a warning says so', async () => {
    const [a, b] = ['a', 'b'].map((n) => {
      const file = path.join(dir, `same-${n}.txt`);
      fs.writeFileSync(file, `Same headline\n\nVladimir Putin spoke in Moscow (${n}).\n`);
      return file;
    });
    const run = await runIngest([a!, b!, '--outlet', 'Test Wire', '--published', '2021-08-01']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`warning: ${b} has the same article id as ${a}`);
  });

  it('when a run stopped midway is run again, then the files loaded before are skipped and the rest load; --force loads them again', async () => {
    const files = [1, 2, 3, 4].map((n) => {
      const file = path.join(dir, `rerun-${n}.txt`);
      fs.writeFileSync(file, `Rerun report ${n}\n\nVladimir Putin spoke in Moscow about report ${n}.\n`);
      return file;
    });
    const args = ['--outlet', 'Test Wire', '--published', '2021-09-01'];
    // The first run got through two files before it stopped.
    const first = await runIngest([...files.slice(0, 2), ...args]);
    expect(first.stdout, first.stderr).toContain('2 of 2 file(s) loaded, 0 failed.');
    const before = (await readCounts(app.db))['Article']!;
    const rerun = await runIngest([...files, ...args]);
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    for (const f of files.slice(0, 2)) expect(rerun.stdout).toContain(`skipped ${f}: loaded before`);
    for (const f of files.slice(2)) expect(rerun.stdout).toContain(`loaded ${f}`);
    expect(rerun.stdout).toContain('2 of 4 file(s) loaded, 0 failed. 2 skipped: loaded before');
    expect((await readCounts(app.db))['Article']).toBe(before + 2);
    const forced = await runIngest([files[0]!, ...args, '--force']);
    expect(forced.stdout).toContain('1 of 1 file(s) loaded, 0 failed.');
    expect((await readCounts(app.db))['Article']).toBe(before + 2);
  });

  it('when --title is given with several files, then it is a usage error (exit 2) and nothing runs', async () => {
    const run = await runIngest(['a.txt', 'b.txt', '--title', 'One title']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--title and --id name one article');
  });
});
