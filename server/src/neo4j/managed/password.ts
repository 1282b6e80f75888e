// The managed Neo4j's password: generated at first start, kept in a file only its owner can read.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function readOrCreatePassword(file: string): string {
  if (fs.existsSync(file)) {
    fs.chmodSync(file, 0o600);
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing.length >= 8) return existing;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const password = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return password;
}
