// A quotation opening its line right after a line that ends in a colon and names who speaks
// (quotes/colon-line.ts): "Name, role:" (an apposition only), "Title Name, responsible for A, B and C,
// said:" (the name that opens the line, not one inside its apposition), "In the statement, …, the ministry
// states:" (the subject of the last clause). Not a place, not a line whose apposition has a clause of its
// own, not a line that only names a topic, and not a name in quotation marks. Every sentence here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

const article = (body: string) => extract(`Envoy summoned in Vilnius\n\n${body}`);

describe('a colon line that introduces the speaker of the next line', () => {
  it('an apposition only: the name opening the line', () => {
    const doc = article(
      'The Lithuanian Foreign Ministry summoned the ambassador of Belarus on Friday.\n\n' +
        'Tomas Varnas, Head of Press and Public Diplomacy, spokesman for the Lithuanian Foreign Ministry:\n\n' +
        '“This is a grave provocation and we have demanded an explanation from Minsk.”',
    );
    expect(speakerOf(doc, 'This is a grave')).toBe('Tomas Varnas');
  });

  it('a name with a long apposition and a verb of saying: the name, not one inside the apposition', () => {
    const doc = article(
      'The commission published its register of travel bans on Tuesday.\n\n' +
        'Commissioner Ingrid Solberg, responsible for trade, competition and the Digital Markets Office said:\n\n' +
        '“Our citizens have a right to know who is subject to these bans.”',
    );
    expect(speakerOf(doc, 'Our citizens')).toBe('Ingrid Solberg');
  });

  it('the subject of the last clause, after a lead phrase holding a title in quotation marks', () => {
    const doc = article(
      'The Estonian Foreign Ministry issued a statement on Sunday.\n\n' +
        'In the statement, entitled “On the Incident at the Border”, the Estonian Foreign Ministry states:\n\n' +
        '“We condemn the incident in the strongest terms.”',
    );
    expect(speakerOf(doc, 'We condemn')).toBe('Estonian Foreign Ministry');
  });

  it('not a place, nor a line that only names a topic', () => {
    expect(
      speakerOf(
        article(
          'Several capitals reacted on Monday.\n\nLatvia, Lithuania and Estonia:\n\n“We stand with our neighbours.”',
        ),
        'We stand',
      ),
    ).not.toBe('Latvia');
    expect(
      speakerOf(
        article(
          'The talks went on for hours.\n\nThe key points of the agreement:\n\n“Trade will resume in May.”',
        ),
        'Trade will',
      ),
    ).toBeUndefined();
  });

  it('not a name whose apposition has a clause of its own', () => {
    const doc = article(
      'The embassy closed on Monday.\n\n' +
        'Marta Kalnina, who met the ambassador on Friday, and the deputy minister:\n\n' +
        '“We were not informed of any of this.”',
    );
    expect(speakerOf(doc, 'We were not')).not.toBe('Marta Kalnina');
  });
});
