// A capitalised office named for a field ("the former Minister of Public Works, A, and B") and a list of
// role appositions after semicolons ("the Vice President of X, A; a Deputy of Y, B; and a Chief of Z,
// C"): the object phrase names every person (clauses/noun-phrase.ts titleOfField, mention-lists.ts
// roleListAfter). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const title = 'Treasury sanctions officials';
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

describe('persons apposed to a capitalised office in an object phrase', () => {
  it('when "sanctions on the former Minister of Transport, A, and former Finance Minister B", then A and B', () => {
    const { rels } = run(
      title,
      'The United States on Tuesday imposed sanctions on the former Lebanese Minister of Transport, Karim Haddad, and former Finance Minister Samir Nassar, accusing them of graft.',
    );
    expect(sanctionedBy(rels, 'United States')).toEqual(
      expect.arrayContaining(['Karim Haddad', 'Samir Nassar']),
    );
  });

  it('when "designated the Vice President of X, A; a Deputy of Y, B; and a Chief of Z, C", then A, B and C', () => {
    const { rels } = run(
      title,
      'The Treasury Department on Monday announced new sanctions. It designated the Vice President of the Zamorian Senate, Pedro Alvarez; a Deputy of the National Assembly, Luis Moreno; and a Chief of the Army Staff, Jorge Ruiz.',
    );
    expect(sanctionedBy(rels, 'Treasury Department')).toEqual(
      expect.arrayContaining(['Pedro Alvarez', 'Luis Moreno', 'Jorge Ruiz']),
    );
  });

  it('when a semicolon opens a new clause ("; the move angered the Senate, A"), then A is not listed', () => {
    const { rels } = run(
      title,
      'The Treasury Department on Monday sanctioned the Vice President of the Zamorian Senate, Pedro Alvarez; the move angered the Zamorian Senate, Luis Moreno said.',
    );
    expect(sanctionedBy(rels, 'Treasury Department')).toEqual(['Pedro Alvarez']);
  });

  it('when the field title has no comma and no name ("the Minister of Public Works"), then no person is taken', () => {
    const { rels } = run(
      title,
      'The United States imposed sanctions on the Minister of Public Works over the collapse of a bridge in the capital.',
    );
    expect(sanctionedBy(rels, 'United States').filter((t) => !/Lebanon|Public Works/.test(t))).toEqual([]);
  });
});
