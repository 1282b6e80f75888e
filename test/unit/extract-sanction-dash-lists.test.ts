// A sanctions list set one "Name – description" a line (session 26): a line beside another of that shape is
// a list's line, no source credit ("Daily Courier – " before a story's first sentence) to blank
// (furniture.ts creditSpans); a name no lexicon knows that opens such a line before a role is a person
// (name-positions.ts 'line-then-role'); and the run of lines right after the sanctions sentence, or one or
// two lines later, joins the sanctions (events/sanction-dash-lines.ts), however long each description runs. A
// list's number opening a line ("1. ") is no sentence of its own (text.ts splitLine).
// Every line here is written for the test.
import { describe, expect, it } from 'vitest';
import { creditSpans } from '../../server/src/extract/furniture.js';
import { extractChecked } from '../helpers/extract-text.js';

const LIST = [
  'Oleg Sidorov – Deputy Minister of Internal Affairs. He ordered the violent dispersal of demonstrations in August.',
  'Boris Gurov – Deputy Minister of Internal Affairs, in charge of the riot police, which beat detained protesters.',
  'Anton Lisov – Head of the Investigative Committee, who opened criminal cases against opposition leaders.',
].join('\n\n');
const END = 'The measures also include an arms embargo.';
const sanctioned = (body: string) =>
  extractChecked('EU sanctions officials', body).rels.filter((r) => r.includes(' SANCTIONED '));
const ALL = [
  'European Union SANCTIONED Oleg Sidorov',
  'European Union SANCTIONED Boris Gurov',
  'European Union SANCTIONED Anton Lisov',
];

describe('a sanctions list of "Name – description" lines', () => {
  it('when a line beside it opens the same way, then "Name – " is no credit; alone, it still is', () => {
    const line = 'Oleg Sidorov – Deputy Minister of Internal Affairs, responsible for the repression.';
    expect(creditSpans(line, true)).toEqual([]);
    expect(creditSpans(line)).toEqual([[0, 'Oleg Sidorov – '.length]]);
  });

  it.each([
    ['right after the sanctions sentence', ''],
    ['after a line that leads into it', 'The list includes:\n\n'],
    ['after a sentence about the measures', 'They face a travel ban and an asset freeze.\n\n'],
  ])('when the lines come %s, then each person is sanctioned by the sanctioner', (_, lead) => {
    const body = `The European Union imposed sanctions on three Belarusian officials on Monday.\n\n${lead}${LIST}\n\n${END}`;
    expect(sanctioned(body).filter((r) => !r.endsWith('Belarus'))).toEqual(ALL);
  });

  it('when three lines come between the sanctions and the list, or only one line has the shape, then no one joins', () => {
    const far = `The European Union imposed sanctions on three officials.\n\nThe decision was taken in Brussels.\n\nIt takes effect at once.\n\nMinisters met on Monday.\n\n${LIST}\n\n${END}`;
    expect(sanctioned(far)).toEqual([]);
    const one = `The European Union imposed sanctions on three officials.\n\nOleg Sidorov – Deputy Minister of Internal Affairs, responsible for the repression.\n\n${END}`;
    expect(sanctioned(one)).toEqual([]);
  });

  it('when the lines are numbered after a colon ("1. Oleg Sidorov – …"), then the number is no sentence and each person joins', () => {
    const numbered = LIST.split('\n\n')
      .map((l, i) => `${i + 1}. ${l}`)
      .join('\n\n');
    const body = `The European Union imposed sanctions on three officials over the crackdown:\n\n${numbered}\n\n${END}`;
    expect(sanctioned(body)).toEqual(ALL);
  });
});
