// Persons whose names the lexicon knows only as places: a given name of a short list before a surname
// ("Israel Katz", "Santiago Peña", "Jordan Bardella"), and a one-word place ending a name after a first
// name ("Ahmed Salem", "Mohamed Lima") are persons, not a place and a lost name; the place itself stays a
// place where it is one ("in Paris Aichatou Kane", "Israel said", "Jordan Valley", "Will Russia …")
// (entities/name-cultures.ts). Invented text.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const page = (sentence: string) =>
  extract(['Regional news', `${sentence} Officials said the talks would go on next week.`].join('\n'));

describe("a place's name that is a person's name word", () => {
  it.each([
    ['Foreign Minister Israel Katz said the ambassador would be recalled for consultations.', 'Israel Katz'],
    ['The party is led by Jordan Bardella, who met the ambassador on Monday.', 'Jordan Bardella'],
    ["Argentina's foreign minister, Santiago Cafiero, met his Chilean counterpart.", 'Santiago Cafiero'],
    ["Paraguay's President Santiago Peña met Argentine President Javier Milei on Monday.", 'Santiago Peña'],
    ['Foreign Minister Ahmed Salem said the ambassador had been summoned.', 'Ahmed Salem'],
    ['The minister, Mohamed Lima, said the talks were useful.', 'Mohamed Lima'],
  ])('when "%s", then %s is a person and no place', (sentence, person) => {
    const d = page(sentence);
    expect(namesOf(d, 'Person')).toContain(person);
    expect(namesOf(d, 'Place')).not.toContain(
      person.split(' ').find((w) => w !== 'Ahmed' && w !== 'Mohamed'),
    );
  });

  it('when a given name of the list is in a meeting, then the meeting is between the two persons', () => {
    const d = page('President Lula received Santiago Cafiero at the palace on Tuesday.');
    const met = d.events.find((e) => e.type === 'meeting');
    expect(met?.participants.map((p) => d.entities.find((e) => e.id === p.entity)?.name).sort()).toEqual([
      'Lula',
      'Santiago Cafiero',
    ]);
  });

  it.each([
    ['Israel said on Monday that it would recall its ambassador.', 'Israel'],
    ['Settlers attacked farmers in the Jordan Valley, the ministry said.', 'Jordan Valley'],
    ['Will Russia invade again, asked the senator from Ohio on Monday.', 'Russia'],
    ['Houston said the consulate would close.', 'Houston'],
  ])('when "%s", then %s stays a place', (sentence, place) => {
    const d = page(sentence);
    expect(namesOf(d, 'Place')).toContain(place);
    expect(namesOf(d, 'Person').some((n) => n.includes(place.split(' ')[0]!))).toBe(false);
  });

  it('when a place-shaped given name comes before a first name in a chunk, then it is the place', () => {
    const d = page('The embassy in Paris Aichatou Kane said the letter had been received.');
    expect(namesOf(d, 'Place')).toContain('Paris');
  });
});
