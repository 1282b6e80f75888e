// A body named again by its own head noun as a speaker ("the cabinet" after "Morocco's Royal Cabinet",
// "the bank" after "the World Bank"), for nouns outside the fixed kinds "the ministry", "the council"
// (quotes/body-by-head.ts). Invented sentences, with cases that must not fire.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) => speakerOf(extractChecked('Statement', body).d, start);

describe('a body named again by its head noun speaks', () => {
  it.each([
    [
      "Morocco's Royal Cabinet announced the decision on Saturday.\n\nThe ambassador will leave Rabat this week.\n\n“His Majesty has decided to recall the ambassador,” the cabinet said.",
      'His Majesty',
      'Royal Cabinet',
    ],
    [
      "Morocco's Royal Cabinet announced the decision on Saturday.\n\nThe royal cabinet said the ambassador was “recalled for consultations”.",
      'recalled for',
      'Royal Cabinet',
    ],
    [
      'The Philippine Senate adopted a resolution on Tuesday.\n\nThe senate said the harassment was “an affront to our sovereignty”.',
      'an affront',
      'Philippine Senate',
    ],
    [
      'The World Bank suspended its programme in the country on Friday.\n\n“We are deeply concerned,” the bank said.',
      'We are deeply',
      'World Bank',
    ],
    [
      'The Pacific Islands Forum met in Tonga on Monday.\n\nThe forum said the region faced “an existential threat”.',
      'an existential',
      'Pacific Islands Forum',
    ],
  ])('%#', (body, start, who) => {
    expect(speaker(body, start)).toBe(who);
  });
});

describe('what names no such body', () => {
  it('a modifier the name does not have ("the central bank" after "the World Bank")', () => {
    expect(
      speaker(
        'The World Bank suspended its programme in the country on Friday.\n\n“We are deeply concerned,” the central bank said.',
        'We are deeply',
      ),
    ).not.toBe('World Bank');
  });

  it('an outlet\'s head word ("the times" after "the Financial Times")', () => {
    expect(
      speaker(
        'The Financial Times reported on Monday that the talks had failed.\n\n“The talks are over,” the times said.',
        'The talks are over',
      ),
    ).toBeUndefined();
  });

  it('a head word no body named before has ("the tribunal" with only a bank named)', () => {
    expect(
      speaker(
        'The World Bank suspended its programme in the country on Friday.\n\n“Justice has been done,” the tribunal said.',
        'Justice has',
      ),
    ).toBeUndefined();
  });
});
