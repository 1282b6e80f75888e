// The state whose like move an expulsion answers or follows (session 20): "in response to a similar move by
// Washington", "after a similar step by Denmark", "a retaliatory measure to similar actions of Chisinau". The
// state named after "similar move/step/measure/actions by/of" expelled too, in the same or the previous
// sentence's expulsion: the expeller's diplomats when it is the state expelled (tit for tat), else the same
// state's diplomats (a state followed). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const of = (type: string, body: string) =>
  extractChecked('Diplomatic row', body).rels.filter((r) => r.includes(` ${type} `));

describe('a similar move by the state expelled: it expelled the expeller’s diplomats first', () => {
  it.each([
    [
      'Russia ordered the expulsion of 60 US diplomats in response to a similar move by Washington earlier this week.',
      ['Russia EXPELLED United States', 'Washington EXPELLED Russia'],
    ],
    [
      'Iran expelled four Azerbaijani diplomats in response to a similar measure by Baku in April.',
      ['Iran EXPELLED Azerbaijan', 'Baku EXPELLED Iran'],
    ],
    [
      'Russia declared five Moldovan diplomats persona non grata. It called the step a retaliatory measure to similar actions of Chisinau.',
      ['Russia EXPELLED Moldova', 'Chisinau EXPELLED Russia'],
    ],
    [
      'Peru expelled the Venezuelan ambassador, in what Lima called a response to similar steps by Caracas.',
      ['Peru EXPELLED Venezuela', 'Caracas EXPELLED Peru'],
    ],
  ])('when "%s", then %j', (text, rels) => {
    expect(of('EXPELLED', text)).toEqual(rels);
  });
});

describe('a similar move by another state: it expelled the same state’s diplomats', () => {
  it.each([
    [
      'Norway expelled two Russian diplomats on Friday after a similar step by Denmark.',
      ['Norway EXPELLED Russia', 'Denmark EXPELLED Russia'],
    ],
    [
      'Slovakia expelled three Russian diplomats, following identical moves by the Czech Republic.',
      ['Slovakia EXPELLED Russia', 'Czech Republic EXPELLED Russia'],
    ],
  ])('when "%s", then %j', (text, rels) => {
    expect(of('EXPELLED', text)).toEqual(rels);
  });
});

describe('no expulsion from a similar move where none was told', () => {
  it('a summons "after a similar move by France": France expels no one', () => {
    expect(of('EXPELLED', 'Germany summoned the Iranian ambassador after a similar move by France.')).toEqual(
      [],
    );
  });
  it('the expeller’s own earlier move ("a similar move by Warsaw last year") adds nothing', () => {
    expect(
      of(
        'EXPELLED',
        'Poland expelled 45 Russian diplomats on Wednesday, a similar move by Warsaw to last year’s.',
      ),
    ).toEqual(['Poland EXPELLED Russia']);
  });
});
