// "the government spokesperson said" after "government spokesperson X" was named (quotes/speaker-references.ts
// namedQualifiedSpokesperson): the person named with those words beside a spokesperson's title speaks, not the
// state or the body the words name; a spokesperson named with other words ("Army spokesman X" for "the
// ministry spokesperson") is not read so. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

const article = (lead: string, quote: string) =>
  extract(`Diplomats expelled\n\n${lead}\n\n"We will not be intimidated," ${quote} said.`);

describe('a qualified spokesperson named before', () => {
  it('speaks when the same words stood beside the name', () => {
    expect(
      speakerOf(
        article(
          "Ghana's government spokesperson Kofi Mensah spoke on Monday.",
          'the government spokesperson',
        ),
        'We will',
      ),
    ).toBe('Kofi Mensah');
    expect(
      speakerOf(
        article(
          'The Foreign Ministry spokesperson, Mao Ning, spoke on Tuesday.',
          'the ministry spokesperson',
        ),
        'We will',
      ),
    ).toBe('Mao Ning');
    expect(
      speakerOf(
        article("Kofi Mensah, the government's spokesman, spoke on Monday.", 'the government spokesman'),
        'We will',
      ),
    ).toBe('Kofi Mensah');
  });

  it('not when the named spokesperson was given other words', () => {
    expect(
      speakerOf(
        article('Army spokesman John Mensah spoke on Monday.', 'the ministry spokesperson'),
        'We will',
      ),
    ).not.toBe('John Mensah');
  });
});
