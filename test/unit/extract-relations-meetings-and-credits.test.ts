// Relations and events, on sentences written for the test: a meeting read only from the
// persons a sentence names around its trigger links each of two or three of them; travel verbs make
// arrivals; more verbs of meeting; statements issued in more shapes; an outlet credited at a sentence's
// end. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('meetings read from the persons named around them', () => {
  it('links every pair of three persons named in a summit sentence', () => {
    const r = run(
      'Border talks',
      'The talks of Kim Jong-un, Moon Jae-in and Donald Trump at the border village ended on Monday.',
    );
    const met = r.rels.filter((x) => / MET /.test(x));
    expect(met).toHaveLength(3);
    for (const x of met) expect(r.ruleOf(x)).toBe('events/meetings:co-mention');
  });

  it('links only the first two of four or more', () => {
    const r = run(
      'Border talks',
      'The talks of Kim Jong-un, Moon Jae-in, Shinzo Abe and Donald Trump at the border village ended on Monday.',
    );
    expect(r.rels.filter((x) => / MET /.test(x))).toEqual(['Kim Jong-un MET Moon Jae-in']);
  });
});

describe('arrivals told by a verb of travel', () => {
  it.each([
    ['travelled to', 'US Secretary of State Antony Blinken travelled to Beijing on Sunday.'],
    ['flew to', 'Indian Prime Minister Narendra Modi flew to Tokyo on Monday for talks.'],
    ['a present tense', 'German Chancellor Olaf Scholz heads to Kyiv for talks.'],
  ])('%s', (_, body) => {
    const r = run('Travel news', body);
    expect(r.events('arrival')).toHaveLength(1);
    expect(r.rels.find((x) => / ARRIVED_IN /.test(x))).toBeDefined();
    expect(r.ruleOf(r.rels.find((x) => / ARRIVED_IN /.test(x))!)).toBe('events/arrivals-visits:travelled-to');
  });

  it('not a plan, nor a way back home', () => {
    expect(run('Travel news', 'Antony Blinken will travel to Beijing next week.').events('arrival')).toEqual(
      [],
    );
    expect(run('Travel news', 'Antony Blinken flew back to Washington on Sunday.').events('arrival')).toEqual(
      [],
    );
  });
});

describe('meetings told by more verbs', () => {
  it.each([
    ['talked with', 'Russian President Vladimir Putin talked with Chinese President Xi Jinping in Moscow.'],
    ['A and B discussed', 'Sergei Lavrov and Antony Blinken discussed bilateral ties in Geneva on Monday.'],
    ['discussed a topic with', 'Sergei Lavrov discussed the grain deal with Antony Blinken in Geneva.'],
    ['gathered with', 'Sergei Lavrov gathered with Antony Blinken in Geneva.'],
    ['exchanged views with', 'Sergei Lavrov exchanged views with Antony Blinken in Geneva.'],
  ])('%s', (_, body) => {
    const r = run('Talks in Geneva', body);
    expect(r.events('meeting')).toHaveLength(1);
    expect(r.rels.filter((x) => / MET /.test(x))).toHaveLength(1);
  });

  it.each([
    [
      'paid a courtesy call on',
      'Ambassador Sohail Mahmood paid a courtesy call on Foreign Minister Sergei Lavrov in Moscow.',
    ],
    ['called on', 'Ambassador Sohail Mahmood called on Foreign Minister Sergei Lavrov in Moscow.'],
  ])('a courtesy call: %s', (_, body) => {
    const r = run('Envoy in Moscow', body);
    expect(r.events('meeting')).toHaveLength(1);
    expect(r.rels).toContain('Sergei Lavrov MET Sohail Mahmood');
  });

  it('not a call on someone to act, nor a phone conversation', () => {
    expect(run('Talks', 'Sergei Lavrov called on the West to stop.').events('meeting')).toEqual([]);
    const r = run('Talks', 'Sergei Lavrov had a phone conversation with Antony Blinken.');
    expect(r.events('meeting')).toEqual([]);
    expect(r.events('phone-call')).toHaveLength(1);
  });

  it('not a discussion with reporters', () => {
    expect(run('Talks', 'Sergei Lavrov discussed the war with reporters.').events('meeting')).toEqual([]);
  });
});

describe('statements issued', () => {
  it.each([
    [
      'said the ministry in a statement',
      'The talks were useful, said the South Korean Foreign Ministry in a statement.',
    ],
    [
      "according to the ministry's statement",
      "According to the Chinese Foreign Ministry's statement, the talks lasted an hour.",
    ],
    ['a readout', 'The Kremlin said in a readout of the call that the talks were useful.'],
    [
      'issued by X, then a date',
      'The statement issued by the Chinese Foreign Ministry on Monday said the talks were useful.',
    ],
    [
      'released by X, any verb',
      'A statement released by the Chinese Foreign Ministry called the move regrettable.',
    ],
    [
      'X, in its statement, called',
      'The Chinese Foreign Ministry, in its statement, called the move regrettable.',
    ],
    ["X's statement called", "The Chinese Foreign Ministry's statement called the move regrettable."],
    [
      'a X statement on Monday',
      'A Chinese Foreign Ministry statement on Monday called the move regrettable.',
    ],
    ['X condemned … in a statement', 'The Chinese Foreign Ministry condemned the move in a statement.'],
    ['X made a statement', 'The Chinese Foreign Ministry made a statement on the move.'],
  ])('%s', (_, body) => {
    const r = run('Talks', body);
    expect(r.events('statement')).toHaveLength(1);
    expect(r.name(r.events('statement')[0]!.participants[0]!.entity)).toMatch(/Kremlin|Foreign Ministry/);
  });

  it('not a statement someone answers, nor one a role issued when the role names no one', () => {
    expect(run('Talks', 'Wang Yi responded to the US statement.').events('statement')).toEqual([]);
    expect(
      run('Talks', 'The statement released by the UK Foreign Secretary said the mission is safe.').events(
        'statement',
      ),
    ).toEqual([]);
  });
});

describe('an outlet credited at the end of a sentence', () => {
  it('the speaker of the sentence is QUOTED_BY the outlet after "according to"', () => {
    const r = run(
      'Envoy summoned',
      'The German Foreign Ministry summoned the envoy. "We regret this," the statement said, according to Reuters.',
    );
    expect(r.rels).toContain('German Foreign Ministry QUOTED_BY Reuters');
    expect(r.ruleOf('German Foreign Ministry QUOTED_BY Reuters')).toBe(
      'relations/sources:according-to-outlet',
    );
  });
});

describe('visits to several places', () => {
  it.each([
    ['a visit to a list', 'Indian Prime Minister Narendra Modi is on a visit to Japan and South Korea.'],
    ['toured', 'Indian Prime Minister Narendra Modi toured Japan and South Korea last week.'],
    ['a tour of', 'Prime Minister Narendra Modi began a tour of Japan and South Korea on Monday.'],
  ])('%s: VISITED each', (_, body) => {
    const r = run('Tour of Asia', body);
    expect(r.rels).toEqual(
      expect.arrayContaining(['Narendra Modi VISITED Japan', 'Narendra Modi VISITED South Korea']),
    );
    // One visit per destination (visit-destinations.ts: the real pages' gold tells each its own visit).
    expect(r.events('visit')).toHaveLength(2);
  });
});
