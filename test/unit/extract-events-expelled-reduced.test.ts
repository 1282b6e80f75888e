// Expulsions told in a reduced passive (session 20): "<staff> left <state> after being expelled", "…
// after being declared persona non-grata", "Having been declared persona non grata, <staff> left <state>".
// The expelled are the main clause's subject, named or not (their state from a demonym or "X's embassy in
// Y"); the expeller is the agent after "by", else the state the embassy is in, else the place they left.
// The same reader gives recalls told that way their envoy. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const of = (type: string, body: string) =>
  extractChecked('Diplomatic row', body).rels.filter((r) => r.includes(` ${type} `));

describe('an expulsion in a reduced passive: the main clause says who was expelled and from where', () => {
  it.each([
    [
      'Two Russian diplomats left Norway on Friday after being expelled for spying.',
      'Norway EXPELLED Russia',
    ],
    [
      'The Chinese ambassador departed Lithuania after being ordered to leave within a week.',
      'Lithuania EXPELLED China',
    ],
    [
      'Three Belarusian diplomats flew home from Warsaw after being declared persona non grata.',
      'Warsaw EXPELLED Belarus',
    ],
    [
      'Having been declared persona non grata, two Iranian diplomats left Albania on Sunday.',
      'Albania EXPELLED Iran',
    ],
    [
      'Seven employees of the Russian embassy in Moldova left Chisinau on Monday after being declared persona non grata.',
      'Moldova EXPELLED Russia',
    ],
    [
      'Four staff members of Venezuela’s embassy in Peru have left the country after being declared persona non-grata.',
      'Peru EXPELLED Venezuela',
    ],
    [
      'Five Venezuelan diplomats returned to Caracas after being expelled by Chile.',
      'Chile EXPELLED Venezuela',
    ],
  ])('when "%s", then %s', (text, rel) => {
    expect(of('EXPELLED', text)).toEqual([rel]);
  });
});

describe('"persona non-grata" with a hyphen is the same declaration', () => {
  it.each([
    [
      'Two Russian diplomats were declared persona non-grata by Estonia on Monday.',
      'Estonia EXPELLED Russia',
    ],
    ['Ecuador declared the Argentine ambassador persona non-grata on Tuesday.', 'Ecuador EXPELLED Argentina'],
  ])('when "%s", then %s', (text, rel) => {
    expect(of('EXPELLED', text)).toEqual([rel]);
  });
});

describe('a recall told in a reduced passive names its envoy', () => {
  it.each([
    [
      'The Mexican ambassador, Pablo Monroy, left Lima on Sunday after being recalled by Mexico.',
      'Mexico RECALLED Pablo Monroy',
    ],
    [
      'Having been recalled by Chile, ambassador Jorge Carvajal left Israel on Friday.',
      'Chile RECALLED Jorge Carvajal',
    ],
  ])('when "%s", then %s', (text, rel) => {
    expect(of('RECALLED', text)).toEqual([rel]);
  });
});

describe('no expulsion where the reduced clause is not one', () => {
  it('"visited Norway after being invited": no one expelled', () => {
    expect(
      of('EXPELLED', 'Two Russian diplomats visited Norway after being invited by the government.'),
    ).toEqual([]);
  });
  it('"returned to Caracas after being expelled" with no expeller named: the place returned to does not expel', () => {
    expect(of('EXPELLED', 'Five Venezuelan diplomats returned to Caracas after being expelled.')).toEqual([]);
  });
  it('"left the ministry after being summoned": no expulsion', () => {
    expect(
      of('EXPELLED', 'The Russian ambassador left the ministry after being summoned by Poland.'),
    ).toEqual([]);
  });
});
