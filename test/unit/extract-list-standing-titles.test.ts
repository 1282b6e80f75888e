// A list's next item whose capitalised title a word of time or standing leads (session 42,
// mention-lists.ts GAP built from role-nouns.ts TITLE_STANDING_BEFORE): "A and former Finance Minister B",
// "A and his deputy Prince B", "A, acting President B". The word must lead a capitalised title or name;
// a lower-case group after it ("and former colleagues") adds no item. Every sentence here is written for
// the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const targets = (rels: string[], by: string, type: string) =>
  rels.filter((r) => r.startsWith(`${by} ${type} `)).map((r) => r.slice(`${by} ${type} `.length));

describe('a list item whose capitalised title "former", "acting", "deputy" or "new" leads', () => {
  it('when sanctions fall on "former defence minister A and former Finance Minister B", then both are sanctioned', () => {
    const { rels } = run(
      'Norway sanctions former ministers',
      'Norway imposed sanctions on former defence minister Tomas Varga and former Finance Minister Ilse Moravec on Monday.',
    );
    expect(targets(rels, 'Norway', 'SANCTIONED')).toEqual(
      expect.arrayContaining(['Tomas Varga', 'Ilse Moravec']),
    );
  });

  it('when a visitor "was welcomed by Governor A and his deputy Prince B", then both met the visitor', () => {
    const { rels } = run(
      'Ruritanian king arrives',
      'King Otto Brandvik of Ruritania arrived in Jeddah on Sunday and was welcomed at the airport by Governor Pedro Alvarenga and his deputy Prince Samir Haddad.',
    );
    const met = rels.filter((r) => r.includes(' MET '));
    expect(met.some((r) => r.includes('Samir Haddad') && r.includes('Otto Brandvik'))).toBe(true);
  });

  it('when "former" leads a lower-case group ("A and former colleagues of hers"), then no one else is sanctioned', () => {
    const { rels } = run(
      'Japan sanctions a judge',
      'Japan imposed sanctions on judge Lucia Fenwick and former colleagues of hers on Tuesday, the ministry said.',
    );
    expect(targets(rels, 'Japan', 'SANCTIONED')).toEqual(['Lucia Fenwick']);
  });
});
