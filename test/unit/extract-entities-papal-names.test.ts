// A pope is named with the title and the regnal name ("Pope Francis", "Pope Leo XIV"), the bare name an
// alias (entities/papal-names.ts); a surname "Pope" or a lower-case "pope" changes no one's name. Session
// 31; every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const persons = (body: string) => namesOf(extract(`Visit to Rome\n\n${body}`), 'Person');

describe('a pope named by the title', () => {
  it('keeps the title in the name, with a regnal numeral or two words', () => {
    expect(
      persons('The prime minister met Pope Francis at the Vatican on Monday. Francis spoke of peace.'),
    ).toEqual(['Pope Francis']);
    expect(persons('Pope Leo XIV received the envoys in Rome on Sunday.')).toEqual(['Pope Leo XIV']);
    expect(persons('Pope Benedict XVI resigned in 2013, the archive shows.')).toEqual(['Pope Benedict XVI']);
    expect(persons('The late Pope John Paul II visited Poland in 1979.')).toEqual(['Pope John Paul II']);
  });

  it('leaves persons with no title "Pope" before them alone', () => {
    expect(persons('Cardinal Pietro Parolin met Italian President Sergio Mattarella on Monday.')).toEqual([
      'Pietro Parolin',
      'Sergio Mattarella',
    ]);
    expect(persons('The pope met Francis Mwangi, a Kenyan priest, on Monday.')).toEqual(['Francis Mwangi']);
  });
});
