// Meeting shapes of session 28: greetings and welcomes given to a person (meeting-greetings.ts), a greeting
// that was a done trip's purpose, a hyphenated pair of surnames before a meeting noun (meeting-name-pairs.ts)
// and a headline's present "calls on". Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { meetingCount, metPairs } from '../helpers/extract-text.js';

const title = 'Leaders gather';
const met = (body: string, head = title) => metPairs(head, body);
const meetings = (body: string, head = title) => meetingCount(head, body);

describe('a greeting given to a person', () => {
  it('is a meeting, active or passive', () => {
    expect(
      met('President Oskar Valberg greeted Prime Minister Tamsin Orloff at the airport on Friday.'),
    ).toEqual(['Oskar Valberg MET Tamsin Orloff']);
    expect(
      met('Prime Minister Tamsin Orloff was greeted at the airport by President Oskar Valberg on Friday.'),
    ).toEqual(['Oskar Valberg MET Tamsin Orloff']);
  });

  it('is a meeting when told as a welcome given or accorded', () => {
    expect(
      met(
        'President Oskar Valberg gave a warm welcome to Prime Minister Tamsin Orloff at the palace on Friday.',
      ),
    ).toEqual(['Oskar Valberg MET Tamsin Orloff']);
    expect(
      met(
        'Prime Minister Tamsin Orloff was accorded a red-carpet welcome at the palace by President Oskar Valberg on Friday.',
      ),
    ).toEqual(['Oskar Valberg MET Tamsin Orloff']);
  });

  it('is a meeting when it was the purpose of a trip told as done', () => {
    expect(
      met(
        'President Oskar Valberg led a delegation to the airport to greet Deputy Prime Minister Tamsin Orloff on Saturday.',
      ),
    ).toEqual(['Oskar Valberg MET Tamsin Orloff']);
    expect(
      met('Speaker Radomir Kesk led a parliamentary delegation to meet President Oskar Valberg on Thursday.'),
    ).toEqual(['Oskar Valberg MET Radomir Kesk']);
  });

  it('is none when planned, when no person is greeted, or when the trip is only expected', () => {
    expect(
      met('President Oskar Valberg will go to the airport to greet Prime Minister Tamsin Orloff on Friday.'),
    ).toEqual([]);
    expect(met('President Oskar Valberg was greeted by a military guard of honour at the airport.')).toEqual(
      [],
    );
    expect(
      met(
        'President Oskar Valberg is expected to travel to the capital to meet Prime Minister Tamsin Orloff.',
      ),
    ).toEqual([]);
    expect(meetings('President Oskar Valberg greeted the decision with caution on Friday.')).toBe(0);
  });
});

describe('a hyphenated pair of surnames before a meeting noun', () => {
  it('is the two persons the article names', () => {
    expect(
      met(
        'President Oskar Valberg praised Prime Minister Tamsin Orloff for her leadership. The Valberg-Orloff summit in the capital ended without a deal on Monday.',
      ),
    ).toEqual(['Oskar Valberg MET Tamsin Orloff']);
  });

  it('is no one when a part names no person of the article', () => {
    expect(
      met(
        'President Oskar Valberg praised Prime Minister Tamsin Orloff for her leadership. The Russia-Ukraine talks ended without a deal on Monday.',
      ),
    ).toEqual([]);
  });
});

describe('a headline\'s present "calls on"', () => {
  const body =
    'President Oskar Valberg and Prime Minister Tamsin Orloff spoke about energy and transport, the office said on Monday.';
  it('is a call paid', () => {
    expect(met(body, 'Valberg calls on Orloff in the capital')).toEqual(['Oskar Valberg MET Tamsin Orloff']);
  });
  it('is an appeal before "to" or "for"', () => {
    expect(met(body, 'Valberg calls on Orloff to end the conflict')).toEqual([]);
    expect(met(body, 'Valberg calls on Orloff, Kesk for peace')).toEqual([]);
  });
});

describe('a meal held with a person', () => {
  it('is a meeting ("held a working lunch with", "had lunch together")', () => {
    expect(
      met('Foreign Minister Tamsin Orloff held a working lunch with President Oskar Valberg on Tuesday.'),
    ).toEqual(['Oskar Valberg MET Tamsin Orloff']);
    expect(
      met('Foreign Minister Tamsin Orloff and President Oskar Valberg had lunch together on Tuesday.'),
    ).toEqual(['Oskar Valberg MET Tamsin Orloff']);
  });

  it('is none when planned', () => {
    expect(
      met('Foreign Minister Tamsin Orloff will have lunch with President Oskar Valberg on Tuesday.'),
    ).toEqual([]);
  });
});
