// The head-of-mission titles written once (role-nouns.ts) that the envoy rules build from: the lower-case
// form for case-blind patterns, the either-case form for case-sensitive ones, and the title test; a
// deputy's or a consul's title is no head of mission's, nor a word that only starts like one.
import { describe, expect, it } from 'vitest';
import {
  HEAD_OF_MISSION,
  HEAD_OF_MISSION_CASED,
  HEAD_OF_MISSION_TITLE,
  HEAD_OF_MISSION_WORDS,
} from '../../server/src/extract/role-nouns.js';
import { relationsOfType } from '../helpers/extract-text.js';

const whole = (source: string, flags = '') => new RegExp(`^${source}$`, flags);

describe('the head-of-mission titles', () => {
  it('when written in lower case or with capitals, then the cased form reads each title', () => {
    for (const t of [
      'ambassador',
      'Ambassador',
      'envoy',
      'Envoy',
      'high commissioner',
      'High Commissioner',
      'High commissioner',
    ])
      expect(whole(HEAD_OF_MISSION_CASED, 'u').test(t)).toBe(true);
    for (const t of HEAD_OF_MISSION_WORDS) expect(whole(HEAD_OF_MISSION).test(t)).toBe(true);
  });

  it('when a title is no head of mission’s or only starts like one, then none of the forms reads it', () => {
    for (const t of ['AMBASSADOR', 'consul', 'chargé d’affaires', 'commissioner', 'envoys', 'ambassadorial'])
      expect(whole(HEAD_OF_MISSION_CASED, 'u').test(t)).toBe(false);
    expect(HEAD_OF_MISSION_TITLE.test('Deputy Consul General')).toBe(false);
    expect(HEAD_OF_MISSION_TITLE.test('the envoyship')).toBe(false);
  });

  it('when a title stands anywhere in a text, then the title test finds it', () => {
    expect(HEAD_OF_MISSION_TITLE.test('Chinese Ambassador')).toBe(true);
    expect(HEAD_OF_MISSION_TITLE.test('the UK high commissioner to Kenya')).toBe(true);
    expect(HEAD_OF_MISSION_TITLE.test("Peru's envoy,")).toBe(true);
  });

  it('when a state names its head of mission with a posting, then the envoy rules still read the posting', () => {
    expect(
      relationsOfType(
        'AMBASSADOR_TO',
        'Envoy meets minister',
        'Zambia’s High Commissioner to Ghana, Mary Phiri, met the trade minister in Accra on Monday.',
      ).length,
    ).toBeGreaterThan(0);
  });
});
