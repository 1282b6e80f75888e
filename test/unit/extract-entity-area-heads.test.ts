// An unknown name before a lower-case word for a settled area (server/src/extract/entities/places.ts,
// AREA_HEADS): "in Kelmar village", "the Dravnice area", "Ostrel municipality" name the place without its
// head. A known word ("the Schengen area" is read by the lexicon), an article ("The area") or a common word
// ("the border area") makes none.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

describe('places named before "village", "town", "area", "municipality"', () => {
  it('when an unknown name stands before such a head, then the name is a place', () => {
    const d = extract(
      [
        'Minister tours farms',
        'The minister met farmers in Kelmar village on Sunday.',
        'A depot blew up in the Dravnice area last year, police said.',
        'Voters in Ostrel municipality backed the plan.',
      ].join('\n'),
    );
    const places = namesOf(d, 'Place');
    expect(places).toEqual(expect.arrayContaining(['Kelmar', 'Dravnice', 'Ostrel']));
    expect(places).not.toContain('Kelmar village');
  });

  it('when the word before the head is common or an article, then no place is made', () => {
    const d = extract(
      [
        'Troops move',
        'Troops moved into the border area overnight. The area was calm, and the Town was quiet.',
        'Members of the Village council met.',
      ].join('\n'),
    );
    const places = namesOf(d, 'Place');
    expect(places).not.toContain('The');
    expect(places).not.toContain('Members');
    expect(places).toEqual([]);
  });
});
