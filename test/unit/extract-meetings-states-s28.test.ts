// Meetings of one person with the representatives of several states, and meeting clauses with a gap, of
// session 28: separate meetings with the leaders of listed states, a state whose leader the article
// names being met by name (meeting-leaders.ts), and talks held with an adverbial between the verb and its noun (meeting-held-adverbials.ts).
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { meetingCount, metPairs } from '../helpers/extract-text.js';

const title = 'Leaders gather';
const met = (body: string, head = title) => metPairs(head, body);
const meetings = (body: string, head = title) => meetingCount(head, body);

describe('talks held with an adverbial between the verb and the meeting noun', () => {
  it('is a meeting with the counterparts known by their states, one of all', () => {
    const body =
      'Foreign Minister Oskar Valberg held in Lusaka, a consultative meeting with his counterparts from Kenya, Ghana and Togo.';
    expect(met(body)).toEqual([
      'Ghana MET Oskar Valberg',
      'Kenya MET Oskar Valberg',
      'Oskar Valberg MET Togo',
    ]);
    expect(meetings(body)).toBe(1);
  });

  it('is a meeting with the person named, the adverbial set off by commas or not', () => {
    expect(met('President Oskar Valberg held, in Geneva, talks with Chancellor Tamsin Orloff.')).toEqual([
      'Oskar Valberg MET Tamsin Orloff',
    ]);
    expect(
      met('President Oskar Valberg had on Friday in Geneva a meeting with Chancellor Tamsin Orloff.'),
    ).toEqual(['Oskar Valberg MET Tamsin Orloff']);
  });

  it('is one meeting per state when the meetings were separate', () => {
    const body =
      'Foreign Minister Oskar Valberg held on Tuesday in Lusaka, separate meetings with the foreign ministers of Kenya, Ghana, Togo and Benin.';
    expect(met(body)).toHaveLength(4);
    expect(meetings(body)).toBe(4);
  });

  it('is no meeting when planned, nor when no one is met', () => {
    expect(
      met('President Oskar Valberg will hold in Geneva next week talks with Chancellor Tamsin Orloff.'),
    ).toEqual([]);
    expect(met('President Oskar Valberg held in Geneva, a meeting with business leaders.')).toEqual([]);
  });
});

describe('separate meetings with the leaders of listed states', () => {
  it('meets each state, however many', () => {
    expect(
      met(
        'Prime Minister Oskar Valberg held separate bilateral meetings with the leaders of Kenya, Ghana, Togo and Benin on Saturday.',
      ),
    ).toEqual([
      'Benin MET Oskar Valberg',
      'Ghana MET Oskar Valberg',
      'Kenya MET Oskar Valberg',
      'Oskar Valberg MET Togo',
    ]);
  });

  it('meets a state whose leader the article names by name only', () => {
    expect(
      met(
        'Prime Minister Oskar Valberg held separate bilateral meetings with the leaders of Kenya, Ghana, Togo and Benin on Saturday. Valberg and Kenyan President Tamsin Orloff discussed trade.',
      ),
    ).toEqual([
      'Benin MET Oskar Valberg',
      'Ghana MET Oskar Valberg',
      'Oskar Valberg MET Tamsin Orloff',
      'Oskar Valberg MET Togo',
    ]);
  });

  it('links no state when many leaders were met together', () => {
    expect(
      met(
        'Prime Minister Oskar Valberg met the leaders of Kenya, Ghana, Togo, Benin and Mali at the summit.',
      ),
    ).toEqual([]);
  });
});
