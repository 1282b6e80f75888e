// Unknown names set off after a title with a long field or a bracketed qualifier (session 32, issue 9,
// entities/field-set-off.ts): "the Minister of Foreign Affairs, African Cooperation, and Moroccans Abroad, X.",
// "Secretary (East), X", "Cabinet Secretary (CS) X,". Negatives: a body, a place or a day in the name's place,
// a name not closed by a comma or the sentence's end, no title before the field.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const persons = (s: string) =>
  extract(`Talks resume\n${s}`)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('a name set off after a title with a long field', () => {
  it.each([
    [
      'The ceremony was attended by the Minister of Foreign Affairs, Regional Cooperation, and Citizens Abroad, Talvo Merisk.',
      'Talvo Merisk',
    ],
    [
      'Also present were the Director General for Central Europe and the Balkans, Orvek Dranmil; and others.',
      'Orvek Dranmil',
    ],
    ['He met the Minister for Trade, Industry and Tourism, Kelvo Marandu, on Monday.', 'Kelvo Marandu'],
    ['Talks were held with the Commissioner for Peace and Security, Bankole Adeoye.', 'Bankole Adeoye'],
    [
      'Ministers spoke with the High Representative for Foreign Affairs and Security Policy, Jarno Veskell. They agreed.',
      'Jarno Veskell',
    ],
    ['The visitor was received at the airport by Secretary (East), Vantrel Oduya.', 'Vantrel Oduya'],
    ['The ministry, led by Cabinet Secretary (CS) Musondo Karaba, defended the decision.', 'Musondo Karaba'],
    ['The Deputy Secretary-General (Political), Harun Besto, will lead the talks.', 'Harun Besto'],
  ])('when %s, then the name is a person', (s, name) => {
    expect(persons(s)).toContain(name);
  });

  it('when a body, a place or a day stands there, then no person is made', () => {
    expect(persons('The Minister of Trade, Industry and Tourism, Harbour Bank said.')).toEqual([]);
    expect(
      persons('She is Chair of the Committee on Foreign Affairs, Defence and Trade, Wellington.'),
    ).toEqual([]);
    expect(persons('The Minister for Culture, Youth and Sports, Tuesday Morning said.')).toEqual([]);
  });

  it('when no title opens the field, or the name runs on, then the position gives no person', () => {
    expect(persons('The Office of Trade, Industry and Tourism, Kelvo Marandu.')).toEqual([]);
    expect(persons('The Minister for Trade, Industry and Tourism, Kelvo Marandu programme was cut.')).toEqual(
      [],
    );
    expect(persons('Shares rose at the fund (Trade), Korvel Dastra.')).toEqual([]);
  });
});
