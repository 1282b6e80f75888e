// An unnamed official speaking again ("A senior Norwegian official told reporters …" then "“…,” the official
// said"): the body or country that introduced the official speaks (quotes/unnamed-official.ts), never a
// person named before the unnamed official (role-coreference.ts stops at "a/an/one … official", modifiers
// with dots too: "a senior U.S. official", "a State Dept. official"). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) =>
  speakerOf(extractChecked('Talks on the border', body).d, start);

describe('"the official said" after an unnamed official: the body or country behind the official', () => {
  it.each([
    [
      'Norway and Estonia opened talks. Foreign Minister Ingrid Dahl travelled to Tallinn on Monday. A senior Norwegian official told reporters the talks had gone well.\n\n“Both sides want a quick agreement,” the official said.',
      'Both sides',
      'Norway',
    ],
    [
      'Former Director of National Intelligence Carl Weber spoke on Sunday. A State Department official told reporters the visit was postponed.\n\n“The schedule was never final,” the official said.',
      'The schedule',
      'State Department',
    ],
    [
      'Prime Minister Alan Grey arrived in Vilnius. An official of the Lithuanian Foreign Ministry said the meeting would be short. “We expect a joint declaration,” the official added.',
      'We expect',
      'Lithuanian Foreign Ministry',
    ],
  ])('%s', (body, start, who) => {
    expect(speaker(body, start)).toBe(who);
  });
});

describe('no person named before the unnamed official is "the official"', () => {
  it('a named minister before "a senior U.S. official" is not credited', () => {
    const body =
      'Defense Minister Hugo Lind met his counterparts in Oslo. A senior U.S. official briefed journalists afterwards.\n\n“We made progress on the supply lines,” the official said.';
    expect(speaker(body, 'We made')).not.toBe('Hugo Lind');
  });
  it('an unnamed official with no body or country named leaves the words unattributed', () => {
    const body =
      'Foreign Minister Lena Berg arrived in Riga. A senior official told reporters the talks went well.\n\n“Both sides want a quick agreement,” the official said.';
    expect(speaker(body, 'Both sides')).toBeUndefined();
  });
});

describe('not other readings of "official"', () => {
  it('"an official visit" does not hide the minister the official is', () => {
    const body =
      'Deputy Foreign Minister Tomas Kral arrived in Prague for an official visit.\n\n“We came to listen,” the official said.';
    expect(speaker(body, 'We came')).toBe('Tomas Kral');
  });
  it('a named official after the unnamed one speaks when the text names him', () => {
    const body =
      'A senior Danish official said talks were planned. Foreign Ministry spokesman Erik Holm confirmed the date.\n\n“The date is fixed,” Holm said.';
    expect(speaker(body, 'The date')).toBe('Erik Holm');
  });
  it('a scare quote in the unnamed official\'s own sentence is not credited twice to "the official"', () => {
    const body =
      'A senior Swedish official called the plan “premature” on Monday. Stockholm will wait.\n\nThe book “Cold Harbours” was reviewed by the official newspaper.';
    expect(speaker(body, 'Cold Harbours')).toBeUndefined();
  });
});
