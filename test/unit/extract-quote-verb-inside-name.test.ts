// A word of a name that looks like a verb of saying ("the United States", "the Jakarta Post") is no verb:
// the reporting-clause reading (reporting-clause.ts) must not take the name as the subject of "States" or
// "Post" and credit it with a quotation of the sentence. Real verbs of saying, capitalised or not, still
// report. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const statementsOf = (body: string) => extractChecked('Envoys rebuked', body).d;

describe('a verb-like word inside a name reports nothing', () => {
  it.each([
    [
      'The president criticised the United Arab Emirates and the United States for “interference”.',
      'interference',
    ],
    [
      'In a note to the embassies of Denmark, the United States and Canada, the government warned against “overly prescriptive” remarks.',
      'overly',
    ],
    [
      'The premier faulted the United States, Britain and France over their “reckless” advisories.',
      'reckless',
    ],
    ['Officials rebuked the Washington Post over its “biased” coverage of the election.', 'biased'],
  ])('%s', (body, start) => {
    const d = statementsOf(body);
    const who = speakerOf(d, start);
    expect(who === undefined || !/United States|Washington Post/.test(who)).toBe(true);
  });
});

describe('real verbs of saying still report', () => {
  it.each([
    [
      'Kenyan Foreign Minister Moses Wetangula states that the talks were “very frank”.',
      'very frank',
      'Moses Wetangula',
    ],
    [
      '“We will not bow to pressure,” Ghanaian President John Mahama said of the United States.',
      'We will not',
      'John Mahama',
    ],
    [
      'Norwegian Foreign Minister Espen Barth Eide, who visited the United States, stated that Oslo was “deeply concerned”.',
      'deeply',
      'Espen Barth Eide',
    ],
    ['The United States said the vote was “a step backwards”.', 'a step', 'United States'],
  ])('%s', (body, start, who) => {
    expect(speakerOf(statementsOf(body), start)).toBe(who);
  });
});
