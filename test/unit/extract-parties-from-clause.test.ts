// Parties of summonses and meetings read from the clause: a summons without its auxiliary
// ("X's ambassador summoned to the ministry", a headline's passive), an agent cut before a source's
// attribution (", UNN reports"), a ministry owned by a two-word country ("South Korea's Ministry of Foreign
// Affairs"), "met <adverbial> with", counterparts known by their states, "discussions between A, who …, and
// B", "PM" as a title. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('summonses: who summons whom', () => {
  it.each([
    [
      'a headline passive with no auxiliary',
      'Norwegian ambassador summoned to the Chilean Foreign Ministry',
      'The move came after weeks of tension.',
      'Chilean Foreign Ministry SUMMONED Norway',
      'Norway SUMMONED',
    ],
    [
      'an envoy "summoned because of" inside a "with" clause',
      'Row deepens',
      'The envoys of Peru and Denmark were summoned to the Chilean Foreign Ministry, with the Danish ambassador summoned because of a speech.',
      'Chilean Foreign Ministry SUMMONED Denmark',
      'Denmark SUMMONED',
    ],
    [
      'an agent followed by the source that reports it',
      'Row deepens',
      'The ambassadors of Peru and Denmark have been summoned to the Chilean Foreign Ministry, Radio Nord reports, citing officials.',
      'Chilean Foreign Ministry SUMMONED Peru',
      'Radio Nord SUMMONED',
    ],
    [
      'a ministry owned by a two-word country',
      'Row deepens',
      "South Korea's Ministry of Foreign Affairs summoned the Peruvian ambassador on Monday.",
      'South Korean Ministry of Foreign Affairs SUMMONED Peru',
      'Ministry of Foreign Affairs SUMMONED Peru',
    ],
  ])('when %s is told, then the body summoned to summons', (_what, title, body, wanted, unwanted) => {
    const { rels } = run(title, body);
    expect(rels).toContain(wanted);
    expect(rels.filter((r) => r.startsWith(unwanted))).toEqual([]);
  });
});

describe('meetings: who met whom', () => {
  it.each([
    [
      'an adverbial between "met" and "with"',
      'Antony Blinken met on Tuesday 11/3/2025 with his Chilean counterpart Alberto van Klaveren.',
      ['Antony Blinken MET Alberto van Klaveren'],
    ],
    [
      '"met also with"',
      'Antony Blinken met also with his Turkish counterpart Hakan Fidan.',
      ['Antony Blinken MET Hakan Fidan'],
    ],
    [
      'counterparts known only by their states',
      'Antony Blinken met with his counterparts from Tunisia, Comoros, and Thailand.',
      ['Antony Blinken MET Tunisia', 'Antony Blinken MET Comoros', 'Antony Blinken MET Thailand'],
    ],
    [
      '"discussions between A, who …, and B"',
      'Bilateral discussions between President Emmanuel Macron, who is on an official visit to Chile, and President Gabriel Boric were held on Tuesday.',
      ['Emmanuel Macron MET Gabriel Boric'],
    ],
    [
      '"PM" as a title',
      'President Emmanuel Macron and PM Imran Khan held a one-on-one meeting today.',
      ['Emmanuel Macron MET Imran Khan'],
    ],
  ])('when %s is told, then the meeting links the parties', (_what, body, wanted) => {
    const { rels } = run('Talks', body);
    const met = rels.filter((r) => r.includes(' MET '));
    for (const w of wanted) {
      const [a, b] = w.split(' MET ');
      expect(
        met.some((r) => r === w || r === `${b} MET ${a}`),
        `${w} in ${JSON.stringify(met)}`,
      ).toBe(true);
    }
  });
});

describe('arrivals and visits told without the travel words', () => {
  it.each([
    [
      '"reached <place>"',
      'Earlier, President Emmanuel Macron reached Santiago on a two-day official visit on Tuesday.',
      'Emmanuel Macron ARRIVED_IN Santiago',
    ],
    [
      '"arrived here" under a dateline',
      'Santiago, Mar 11: President Emmanuel Macron arrived here on a three-day state visit to Chile.',
      'Emmanuel Macron ARRIVED_IN Santiago',
    ],
    [
      '"the visit of X to P"',
      'It follows the successful visit of President Emmanuel Macron to Chile last year.',
      'Emmanuel Macron VISITED Chile',
    ],
  ])('when %s is told, then the traveller and the place are linked', (_what, body, wanted) => {
    const { rels } = run('Visit', body);
    expect(rels).toContain(wanted);
  });

  it('when "arrived ... on a state visit to Chile" is told, then Chile is visited, not arrived in', () => {
    const { rels } = run('Visit', 'President Emmanuel Macron arrived in Santiago on a state visit to Chile.');
    expect(rels).toContain('Emmanuel Macron VISITED Chile');
    expect(rels).not.toContain('Emmanuel Macron ARRIVED_IN Chile');
  });

  it('when "reached an agreement" is told, then no arrival is read', () => {
    const { d } = run('Deal', 'President Emmanuel Macron reached an agreement with Chile on Tuesday.');
    expect(d.events.filter((e) => e.type === 'arrival')).toEqual([]);
  });
});

describe('relations from what the act implies and from words of opinion', () => {
  it.each([
    [
      'an envoy with a head-of-mission title summoned by a ministry of a two-word country',
      "South Korea's Ministry of Foreign Affairs summoned Chinese Ambassador Xing Haiming on Monday.",
      'Xing Haiming AMBASSADOR_TO South Korea',
    ],
    [
      '"has been harshly critical of"',
      'President Emmanuel Macron has been harshly critical of Israel in recent days.',
      'Emmanuel Macron CRITICIZED Israel',
    ],
    [
      '"described X as “…”"',
      'Emmanuel Macron described Israel as “reckless” on Tuesday.',
      'Emmanuel Macron CRITICIZED Israel',
    ],
    ['"blasts"', 'Emmanuel Macron blasts Israel over the strikes.', 'Emmanuel Macron CRITICIZED Israel'],
  ])('when %s is told, then the relation is read', (_what, body, wanted) => {
    const { rels } = run('News', body);
    expect(rels).toContain(wanted);
  });

  it('when an acting high commissioner is expelled, then no AMBASSADOR_TO is read', () => {
    const { rels } = run(
      'Expelled',
      'Chile expelled six Peruvian diplomats, including Acting High Commissioner Stewart Ross Wheeler, on Monday.',
    );
    expect(rels.filter((r) => r.includes('AMBASSADOR_TO'))).toEqual([]);
  });
});

describe('expulsions of an embassy staff', () => {
  it.each([
    ['a direct object', 'Chile expelled 18 employees of the Peruvian Embassy in Santiago.'],
    [
      '"announced the decision to expel"',
      'Chile announced the decision to expel 18 employees of the Peruvian Embassy.',
    ],
  ])('when %s names the embassy, then its state is expelled by the expelling state', (_what, body) => {
    const { rels } = run('Expelled', body);
    expect(rels).toContain('Chile EXPELLED Peru');
    expect(rels.filter((r) => r.includes('EXPELLED Peruvian Embassy'))).toEqual([]);
  });
});
