// Persons named right after a long role (server/src/extract/entities/name-positions.ts, name-shapes.ts,
// TITLE_WORDS in lexicon.ts), on invented names no lexicon holds: a role head with two or three
// complements ("Minister of Foreign Affairs of Ghana X"), an envoy's brief set off by commas ("envoy on
// Libya stabilisation, X,") and a member of parliament ("Labour MP X"). Negatives: the role alone, a body,
// a place or a unit after the role.
import { describe, expect, it } from 'vitest';
import { extractChecked, metPairs } from '../helpers/extract-text.js';

const persons = (title: string, body: string) =>
  extractChecked(title, body)
    .names.filter((n) => n.startsWith('Person '))
    .map((n) => n.slice('Person '.length));

describe('persons after a long role', () => {
  it('when a name follows a role with two or three complements, then it is a person', () => {
    expect(
      persons(
        'Talks',
        'Minister of Foreign Affairs of Ghana Tovar Kembali met Kenyan President William Ruto.',
      ),
    ).toContain('Tovar Kembali');
    expect(
      persons(
        'Visit',
        'On Friday, the Ambassador of Peru to Japan Rasko Denvil called on the foreign minister.',
      ),
    ).toContain('Rasko Denvil');
    expect(
      persons('Trade', 'The talks were led by Secretary of Commerce for Industry and Security Dorrit Vane.'),
    ).toContain('Dorrit Vane');
    expect(
      persons('Trade', 'Deputy Minister of Trade of Vietnam Lanh Ostrava, said exports rose.'),
    ).toContain('Lanh Ostrava');
  });

  it('when the person after a long role meets someone, then the meeting is his, not his state’s', () => {
    expect(
      metPairs(
        'Talks',
        'Minister of Foreign Affairs of Ghana Tovar Kembali met Kenyan President William Ruto.',
      ),
    ).toEqual(['Tovar Kembali MET William Ruto']);
  });

  it('when the role is an envoy’s full title ("Ambassador Extraordinary and Plenipotentiary"), then the name after its fields is a person who holds the post and meets (session 40)', () => {
    expect(
      persons(
        'Talks',
        'On Monday the Ambassador Extraordinary and Plenipotentiary of Peru to Japan Rasko Denvil met in Tokyo with Deputy Minister Tovar Kembali.',
      ),
    ).toContain('Rasko Denvil');
    expect(
      metPairs(
        'Talks',
        'On Monday the Ambassador Extraordinary and Plenipotentiary of Peru to Japan Rasko Denvil met in Tokyo with Deputy Minister Tovar Kembali.',
      ),
    ).toEqual(['Rasko Denvil MET Tovar Kembali']);
    expect(
      persons(
        'Envoy',
        'The Ambassador Extraordinary and Plenipotentiary to Chile Dorrit Vane arrived on Friday.',
      ),
    ).toContain('Dorrit Vane');
  });

  it('when the full title is followed by its fields and a body, a place or nothing, then no person is made (session 40)', () => {
    expect(
      persons('Talks', 'The Ambassador Extraordinary and Plenipotentiary of Peru to Japan met the minister.'),
    ).toEqual([]);
    expect(
      persons(
        'Talks',
        'The Ambassador Extraordinary and Plenipotentiary of Ethiopia to Pakistan Cricket Board visited.',
      ),
    ).toEqual([]);
    expect(
      persons(
        'Talks',
        'The Ambassador Extraordinary and Plenipotentiary of Kenya to Uganda Kampala visited.',
      ),
    ).toEqual([]);
  });

  it('when an envoy’s brief is set off by commas before the name, then the name is a person', () => {
    expect(
      persons('Envoy', 'Italy’s special envoy on Libya stabilisation, Tarvo Kessandri, arrived in Benghazi.'),
    ).toContain('Tarvo Kessandri');
    expect(
      persons('Envoy', 'The envoy for Middle East peace, Rasko Denvil, said talks would resume.'),
    ).toContain('Rasko Denvil');
  });

  it('when a name follows "MP" or "MEP", then it is a person', () => {
    expect(persons('Vote', 'SLPP MP Tovar Kembali has criticized the government.')).toContain(
      'Tovar Kembali',
    );
    expect(persons('Vote', 'Independent MEP Sorcha Nialland met the commissioner.')).toContain(
      'Sorcha Nialland',
    );
  });

  it('when no name follows the role, or a body, a place or a unit does, then no person is made', () => {
    expect(persons('Talks', 'The Minister of Foreign Affairs of Ghana met the Kenyan envoy.')).toEqual([]);
    expect(
      persons('Talks', 'The Ambassador of Ethiopia to the United Nations General Assembly spoke on Monday.'),
    ).toEqual([]);
    expect(persons('Talks', 'The Ambassador of Ethiopia to Pakistan Cricket Board visited.')).toEqual([]);
    expect(
      persons('Talks', 'He met the Minister of State for Trade of Uganda Mbarara Municipality officials.'),
    ).toEqual([]);
    expect(persons('Talks', 'The Minister of Trade of Kenya Nairobi visited on Monday.')).toEqual([]);
  });
});
