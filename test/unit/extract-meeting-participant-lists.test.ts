// The states, bodies or persons a sentence of its own lists as taking part in the meeting just told join
// it and met its parties (meeting-participant-lists.ts); those who stayed away, an exception, a list of
// cities or topics, a list in a sentence of another event or far from any meeting do not.
import { describe, expect, it } from 'vitest';
import { extractChecked, metPairs } from '../helpers/extract-text.js';

const MEETING = 'Ghanaian President Nana Akufo-Addo met Nigerian President Bola Tinubu in Accra on Monday.';

/** The MET pairs of the meeting sentence followed by `rest`. */
const after = (rest: string) => metPairs('Leaders meet in Accra', `${MEETING} ${rest}`);

/** "A MET B" as metPairs gives it (names in alphabetical order). */
const pair = (a: string, b: string) => [a, b].sort().join(' MET ');

describe('a list of participants after a meeting', () => {
  it.each([
    'The summit brought together the leaders of Togo, Benin and Niger.',
    'Participants included Togo, Benin and Niger.',
    'Also attending were the presidents of Togo, Benin and Niger.',
    'The talks were attended by delegations from Togo, Benin and Niger.',
    'Leaders from Togo, Benin and Niger also took part.',
    'The meeting was attended by representatives of Togo, Benin and Niger.',
    'Among the participants were Togo, Benin and Niger.',
    'Representatives of Togo, Benin and Niger participated in the talks.',
    'The foreign ministers of Togo, Benin and Niger attended the meeting, too.',
  ])('%s', (rest) => {
    const pairs = after(rest);
    expect(pairs).toContain(pair('Bola Tinubu', 'Nana Akufo-Addo'));
    for (const state of ['Togo', 'Benin', 'Niger']) {
      expect(pairs).toContain(pair('Nana Akufo-Addo', state));
      expect(pairs).toContain(pair('Bola Tinubu', state));
    }
    // The listed states came to the meeting; the list says nothing of their meeting one another.
    expect(pairs.filter((p) => /^(?:Togo|Benin|Niger) MET (?:Togo|Benin|Niger)$/.test(p))).toEqual([]);
  });

  it('a list after a colon, two sentences on', () => {
    const pairs = metPairs(
      'Ministers meet in Lima',
      'Peruvian Foreign Minister Elmer Schialer held talks with Chilean Foreign Minister Alberto van Klaveren in Lima. They discussed migration. Participants: Bolivia, Ecuador and Colombia.',
    );
    expect(pairs).toContain(pair('Elmer Schialer', 'Bolivia'));
    expect(pairs).toContain(pair('Alberto van Klaveren', 'Ecuador'));
  });

  it.each([
    'Also attending were Togolese President Faure Gnassingbe and Beninese President Patrice Talon.',
    'Togolese President Faure Gnassingbe and Beninese President Patrice Talon also took part.',
  ])('persons listed: %s', (rest) => {
    const pairs = after(rest);
    expect(pairs).toContain(pair('Nana Akufo-Addo', 'Faure Gnassingbe'));
    expect(pairs).toContain(pair('Bola Tinubu', 'Patrice Talon'));
    expect(pairs).not.toContain(pair('Faure Gnassingbe', 'Patrice Talon'));
  });

  it('the meeting gets the listed states as participants', () => {
    const { d, events, name } = extractChecked(
      'Leaders meet in Accra',
      `${MEETING} Participants included Togo and Benin.`,
    );
    const names = events('meeting').flatMap((e) => e.participants.map((p) => name(p.entity)));
    expect(names).toEqual(expect.arrayContaining(['Togo', 'Benin']));
    expect(d.events.filter((e) => e.type === 'meeting')).toHaveLength(1);
  });

  it('no state meets the person who stands for it', () => {
    const pairs = after('Participants included Ghana, Togo and Benin.');
    expect(pairs).not.toContain(pair('Ghana', 'Nana Akufo-Addo'));
    expect(pairs).toContain(pair('Bola Tinubu', 'Ghana'));
  });
});

describe("a list after a body's summit", () => {
  const SUMMIT =
    'Japanese Prime Minister Shigeru Ishiba spoke at the APEC summit hosted by Peru in Lima on Friday.';
  it.each([
    'Also attending were the leaders of Chile, Mexico and Vietnam.',
    'Leaders from Chile, Mexico and Vietnam took part.',
  ])('%s', (rest) => {
    const pairs = metPairs('APEC summit', `${SUMMIT} ${rest}`);
    // The host met those who came; the body is no one they met.
    for (const state of ['Chile', 'Mexico', 'Vietnam']) expect(pairs).toContain(pair('Peru', state));
    expect(pairs.filter((p) => p.includes('APEC'))).toEqual([]);
  });

  it('no host, no pair', () => {
    const pairs = metPairs(
      'APEC summit',
      'Japanese Prime Minister Shigeru Ishiba spoke at the APEC summit in Lima on Friday. Leaders from Chile, Mexico and Vietnam took part.',
    );
    expect(pairs).toEqual([]);
  });
});

describe('no list of participants', () => {
  it.each([
    'Togo, Benin and Niger stayed away from the talks.',
    'Togo, Benin and Niger boycotted the meeting, and Mali was absent.',
    'All members attended except Togo and Benin.',
    'The talks were attended by delegations from Togo and Benin, but not Niger.',
    'Topics included trade, energy, security and migration.',
    'Participants included Lagos, Kumasi and Abuja.',
    'Last year, leaders of Togo, Benin and Niger took part in a summit in Lome.',
    'Togo, Benin and Niger attended a conference in Geneva.',
    'Togo, Benin and Niger did not take part.',
  ])('%s', (rest) => {
    expect(after(rest).filter((p) => /\b(?:Togo|Benin|Niger|Mali|Lagos|Kumasi|Abuja)\b/.test(p))).toEqual([]);
  });

  it('far from any meeting', () => {
    const pairs = after(
      'The economy grew by four percent. Inflation fell. Exports rose sharply. Participants included Togo and Benin.',
    );
    expect(pairs.filter((p) => /\b(?:Togo|Benin)\b/.test(p))).toEqual([]);
  });

  it('with no meeting told before', () => {
    const pairs = metPairs(
      'Trade rises',
      'Trade in the region rose by ten percent. Participants included Togo and Benin.',
    );
    expect(pairs).toEqual([]);
  });
});
