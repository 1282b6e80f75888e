#!/usr/bin/env node
// `npm test`: sets up what the tests need, then runs every check in order: types (the server, the client
// and the rest, each in its own tsconfig), lint, format, the architecture (import cycles, layers), unit
// tests, integration and browser tests (real Neo4j, real Chromium). Prints `N passed, N failed` last.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args, opts = {}) {
  console.log(`\n── ${label} ──`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  return r.status === 0;
}

function check(label, cmd, args) {
  if (run(label, cmd, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function vitest(project) {
  const report = path.join(os.tmpdir(), `dossier-vitest-${project}-${process.pid}.json`);
  const ok = run(`vitest: ${project}`, bin('vitest'), [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  let counted = false;
  if (fs.existsSync(report)) {
    const r = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    counted = r.numTotalTests > 0;
    if (r.numFailedTests > 0) failures.push(`${project}: ${r.numFailedTests} failed`);
    fs.rmSync(report, { force: true });
  }
  if (!ok && (!counted || failures.every((f) => !f.startsWith(project)))) {
    failed += 1;
    failures.push(`${project}: vitest exited with an error`);
  }
}

/** Debian's Chromium for the browser tests: installed when we can, else we say exactly what is missing. */
function ensureChromium() {
  if (fs.existsSync('/usr/bin/chromium')) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium for the browser tests (apt-get install chromium)…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!fs.existsSync('/usr/bin/chromium')) {
    console.log(
      'Chromium is missing: the browser tests need /usr/bin/chromium (Debian: apt-get install chromium).',
    );
  }
}

ensureChromium();
if (!run('setup: fetch Neo4j (Maven)', bin('tsx'), ['server/src/cli/fetch-neo4j.ts'])) {
  failed += 1;
  failures.push('setup: Neo4j could not be fetched');
}
check('typecheck: server and model (Node, no DOM)', bin('tsc'), ['--noEmit', '-p', 'server/tsconfig.json']);
check('typecheck: client and model (DOM, no Node)', bin('tsc'), ['--noEmit', '-p', 'client/tsconfig.json']);
check('typecheck: tests, benchmarks, tools (tsconfig.json)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']);
check('format (prettier)', bin('prettier'), ['--check', '.']);
check('architecture (dependency-cruiser: no import cycles, layers)', 'npm', ['run', '-s', 'check:deps']);
vitest('unit');
vitest('integration');

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
