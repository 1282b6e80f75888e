// Reads the console's query corpora (test/fixtures/console): entries separated by a line of four dashes,
// `#` lines are notes, an `@ CODE` line gives the code a hostile query must be refused with.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/src/config.js';

export interface CorpusQuery {
  query: string;
  /** For hostile queries: the expected refusal code, or 'ANY' for any coded 4xx. */
  code?: string;
}

export function readCorpus(name: 'valid-reads' | 'hostile'): CorpusQuery[] {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'console', `${name}.txt`), 'utf8');
  return text
    .split(/^----$/m)
    .map((entry) => {
      const lines = entry.split('\n').filter((l) => !l.startsWith('#'));
      const codeLine = lines.find((l) => l.startsWith('@ '));
      const query = lines
        .filter((l) => !l.startsWith('@ '))
        .join('\n')
        .replace(/^\n+|\n+$/g, '');
      return codeLine ? { query, code: codeLine.slice(2).trim() } : { query };
    })
    .filter((e) => e.query.trim() !== '' || e.code === 'EMPTY_QUERY');
}

/** Parameters every corpus query may use. */
export const CORPUS_PARAMS = {
  id: 'person:anatoly-antonov',
  name: 'Antonov',
  limit: 3,
  ids: ['person:anatoly-antonov', 'person:joe-biden'],
  since: '2021-01-01',
  types: ['Person', 'Place'],
  needle: 'anto',
  map: { key: 'value', list: [1, 2, 3] },
  big: 100_000_000,
};
