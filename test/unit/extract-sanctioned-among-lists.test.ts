// Parties of a sanctions event listed after it in an inverted "Among …" frame whose group is qualified by
// the list or the measures (session 30): "Among the individuals on the list were A, B and C", "Among
// those under the sanctions are A", "Among the officials hit by the measures is A", "Among the persons who
// fell under the sanctions were A". A group qualified otherwise ("Among the officials who met them were …",
// "Among the guests at the talks were …") lists no one sanctioned. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

const LEAD =
  'Britain on Tuesday imposed sanctions on 14 Belarusian officials over the crackdown on protesters.';

describe('sanctioned parties listed in an "Among the … on the list were" frame', () => {
  it('when "Among the individuals on the list were minister A, prosecutor B and judge C", then all three are sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${LEAD}\n\nAmong the individuals on the list were Interior Minister Ivan Kubrakov, prosecutor Andrei Shved and judge Marina Fedorova.`,
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toEqual(
      expect.arrayContaining(['Ivan Kubrakov', 'Andrei Shved', 'Marina Fedorova']),
    );
  });

  it('when "Among those on the list are A and B" a paragraph later, then A and B are sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${LEAD}\n\nThe Foreign Office said the measures froze their assets.\n\nAmong those on the list are Ivan Kubrakov and Andrei Shved.`,
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toEqual(
      expect.arrayContaining(['Ivan Kubrakov', 'Andrei Shved']),
    );
  });

  it('when "Among the people hit by the measures is A" or "subject to sanctions were A and B", then they are sanctioned', () => {
    const hit = run(
      'Crackdown draws response',
      `${LEAD} Among the people hit by the measures is Ivan Kubrakov.`,
    );
    expect(sanctionedBy(hit.rels, 'United Kingdom')).toContain('Ivan Kubrakov');
    const subject = run(
      'Crackdown draws response',
      `${LEAD} Among the officials subject to sanctions were Ivan Kubrakov and Andrei Shved.`,
    );
    expect(sanctionedBy(subject.rels, 'United Kingdom')).toEqual(
      expect.arrayContaining(['Ivan Kubrakov', 'Andrei Shved']),
    );
  });

  it('when "Among the persons who fell under the sanctions were A", then A is sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${LEAD}\n\nAmong the persons who fell under the sanctions were Ivan Kubrakov and Andrei Shved.`,
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toEqual(
      expect.arrayContaining(['Ivan Kubrakov', 'Andrei Shved']),
    );
  });

  it('when "Among the officials who met them were A and B" or "Among the guests at the talks were A", then no one more is sanctioned', () => {
    for (const line of [
      'Among the officials who met them were Ivan Kubrakov and Andrei Shved.',
      'Among the guests at the talks were Ivan Kubrakov and Andrei Shved.',
    ]) {
      const { rels } = run('Crackdown draws response', `${LEAD}\n\n${line}`);
      expect(sanctionedBy(rels, 'United Kingdom')).not.toContain('Ivan Kubrakov');
      expect(sanctionedBy(rels, 'United Kingdom')).not.toContain('Andrei Shved');
    }
  });
});
