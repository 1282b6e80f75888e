// Name shapes of naming traditions met in session 26, on invented text: a Vietnamese full name whose
// syllables the lexicon knows as English words ("Bui Thanh Son", "Do Hung Viet"), and an Arabic given name
// that is a common word before "Bin" ("Said Bin Mohammad …"), read by entities/name-cultures.ts.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const persons = (d: ReturnType<typeof extract>) => namesOf(d, 'Person');

describe('Vietnamese full names', () => {
  it('when a list names Vietnamese officials with common-word syllables, then each is a person', () => {
    const d = extract(
      [
        'Delegation arrives',
        'The talks were attended by Bui Thanh Son, Vu Duc Dam and Do Hung Viet, officials said.',
      ].join('\n'),
    );
    expect(persons(d)).toEqual(expect.arrayContaining(['Bui Thanh Son', 'Vu Duc Dam', 'Do Hung Viet']));
  });

  it('when a Vietnamese name opens a sentence with the family name "Le", then the name is whole', () => {
    const d = extract(
      ['Envoy named', 'Le Hoai Trung said Vietnam would send a delegation to Oslo.'].join('\n'),
    );
    expect(persons(d)).toContain('Le Hoai Trung');
    expect(persons(d)).not.toContain('Hoai Trung');
  });

  it('when a place is named after a Vietnamese family name, then it is no person', () => {
    const d = extract(['Trade fair', 'The fair opened in Ho Chi Minh City on Monday.'].join('\n'));
    expect(persons(d)).not.toContain('Ho Chi Minh');
  });
});

describe('Arabic names with a patronymic', () => {
  it('when a given name that is a common word opens the name before "Bin", then it is part of it', () => {
    const d = extract(
      [
        'Minister visits',
        'Said Bin Mohammad Bin Ali Al Buru’umi, the Omani minister of labour, said the talks were useful.',
        'The delegation was later received by Salman Bin Hamad.',
      ].join('\n'),
    );
    expect(persons(d)).toContain('Said Bin Mohammad Bin Ali Al Buru’umi');
    expect(persons(d)).toContain('Salman Bin Hamad');
  });
});

describe('Spanish and Portuguese name particles', () => {
  it('when a name holds "del", "y" or "dos", then the name is whole', () => {
    const d = extract(
      [
        'Envoys meet',
        'Ana María Pérez del Río met Carlos Alvarado y Quesada and José Eduardo dos Santos in Lima.',
      ].join('\n'),
    );
    expect(persons(d)).toEqual(
      expect.arrayContaining([
        'Ana María Pérez del Río',
        'Carlos Alvarado y Quesada',
        'José Eduardo dos Santos',
      ]),
    );
  });
});

describe('"Sheikh" before a lone name', () => {
  it('when "Sheikh" comes before a lone name and no fuller name is given, then it is the name', () => {
    const d = extract(
      ['Leaders meet', 'Bangladesh Prime Minister Sheikh Hasina met Modi in Delhi.'].join('\n'),
    );
    expect(persons(d)).toContain('Sheikh Hasina');
    expect(persons(d)).not.toContain('Hasina');
  });

  it('when the fuller name is given, then "Sheikh" and the given name refer to it', () => {
    const d = extract(
      [
        'Emir visits',
        'Sheikh Tamim bin Hamad Al Thani arrived in Doha. Sheikh Tamim said the talks went well.',
      ].join('\n'),
    );
    expect(persons(d)).toEqual(['Tamim bin Hamad Al Thani']);
  });
});

describe('a demonym, titles and their field before a name', () => {
  it('when a demonym opens a title whose field follows "for", then the field is no body', () => {
    const d = extract(
      [
        'Minister arrives',
        'The president greeted Omani Deputy Prime Minister for International Cooperation Asaad Bin Tariq at the airport.',
      ].join('\n'),
    );
    expect(namesOf(d, 'Organization')).toEqual([]);
    expect(persons(d)).toContain('Asaad Bin Tariq');
  });
});
