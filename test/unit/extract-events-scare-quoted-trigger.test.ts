// An event's verb set in scare quotes (session 20): "Rwanda ‘expelled’ a German ambassador", "Moscow
// "expelled" two Polish diplomats". Quote marks around the trigger word alone make no quotation the event
// must be read inside: the clause is read past the marks, its subject before the opening one and its object
// after the closing one. A longer quotation keeps its scope. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const of = (type: string, body: string) =>
  extractChecked('Diplomatic row', body).rels.filter((r) => r.includes(` ${type} `));

describe('a trigger in scare quotes is the event the page reports', () => {
  it.each([
    ['In March 2019, Rwanda ‘expelled’ a German ambassador.', 'Rwanda EXPELLED Germany'],
    ['Moscow "expelled" two Polish diplomats last week.', 'Moscow EXPELLED Poland'],
    [
      'Venezuela has effectively “expelled” the Spanish ambassador, the minister said.',
      'Venezuela EXPELLED Spain',
    ],
    ["The Czech government 'expelled' 18 Russian diplomats on Saturday.", 'Czech Republic EXPELLED Russia'],
    ['Budapest ‘ejected’ two Ukrainian consuls in May.', 'Budapest EXPELLED Ukraine'],
  ])('when "%s", then %s', (text, rel) => {
    expect(of('EXPELLED', text)).toEqual([rel]);
  });

  it('a summons in scare quotes: "Turkey "summoned" the Swedish ambassador"', () => {
    expect(of('SUMMONED', 'Turkey "summoned" the Swedish ambassador on Tuesday.')).toEqual([
      'Turkey SUMMONED Sweden',
    ]);
  });
});

describe('a quotation longer than the trigger keeps its scope', () => {
  it('"“We will expel them all,” the minister said": no expulsion of a state named outside', () => {
    expect(of('EXPELLED', '“We will expel them all,” the minister said of the Polish diplomats.')).toEqual(
      [],
    );
  });
  it('a one-word statement ("“Expelled,” the minister said") makes no expulsion', () => {
    expect(of('EXPELLED', '“Expelled,” the minister said, when asked about the German ambassador.')).toEqual(
      [],
    );
  });
});
