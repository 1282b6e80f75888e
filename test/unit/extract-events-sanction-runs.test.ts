// Parties of a sanctions event listed after its sentence (session 26): lines of one name each, or bulleted
// lines, right after a sanctions sentence with no colon to open them, join the sanctions; a line that says
// more than a name and its post, or a caption that repeats one name, does not. Every sentence here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));
const CLOSE = 'The measures take effect immediately, the ministry said.';

describe('sanctioned parties listed line by line after the sanctions sentence', () => {
  it('when lines "A, deputy interior minister" / "B, a judge" follow the sanctions, then A and B are sanctioned', () => {
    const { rels, ruleOf } = run(
      'Canada sanctions officials',
      `Canada imposed new sanctions on Wednesday against officials in Minsk.\nIgor Volkov, deputy interior minister\nSergei Lukin, a judge\n${CLOSE}`,
    );
    expect(sanctionedBy(rels, 'Canada')).toEqual(expect.arrayContaining(['Igor Volkov', 'Sergei Lukin']));
    expect(ruleOf('Canada SANCTIONED Sergei Lukin')).toBe('events/sanctions:run');
  });

  it('when bulleted lines name the officials, then each one is sanctioned', () => {
    const { rels } = run(
      'EU sanctions Iranian officials',
      `The European Union imposed sanctions on Friday on four Iranian officials.\n\n• Hossein Karimi, head of the prison service\n\n• Reza Tehrani (a police commander)\n\n${CLOSE}`,
    );
    expect(sanctionedBy(rels, 'European Union')).toEqual(
      expect.arrayContaining(['Hossein Karimi', 'Reza Tehrani']),
    );
  });

  it('when the line after the sanctions is a sentence of its own, then the run never starts', () => {
    const { rels } = run(
      'Canada sanctions officials',
      `Canada imposed new sanctions on Wednesday against officials in Minsk.\nIgor Volkov said the move was unjust.\nSergei Lukin, a judge\n${CLOSE}`,
    );
    expect(sanctionedBy(rels, 'Canada')).not.toContain('Igor Volkov');
    expect(sanctionedBy(rels, 'Canada')).not.toContain('Sergei Lukin');
  });
});

const LEAD =
  'The European Union on Monday imposed sanctions on four Belarusian officials and two judges over the crackdown on protesters.';

describe('sanctioned people named in a sentence of their own after the sanctions', () => {
  it.each([
    // (Read since session 27 as the sanctions' own targets, "apply to" like "target": one event still.)
    ['The sanctions apply to Igor Volkov and Sergei Lukin.', 'events/sanctions:sanction'],
    ['Named on the list are Igor Volkov and Sergei Lukin.', 'events/sanctions:following'],
    ['The four are Anton Belov, Igor Volkov and Sergei Lukin.', 'events/sanctions:following'],
    ['The judges are Igor Volkov and Sergei Lukin.', 'events/sanctions:following'],
    ['Igor Volkov and Sergei Lukin now face travel bans and asset freezes.', 'events/sanctions:following'],
  ])('when "%s" follows, then both are sanctioned', (sentence, rule) => {
    const { rels, ruleOf } = run('EU sanctions Belarus', `${LEAD} ${sentence}`);
    expect(sanctionedBy(rels, 'European Union')).toEqual(
      expect.arrayContaining(['Igor Volkov', 'Sergei Lukin']),
    );
    expect(ruleOf('European Union SANCTIONED Sergei Lukin')).toBe(rule);
  });

  it('when "A, the deputy interior minister, is also barred from entering the bloc", then A is sanctioned', () => {
    const { rels } = run(
      'EU sanctions Belarus',
      `${LEAD} Igor Volkov, the deputy interior minister, is also barred from entering the bloc.`,
    );
    expect(sanctionedBy(rels, 'European Union')).toContain('Igor Volkov');
  });

  it('when "The measures were announced by A" or "The students are A" (a group the sanctions never named), then A is not sanctioned', () => {
    for (const sentence of [
      'The measures were announced by Foreign Minister Igor Volkov.',
      'The students are Igor Volkov and Sergei Lukin.',
    ]) {
      const { rels } = run('EU sanctions Belarus', `${LEAD} ${sentence}`);
      expect(sanctionedBy(rels, 'European Union')).not.toContain('Igor Volkov');
    }
  });
});

describe('sanctioned people the sanctions sentence points back to', () => {
  it('when "A and B ran the prison. X imposed sanctions on the two men", then A and B are sanctioned', () => {
    const { rels, ruleOf } = run(
      'US sanctions prison chiefs',
      'Igor Volkov and Sergei Lukin ran the prison where the protesters were held. The United States on Tuesday imposed sanctions on the two men.',
    );
    expect(sanctionedBy(rels, 'United States')).toEqual(
      expect.arrayContaining(['Igor Volkov', 'Sergei Lukin']),
    );
    expect(ruleOf('United States SANCTIONED Igor Volkov')).toBe('events/sanctions:anaphora');
  });

  it('when the count differs from the people named before ("A, B and C …" then "the two men"), then none joins', () => {
    const { rels } = run(
      'US sanctions prison chiefs',
      'Igor Volkov, Sergei Lukin and Anton Belov ran the prison. The United States on Tuesday imposed sanctions on the two men.',
    );
    expect(sanctionedBy(rels, 'United States')).not.toContain('Igor Volkov');
  });
});
