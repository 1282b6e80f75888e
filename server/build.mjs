#!/usr/bin/env node
// `npm run build:server`: the server compiled to JavaScript for production (the Docker image runs it
// with plain node, no tsx): each entry point bundled with its own modules and @dossier/model into
// dist/server/, packages from node_modules left as imports. Run it with `node dist/server/index.js`.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  absWorkingDir: root,
  entryPoints: {
    index: 'server/src/index.ts',
    'cli/seed': 'server/src/cli/seed.ts',
    'cli/ingest': 'server/src/cli/ingest.ts',
  },
  outdir: 'dist/server',
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
console.log('Built the server into dist/server/ (node dist/server/index.js).');
