// `npm run extract`: argument parsing and the refusal of files that are not articles (missing, empty,
// binary, a directory); and the command itself prints only JSON on stdout.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError, parseArgs, readArticle } from '../../server/src/cli/extract.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-extract-'));

describe('extract CLI arguments and input files', () => {
  it('when given a file and options, then they are parsed; bad ones are refused with a reason', () => {
    expect(parseArgs(['a.txt', '--published', '2021-03', '--outlet', 'TASS', '--title=T'])).toEqual({
      file: 'a.txt',
      format: 'auto',
      meta: { published: '2021-03', outlet: 'TASS', title: 'T' },
    });
    expect(() => parseArgs([])).toThrow(/no FILE/);
    expect(() => parseArgs(['a.txt', '--published', 'yesterday'])).toThrow(/ISO date/);
    expect(() => parseArgs(['a.txt', '--outlet'])).toThrow(/needs a value/);
    expect(() => parseArgs(['a.txt', '--frobnicate'])).toThrow(/unknown option/);
    expect(() => parseArgs(['a.txt', 'b.txt'])).toThrow(/only one FILE/);
  });

  it('when the file is missing, empty, whitespace, binary or a directory, then a clear error', () => {
    fs.writeFileSync(path.join(tmp, 'empty.txt'), '');
    fs.writeFileSync(path.join(tmp, 'blank.txt'), ' \n\t\n');
    fs.writeFileSync(path.join(tmp, 'bin.dat'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 0, 0]));
    expect(() => readArticle(path.join(tmp, 'nope.txt'))).toThrow(/no such file/);
    expect(() => readArticle(path.join(tmp, 'empty.txt'))).toThrow(/empty/);
    expect(() => readArticle(path.join(tmp, 'blank.txt'))).toThrow(/no text/);
    expect(() => readArticle(path.join(tmp, 'bin.dat'))).toThrow(/binary/);
    expect(() => readArticle(tmp)).toThrow(/directory/);
    expect(() => readArticle(path.join(tmp, 'nope.txt'))).toThrow(CliError);
  });

  it('when run on an article, then stdout is only the JSON document and the exit code 0; on a missing file, 1', () => {
    const file = path.join(tmp, 'a.txt');
    fs.writeFileSync(
      file,
      'Envoy recalled\n\nPoland on Friday recalled its ambassador to Minsk, Foreign Minister Zbigniew Rau said.\n',
    );
    const tsx = path.join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
    const cli = path.join(import.meta.dirname, '..', '..', 'server', 'src', 'cli', 'extract.ts');
    const ok = spawnSync(tsx, [cli, file, '--published', '2021-08-21', '--outlet', 'Test'], {
      encoding: 'utf8',
    });
    expect(ok.status, ok.stderr).toBe(0);
    const doc = JSON.parse(ok.stdout) as {
      article: { id: string };
      events: { type: string; date: string }[];
    };
    expect(ok.stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(doc.article.id).toBe('test-2021-08-21-envoy-recalled');
    expect(doc.events).toContainEqual(expect.objectContaining({ type: 'recall', date: '2021-08-20' }));
    const bad = spawnSync(tsx, [cli, path.join(tmp, 'missing.txt')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/no such file/);
    // Two tsx start-ups: 26–36 s on two cores shared with other work (2026-12-02), under 10 s when quiet.
  }, 90_000);
});
