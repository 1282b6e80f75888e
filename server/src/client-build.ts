// Builds the explorer client with Vite when client/dist is missing or older than its sources.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';

export const CLIENT_ROOT = path.join(PROJECT_ROOT, 'client');
export const CLIENT_DIST = path.join(CLIENT_ROOT, 'dist');
const VITE_CONFIG = path.join(CLIENT_ROOT, 'vite.config.ts');

function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .reduce((max, d) => Math.max(max, fs.statSync(path.join(d.parentPath, d.name)).mtimeMs), 0);
}

/** True when there is a client to build and its build is missing or stale. */
export function clientNeedsBuild(): boolean {
  if (!fs.existsSync(VITE_CONFIG)) return false;
  const built = path.join(CLIENT_DIST, 'index.html');
  if (!fs.existsSync(built)) return true;
  const sources = Math.max(
    newestMtime(path.join(CLIENT_ROOT, 'src')),
    fs.statSync(path.join(CLIENT_ROOT, 'index.html')).mtimeMs,
    fs.statSync(VITE_CONFIG).mtimeMs,
  );
  return sources > fs.statSync(built).mtimeMs;
}

export async function ensureClientBuilt(progress: (line: string) => void = () => {}): Promise<void> {
  if (!clientNeedsBuild()) return;
  progress('Building the explorer client (Vite)…');
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const vite = spawn(
      process.execPath,
      [path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', VITE_CONFIG],
      { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    vite.stdout.on('data', (c: Buffer) => output.push(c.toString()));
    vite.stderr.on('data', (c: Buffer) => output.push(c.toString()));
    vite.on('error', reject);
    vite.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0)
    throw new Error(`Building the client failed (vite build, exit ${code}):\n${output.join('')}`);
}
