// A weekday right after a person's name, with no "on" (US news style: "received X Tuesday"), is a date,
// never the name's last part, even when the surname is also a first name ("Gustavo Petro Tuesday"); a
// month after a first name that opens the name stays a surname ("Theresa May"). Session 31; every sentence
// here is written for the test.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const persons = (raw: string) => namesOf(extract(raw), 'Person');

describe('a weekday after a name', () => {
  it('is no part of a name whose surname is also a first name', () => {
    expect(
      persons(
        'Leaders meet in Bogota\n\nColombian President Ivan Petro received his Ecuadorian counterpart Daniel Noboa Tuesday in Bogota.',
      ),
    ).toEqual(['Ivan Petro', 'Daniel Noboa']);
    expect(
      persons(
        'Talks in Kyiv\n\nThe minister met Ukrainian envoy Oleksandr Petro Friday in Kyiv to discuss grain.',
      ),
    ).toEqual(['Oleksandr Petro']);
  });

  it('is no surname right after a first name either', () => {
    expect(
      persons('Envoy summoned\n\nThe ministry summoned Ambassador Robert Thomas Monday over the remarks.'),
    ).toEqual(['Robert Thomas']);
  });

  it('leaves a month after an opening first name as the surname', () => {
    expect(
      persons(
        'Brexit talks\n\nBritish Prime Minister Theresa May met the EU negotiator on Monday in Brussels.',
      ),
    ).toEqual(['Theresa May']);
  });

  it('reads a month after a full name as a date', () => {
    expect(
      persons('Visit planned\n\nThe president will receive Gustavo Petro May 3 in Caracas, officials said.'),
    ).toEqual(['Gustavo Petro']);
  });
});
