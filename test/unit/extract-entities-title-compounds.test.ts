// A single capitalised word after a title that is no surname (entities/title-compounds.ts), on invented
// text: the rest of a compound "State" opens ("the State Banquet", "officials of State Protocol"), an English
// noun or adjective ending ("the coming General Election", "Minister Responsible for Trade"), a title not yet
// taken up ("Ambassadors Designate"); a surname after a title ("President Ruto", "General Petraeus",
// "Chancellor Merkel") is still a person.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const doc = (...lines: string[]) => extract(lines.join('\n'));

describe('a single word after a title that is no surname', () => {
  it('when "State" opens a compound, then the word after it is no person', () => {
    const d = doc(
      'Visitor welcomed',
      'At the State Banquet, the guests were greeted by officials of State Protocol.',
      'Later he was sworn in as Minister of State Enterprises at a short ceremony.',
    );
    expect(namesOf(d, 'Person')).toEqual([]);
  });

  it('when the word ends as an English noun or adjective does, then it is no person', () => {
    const d = doc(
      'Vote set for May',
      'The party is preparing for the coming General Election, an aide said on Monday.',
      'Rania Haddad, Minister Responsible for Trade, met the delegation. A Colonel Commission was named.',
    );
    const persons = namesOf(d, 'Person');
    for (const w of ['Election', 'Responsible', 'Commission']) expect(persons).not.toContain(w);
    expect(persons).toContain('Rania Haddad');
  });

  it('when "Designate" or "Elect" follows a title, then it is no person', () => {
    const d = doc(
      'Envoys present letters',
      'The president received Ambassadors Designate from four countries and congratulated the President Elect.',
    );
    expect(namesOf(d, 'Person')).toEqual([]);
  });

  it('when a surname follows a title, then it is still a person', () => {
    const d = doc(
      'Leaders meet',
      'President Ruto met Chancellor Merkel in Berlin, and General Petraeus joined them later.',
    );
    const persons = namesOf(d, 'Person');
    for (const w of ['Ruto', 'Merkel', 'Petraeus']) expect(persons).toContain(w);
  });
});
