// A host receiving a guest after a longer gap of day and places ("received on Sunday at his office in the
// Ministry in the capital Mogadishu X"), and an envoy's honorific between the posting and the name
// ("Chinese Ambassador to Somalia Mr. Qin Jian", "… H.E. Ms. Jane Mutua") (session 29): the guest is met.
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

describe('the guest after a gap of day and places, and after an honorific', () => {
  it.each([
    [
      'Ahmed Isse Awad received on Sunday at his office in the Ministry in the capital Mogadishu Chinese Ambassador to Somalia Mr. Qin Jian.',
      ['Ahmed Isse Awad MET Qin Jian'],
    ],
    [
      'Ahmed Isse Awad received Chinese Ambassador to Somalia Mr. Qin Jian.',
      ['Ahmed Isse Awad MET Qin Jian'],
    ],
    [
      'Ahmed Isse Awad met Kenyan Ambassador to Somalia H.E. Ms. Jane Mutua on Monday.',
      ['Ahmed Isse Awad MET Jane Mutua'],
    ],
    [
      'King Salman received at the Bayan Palace the visiting Emir Tamim bin Hamad.',
      ['King Salman MET Tamim bin Hamad'],
    ],
  ])('when "%s", then %j', (text, pairs) => {
    expect(metPairs('Talks', text)).toEqual(pairs);
  });

  it('when the thing received after the gap is a letter, then no one is met', () => {
    expect(
      metPairs(
        'Talks',
        'Ahmed Isse Awad received on Sunday at his office the letter from the Kenyan President.',
      ),
    ).toEqual([]);
  });
});
