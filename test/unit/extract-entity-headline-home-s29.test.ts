// The headline's home state for a bare foreign ministry (session 29, invented text; entities/home-bodies.ts
// headlineDemonym): read past a dateline with a country or a dash ("BEIJING, China –", "KYIV —"), and past a
// comma that comes after the verb ("China sanctions Rubio, Cruz"); two states listed first ("Chile,
// Colombia recall …", "Chile and Colombia …") still give none.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const orgs = (title: string, body: string) =>
  extractChecked(title, body)
    .names.filter((n) => n.startsWith('Organization '))
    .map((n) => n.slice(13));

const SAID = 'The move was a response to provocations, the foreign ministry said on Monday.';

describe('the home state of a headline', () => {
  it('when a comma follows the verb, then the subject is still the home state', () => {
    expect(orgs('Vietnam sanctions Smith, Jones over remarks', SAID)).toContain(
      'Vietnamese Foreign Ministry',
    );
  });

  it('when a dateline with its country and a dash opens the headline, then the subject after it is home', () => {
    expect(orgs('HANOI, Vietnam – Vietnam protests remarks by envoy', SAID)).toContain(
      'Vietnamese Foreign Ministry',
    );
  });

  it('when a dateline and a dash open it, then the subject after it is home', () => {
    expect(orgs('KYIV — Ukraine recalls its envoy to Hungary', SAID)).toContain('Ukrainian Foreign Ministry');
  });
});

describe('headlines with no one home state', () => {
  it('when two states are listed with a comma, then the ministry stays unowned', () => {
    expect(orgs('Chile, Colombia recall ambassadors', SAID).some((n) => /Chilean|Colombian/.test(n))).toBe(
      false,
    );
  });

  it('when two states are joined by "and", then the ministry stays unowned', () => {
    expect(orgs('Chile and Colombia recall envoys', SAID).some((n) => /Chilean|Colombian/.test(n))).toBe(
      false,
    );
  });
});
