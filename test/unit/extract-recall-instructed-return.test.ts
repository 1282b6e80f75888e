// A recall told as an instruction to come back, on sentences written for the test: "instructed Ambassador X
// to return to <home>" and "ordered the return of the ambassador" are recalls (RECALLED), and the ordered
// return is no one's journey. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('an envoy instructed to return', () => {
  it('is recalled by the body that instructs', () => {
    const r = run(
      'Envoy called home',
      'The Chilean Foreign Ministry said on Monday that it has instructed Ambassador Hugo Salas to return to Santiago.',
    );
    expect(r.rels).toContain('Chilean Foreign Ministry RECALLED Hugo Salas');
    expect(r.events('recall')).toHaveLength(1);
  });

  it('is no recall when the one instructed is no envoy', () => {
    const r = run(
      'Talks',
      'The Chilean Foreign Ministry instructed Hugo Salas to return the documents to the archive.',
    );
    expect(r.events('recall')).toHaveLength(0);
  });

  it('reads "ordered the return of the ambassador" as a recall, not a journey', () => {
    const r = run(
      'Envoy called home',
      'Chilean Foreign Minister Marta Rivas ordered the return of the Chilean ambassador to Peru, Hugo Salas, on Tuesday.',
    );
    expect(r.events('return')).toHaveLength(0);
    expect(r.events('recall')).toHaveLength(1);
  });
});
