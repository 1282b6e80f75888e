// A quotation whose own sentence names its speaker after it through a report ("“…,” PAP quoted X as
// saying", "“…,” RTVE reported, citing X") is X's, before any cue of the paragraph before it (which may
// name another person, a body or a country: quotes/index.ts reads citedSource first). A source the text
// does not name, a pronoun or a passive "was quoted as saying" are left to the other rules. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) =>
  speakerOf(extractChecked('Envoy summoned over protest', body).d, start);

describe('"quoted X as saying" after the quotation beats the paragraph before', () => {
  it.each([
    [
      'Foreign Minister Karel Novak spoke in Prague on Monday.\n\nThe minister added that Slovakia had warned Hungary about the risk.\n\n“Nothing changes our position on the protection of envoys,” CTK quoted Novak as saying.',
      'Nothing changes',
      'Karel Novak',
    ],
    [
      'The Latvian Foreign Ministry summoned the chargé d’affaires on Tuesday, and Estonia recalled its envoy.\n\n“We expect a full explanation within days,” the LETA agency quoted Foreign Minister Ilze Ozola as saying.',
      'We expect',
      'Ilze Ozola',
    ],
  ])('%s', (body, start, who) => {
    expect(speaker(body, start)).toBe(who);
  });
});

describe('not when the report names no one new', () => {
  it('an unnamed source leaves the paragraph cue to decide, not the agency', () => {
    const body =
      'Finland closed two crossings on Friday.\n\n“The decision is final,” the agency quoted a government source as saying.';
    expect(speaker(body, 'The decision')).not.toBe('agency');
  });
  it('a scare quote in a sentence citing a report is no one’s speech by the cited clause', () => {
    const body =
      'Prime Minister Ana Costa met the envoy.\n\nThe opposition cited the report “Quiet Borders” as proof of the failure.';
    expect(speaker(body, 'Quiet Borders')).not.toBe('Ana Costa');
  });
  it('the person quoted by a named outlet is not the outlet', () => {
    const body =
      'President Jonas Berg arrived in Vilnius.\n\n“We stand with Lithuania,” BNS quoted Berg as saying.';
    expect(speaker(body, 'We stand')).toBe('Jonas Berg');
  });
});
