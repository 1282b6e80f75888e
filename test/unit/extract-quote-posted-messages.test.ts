// A post on a social account speaks for the account's owner like a statement ("“…,” reads the tweet", "the
// post said", "the message read"): the owner a sentence introduced ("Through its Twitter account, X …",
// "In a post on X, the embassy …", "X posted the note on Twitter"), never the platform itself
// (speaker-phrases.ts STATEMENT_NOUN, statement-issuer.ts IN_STATEMENT and PLATFORM). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) => speakerOf(extractChecked('Post', body).d, start);
const LEAD = "Chile summoned Argentina's ambassador on Tuesday over remarks by President Javier Milei.\n\n";

describe('a post speaks for the owner of the account', () => {
  it.each([
    ['Through its Twitter account, the Chilean Foreign Ministry', 'reads the tweet'],
    ['Via its official X account, the Chilean Foreign Ministry', 'the post read'],
    ['In a post on Facebook, the Chilean Foreign Ministry', 'the post said'],
    ['On its Telegram channel, the Chilean Foreign Ministry', 'the message said'],
  ])('"%s …" then "“…,” %s"', (opening, credit) => {
    expect(
      speaker(
        `${LEAD}${opening} also said the remarks were unacceptable.\n\n“Chile will not accept interference in its internal affairs,” ${credit}.`,
        'Chile will not',
      ),
    ).toBe('Chilean Foreign Ministry');
  });

  it('a person\'s message ("In a message on Facebook, Foreign Minister X …")', () => {
    expect(
      speaker(
        `${LEAD}In a message on Facebook, Foreign Minister Alberto Moreno called the remarks unacceptable.\n\n“Chile will not accept interference in its internal affairs,” the message said.`,
        'Chile will not',
      ),
    ).toBe('Alberto Moreno');
  });

  it('"The tweet read: “…”" after the body that posted it', () => {
    expect(
      speaker(
        `${LEAD}The Chilean Foreign Ministry posted the note on Twitter.\n\nThe tweet read: “Chile will not accept interference in its internal affairs.”`,
        'Chile will not',
      ),
    ).toBe('Chilean Foreign Ministry');
  });
});

describe('the platform never speaks', () => {
  it('"He wrote on X. “…,” the tweet said": not X', () => {
    expect(
      speaker(
        'President William Ruto on Monday criticised Uganda over the border closure.\n\nHe later wrote on X. “We urge our neighbours to reconsider this decision without delay,” the tweet said.',
        'We urge',
      ),
    ).not.toBe('X');
  });

  it('"a statement on Twitter" with no owner named: not Twitter', () => {
    expect(
      speaker(
        'Protesters gathered outside the embassy on Monday.\n\nA statement was shared widely on Twitter.\n\n“We demand answers,” the statement said.',
        'We demand',
      ),
    ).not.toBe('Twitter');
  });
});
