// Companions set off between commas before a verb of travel (events/arguments.ts with
// clauses/subject-companions.ts): "X, accompanied by A and B, arrived in P" makes X arrive with them (the
// companions were read as the only travellers before), "X, along with Prime Minister A, visited P" keeps X
// the visitor. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('companions of a traveller', () => {
  it('"X, accompanied by A and B, arrived in P": all three arrive', () => {
    const r = extractChecked(
      'President in Paris',
      'President Amara Diallo, accompanied by Koffi Mensah and Awa Traore, arrived in Paris on Monday.',
    );
    expect(r.rels).toEqual(
      expect.arrayContaining([
        'Amara Diallo ARRIVED_IN Paris',
        'Koffi Mensah ARRIVED_IN Paris',
        'Awa Traore ARRIVED_IN Paris',
      ]),
    );
  });

  it('"X, accompanied by his wife, arrived": X arrives', () => {
    const r = extractChecked(
      'President in Paris',
      'President Amara Diallo, accompanied by his wife, arrived in Paris on Monday.',
    );
    expect(r.rels).toContain('Amara Diallo ARRIVED_IN Paris');
  });

  it('"X, along with Prime Minister A, visited P": X is the visitor, not only the titled companion', () => {
    const r = extractChecked(
      'President in Rome',
      'President Amara Diallo, along with Prime Minister Koffi Mensah, visited Rome on Friday.',
    );
    expect(r.rels).toContain('Amara Diallo VISITED Rome');
  });

  it('a group of no names stays no companion: "along with its Baltic allies"', () => {
    const r = extractChecked(
      'Berlin expels diplomats',
      'Germany, along with its Baltic allies, expelled two Russian diplomats on Tuesday.',
    );
    expect(r.rels).toContain('Germany EXPELLED Russia');
    expect(r.rels.filter((x) => x.includes(' EXPELLED '))).toHaveLength(1);
  });
});
