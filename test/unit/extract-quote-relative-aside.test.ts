// A name inside a relative aside between an unnamed subject and its verb of saying ("The envoy, who met
// President X on Monday, said …") is no subject: the reporting-clause reading (reporting-clause.ts) must
// not credit X, the object of the aside's own verb. A named subject before the aside still speaks.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) => speakerOf(extractChecked('Talks held', body).d, start);

describe('a name inside a relative aside is not the speaker', () => {
  it.each([
    [
      'The ambassador, who represents the United States, stated that the talks were “productive”.',
      'productive',
      'United States',
    ],
    [
      'The envoy, who met Kenyan President William Ruto on Monday, said the ties were “unbreakable”.',
      'unbreakable',
      'William Ruto',
    ],
    [
      'The delegation, which Ghanaian President John Mahama received in Accra, declared the agreement “final”.',
      'final',
      'John Mahama',
    ],
    [
      'The new commissioner, whose appointment Peruvian President Dina Boluarte approved, told reporters the port deal was “a mistake”.',
      'a mistake',
      'Dina Boluarte',
    ],
  ])('%s', (body, start, wrong) => {
    expect(speaker(body, start)).not.toBe(wrong);
  });
});

describe('the named subject before a relative aside still speaks', () => {
  it.each([
    [
      'Kenyan Foreign Minister Musalia Mudavadi, who met Ethiopian Prime Minister Abiy Ahmed on Monday, said the ties were “unbreakable”.',
      'unbreakable',
      'Musalia Mudavadi',
    ],
    [
      'President William Ruto, who hosted the envoy on Monday, stated that the visit was “historic”.',
      'historic',
      'William Ruto',
    ],
    [
      'Finnish President Alexander Stubb, whose talks with Swedish Prime Minister Ulf Kristersson ended late, told reporters they were “very open”.',
      'very open',
      'Alexander Stubb',
    ],
  ])('%s', (body, start, who) => {
    expect(speaker(body, start)).toBe(who);
  });
});
