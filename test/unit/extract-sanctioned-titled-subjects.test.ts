// People sanctioned named as the subject of a sentence after the sanctions, with titles before each name
// or a possessor before the first (session 30): "Interior Minister A and prosecutor B are also on the
// list", "President X's spokeswoman A and Foreign Ministry spokesman B are also on the list, as is the
// broadcaster C", and (session 32) a body that qualifies the first person, "Kremlin spokesman A and
// spokeswoman B were also targeted" (the body is not sanctioned). The same subject with another predicate ("… met the envoy") is no list of the
// sanctioned. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

const LEAD =
  'Britain on Tuesday imposed sanctions on 14 Belarusian officials over the crackdown on protesters.';

describe('titled subjects of "are also on the list"', () => {
  it('when "Interior Minister A and prosecutor B are also on the list", then A and B are sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${LEAD}\n\nInterior Minister Ivan Kubrakov and prosecutor Andrei Shved are also on the list.`,
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toEqual(
      expect.arrayContaining(['Ivan Kubrakov', 'Andrei Shved']),
    );
  });

  it('when "President X’s spokeswoman A and Foreign Ministry spokesman B are also on the list, as is C", then A, B and C but not X are sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${LEAD}\n\nPresident Lukashenko’s spokeswoman Natalia Eismont and Belarusian Foreign Ministry spokesman Anatoly Glaz are also on the list, as is the state broadcaster Belteleradio.`,
    );
    const by = sanctionedBy(rels, 'United Kingdom');
    expect(by).toEqual(expect.arrayContaining(['Natalia Eismont', 'Anatoly Glaz', 'Belteleradio']));
    expect(by.some((n) => /Lukashenko/.test(n))).toBe(false);
  });

  it('when "X’s deputy A was also targeted", then A but not X is sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${LEAD} Ivan Kubrakov’s deputy Andrei Shved was also targeted.`,
    );
    const by = sanctionedBy(rels, 'United Kingdom');
    expect(by).toContain('Andrei Shved');
    expect(by).not.toContain('Ivan Kubrakov');
  });

  it('when "Kremlin spokesman A and spokeswoman B were also targeted", then A and B but not the Kremlin are sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${LEAD}\n\nKremlin spokesman Dmitry Peskov and spokeswoman Maria Zakharova were also targeted.`,
    );
    const by = sanctionedBy(rels, 'United Kingdom');
    expect(by).toEqual(expect.arrayContaining(['Dmitry Peskov', 'Maria Zakharova']));
    expect(by).not.toContain('Kremlin');
  });

  it('when "Kremlin spokesman A said the measures were illegal", then A is not sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${LEAD}\n\nKremlin spokesman Dmitry Peskov said the measures were illegal.`,
    );
    expect(sanctionedBy(rels, 'United Kingdom')).not.toContain('Dmitry Peskov');
  });

  it('when "Interior Minister A and prosecutor B met the envoy", then no one is sanctioned', () => {
    const { rels } = run(
      'Crackdown draws response',
      `${LEAD}\n\nInterior Minister Ivan Kubrakov and prosecutor Andrei Shved met the British envoy on Monday.`,
    );
    const by = sanctionedBy(rels, 'United Kingdom');
    expect(by).not.toContain('Ivan Kubrakov');
    expect(by).not.toContain('Andrei Shved');
  });
});
