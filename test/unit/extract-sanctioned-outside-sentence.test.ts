// People sanctioned named outside the clause that tells the sanctions (session 44). A subject whose title
// runs to five words before the first name: "Ruritanian Deputy Defence Minister A is among those
// targeted", "Ruritanian Deputy Defence Ministers A, B and C are among those targeted"; not the same
// subject with another predicate. Every sentence and name here is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

const LEAD =
  'Britain on Tuesday imposed sanctions on 20 Ruritanian officials over the crackdown on protesters.';

describe('a long title before the subject of "are among those targeted"', () => {
  it('when "Ruritanian Deputy Defence Minister A is among those targeted", then A is sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${LEAD}\n\nRuritanian Deputy Defence Minister Pavel Dornik is among those targeted.`,
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toContain('Pavel Dornik');
  });

  it('when "Ruritanian Deputy Defence Ministers A, B and C are among those targeted", then all three are sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${LEAD}\n\nRuritanian Deputy Defence Ministers Pavel Dornik, Ivo Kralik and Jan Novotny are among those targeted.`,
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toEqual(
      expect.arrayContaining(['Pavel Dornik', 'Ivo Kralik', 'Jan Novotny']),
    );
  });

  it('when "Ruritanian Deputy Defence Minister A said the measures were illegal", then A is not sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${LEAD}\n\nRuritanian Deputy Defence Minister Pavel Dornik said the measures were illegal.`,
    );
    expect(sanctionedBy(rels, 'United Kingdom')).not.toContain('Pavel Dornik');
  });
});
