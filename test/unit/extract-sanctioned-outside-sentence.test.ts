// People sanctioned named outside the clause that tells the sanctions (session 44). A subject whose title
// runs to five words before the first name: "Ruritanian Deputy Defence Minister A is among those
// targeted", "Ruritanian Deputy Defence Ministers A, B and C are among those targeted"; not the same
// subject with another predicate. A list after a measure other than "sanctions" and its target, "a travel ban
// and asset freeze on eight officials, including A and B" (each sanctioner of the sanctions just told), the
// body that only qualifies an officer's title not listed ("the Communist Party chief in X, A"). A list lead in a
// reported clause: "The Foreign Office said that those sanctioned include A and B". Every
// sentence and name here is invented for the test.
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

const TOLD = 'Britain and Canada imposed sanctions on the Ruritanian president on Tuesday.';

describe('", including" after a measure other than "sanctions"', () => {
  it('when "The British measures include a travel ban and asset freeze on eight officials, including A and B", then A and B are sanctioned by both', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${TOLD} The British measures include a travel ban and asset freeze on eight officials, including Pavel Dornik and Ivo Kralik.`,
    );
    for (const by of ['United Kingdom', 'Canada'])
      expect(sanctionedBy(rels, by)).toEqual(expect.arrayContaining(['Pavel Dornik', 'Ivo Kralik']));
  });

  it('when the list names "the Communist Party chief in X, A", then A but not the party is sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${TOLD} The British measures include a travel ban and asset freeze on eight officials, including the Communist Party chief in Strelsau, Pavel Dornik, and Ivo Kralik.`,
    );
    const by = sanctionedBy(rels, 'Canada');
    expect(by).toEqual(expect.arrayContaining(['Pavel Dornik', 'Ivo Kralik']));
    expect(by).not.toContain('Communist Party');
  });

  it('when "including" follows no measure\'s target ("A said the measures, including travel bans, were unfair"), then A is not sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${TOLD} Pavel Dornik said the measures, including travel bans, were unfair.`,
    );
    expect(sanctionedBy(rels, 'Canada')).not.toContain('Pavel Dornik');
  });
});

describe('a list lead in a reported clause', () => {
  it('when "X said that those sanctioned include the mayor of Y, A, and B", then A and B are sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      'Britain imposed sanctions on 40 people on Tuesday. The Foreign Office said that those sanctioned include the mayor of Strelsau, Pavel Dornik, and Ivo Kralik.',
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toEqual(
      expect.arrayContaining(['Pavel Dornik', 'Ivo Kralik']),
    );
  });

  it('when "X said those who met the envoy include A", then A is not sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      'Britain imposed sanctions on 40 people on Tuesday. The Foreign Office said that those who met the envoy include Pavel Dornik.',
    );
    expect(sanctionedBy(rels, 'United Kingdom')).not.toContain('Pavel Dornik');
  });
});
