// The states an expulsion names in lists (session 14): members named by whose they are ("ten ambassadors,
// including those of A and B"), a quantity before each demonym ("four German and 13 Ukrainian diplomats"),
// a count before each country ("13 from A, four from B"), a count after each ("A – 1, B – 2"), "their
// diplomats" after a list of states, "ordered X be declared persona non grata", and a list told in the
// next sentences or one country a line after a colon. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const title = 'Norway expels diplomats';
const expelledBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} EXPELLED `)).map((r) => r.slice(`${by} EXPELLED `.length));

describe('expelled states listed inside the clause', () => {
  it('when "ten ambassadors, including those of A and B" are expelled, then A and B are', () => {
    const { rels } = run(
      title,
      'Norway on Monday expelled ten ambassadors, including those of Chile and Peru.',
    );
    expect(expelledBy(rels, 'Norway')).toEqual(expect.arrayContaining(['Chile', 'Peru']));
  });

  it('when "including the envoys from A and B" follows the group, then A and B are expelled', () => {
    const { rels } = run(
      title,
      'Norway on Monday expelled six diplomats, including the envoys from Chile and Peru.',
    );
    expect(expelledBy(rels, 'Norway')).toEqual(expect.arrayContaining(['Chile', 'Peru']));
  });

  it('when X is "ordered … to leave" with an inclusion aside, then the states of the aside are expelled', () => {
    const { rels } = run(
      title,
      'Norway has ordered eight ambassadors, including those from Chile and Peru, to leave the country.',
    );
    expect(expelledBy(rels, 'Norway')).toEqual(expect.arrayContaining(['Chile', 'Peru']));
  });

  it('when each demonym has its own count, then every state is expelled', () => {
    const { rels } = run(
      title,
      'Norway on Monday expelled four Chilean, two Peruvian and 13 Bolivian diplomats.',
    );
    expect(expelledBy(rels, 'Norway')).toEqual(expect.arrayContaining(['Chile', 'Peru', 'Bolivia']));
  });

  it('when a country without a demonym stands among demonyms, then the list goes on past it', () => {
    const { rels } = run(title, 'Norway on Monday expelled Chilean, New Zealand and Bolivian diplomats.');
    expect(expelledBy(rels, 'Norway')).toEqual(expect.arrayContaining(['Chile', 'New Zealand', 'Bolivia']));
  });

  it('when each country follows its own count ("13 from A, four from B"), then every one is expelled', () => {
    const { rels } = run(
      title,
      'Norway on Monday expelled 13 diplomats from Chile, four from Peru and three from Bolivia.',
    );
    expect(expelledBy(rels, 'Norway')).toEqual(expect.arrayContaining(['Chile', 'Peru', 'Bolivia']));
  });

  it('when a colon list gives each country a count after it ("A – 1, B – 2"), then every one is expelled', () => {
    const { rels } = run(
      title,
      'Norway expelled diplomats from five countries: Chile – 1, Peru – 2, Bolivia – 4 and Ecuador – 3.',
    );
    expect(expelledBy(rels, 'Norway')).toEqual(
      expect.arrayContaining(['Chile', 'Peru', 'Bolivia', 'Ecuador']),
    );
  });

  it('when a colon list counts before each ("one from A, two from B"), then every one is expelled', () => {
    const { rels } = run(
      title,
      'Norway expelled diplomats from five countries: one from Chile, two from Peru and four from Bolivia.',
    );
    expect(expelledBy(rels, 'Norway')).toEqual(expect.arrayContaining(['Chile', 'Peru', 'Bolivia']));
  });

  it('when "their diplomats" are expelled after a list of states, then those states are', () => {
    const { rels } = run(
      title,
      'The ambassadors of Chile, Peru and Bolivia were summoned to the ministry, where they were told that Norway was expelling their diplomats.',
    );
    expect(expelledBy(rels, 'Norway')).toEqual(expect.arrayContaining(['Chile', 'Peru', 'Bolivia']));
  });

  it('when a person "ordered X be declared persona non grata", then that person expels X', () => {
    const { rels } = run(
      title,
      'President Rufus Firefly said he had ordered five ambassadors, including those from Chile and Peru, be declared persona non grata.',
    );
    expect(rels).toEqual(
      expect.arrayContaining(['Rufus Firefly EXPELLED Chile', 'Rufus Firefly EXPELLED Peru']),
    );
  });
});

describe('expelled states listed after the expulsion', () => {
  it('when "The countries are A, B and C" follows "from 18 countries", then they are expelled', () => {
    const { rels, ruleOf } = run(
      title,
      'Norway on Monday expelled 40 diplomats from 18 countries. The countries are Chile, Peru and Bolivia.',
    );
    expect(expelledBy(rels, 'Norway')).toEqual(expect.arrayContaining(['Chile', 'Peru', 'Bolivia']));
    expect(ruleOf('Norway EXPELLED Peru')).toBe('events/expulsions:list');
  });

  it('when "The ambassadors of A and B were summoned" follows, then A and B are expelled', () => {
    const { rels } = run(
      title,
      'Norway said it would expel diplomats from countries that had expelled its own. The heads of diplomatic missions of Chile, Peru and Bolivia were summoned.',
    );
    expect(expelledBy(rels, 'Norway')).toEqual(expect.arrayContaining(['Chile', 'Peru', 'Bolivia']));
  });

  it('when the listed states act themselves ("had expelled …"), then they are not the expelled', () => {
    const { rels } = run(
      title,
      'Norway on Monday expelled diplomats from several countries. The countries, including Chile, Peru and Bolivia, had expelled Norwegian diplomats last week.',
    );
    expect(expelledBy(rels, 'Norway')).not.toContain('Peru');
  });

  it('when the expulsion named whom it expelled, then a later list of envoys is no list of the expelled', () => {
    const { rels } = run(
      title,
      'Norway expelled two diplomats from the Chilean embassy. The ambassadors of Peru and Bolivia were summoned.',
    );
    expect(expelledBy(rels, 'Norway')).not.toContain('Peru');
  });

  it('when one country a line follows "from the following countries:", then each is expelled', () => {
    const { rels, ruleOf } = run(
      title,
      'Norway on Friday said it would expel diplomats from the following countries in response to the expulsion of its own diplomats last week:\nChile – 1\nPeru – 2\nBolivia – 4\nThe ministry said the diplomats must leave the country within seven days and warned that further measures could follow.',
    );
    expect(expelledBy(rels, 'Norway')).toEqual(expect.arrayContaining(['Chile', 'Peru', 'Bolivia']));
    expect(ruleOf('Norway EXPELLED Bolivia')).toBe('events/expulsions:lines');
  });
});
