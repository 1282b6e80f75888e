// A name ending in a place's head word is no person (entities/name-positions.ts): "Nakuru County",
// "Kherson Oblast"; and a verb after a comma opens the predicate of a longer subject, no apposition naming a
// role ("the governor of X County, was named the Cabinet Secretary"). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const named = (body: string, type: string) =>
  extractChecked('Cabinet changes', body)
    .d.entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();

describe('a place head word closing a name', () => {
  it.each([
    [
      'Mwangi Kariuki, the former governor of Laikipia County, was named the Cabinet Secretary for Trade.',
      'Laikipia County',
    ],
    ['Olena Hrytsenko, head of Poltava Oblast, was appointed the Minister of Energy.', 'Poltava Oblast'],
  ])('"%s" names no person but the place', (text, place) => {
    expect(named(text, 'Person')).not.toContain(place);
    expect(named(text, 'Place')).toContain(place);
  });

  it('keeps the person in apposition before it', () => {
    const text =
      'Mwangi Kariuki, the former governor of Laikipia County, was named the Cabinet Secretary for Trade.';
    expect(named(text, 'Person')).toContain('Mwangi Kariuki');
  });

  it('still reads a role in apposition after a name', () => {
    expect(
      named('Lerato Mothibi, the deputy minister of trade, said the deal was near.', 'Person'),
    ).toContain('Lerato Mothibi');
  });
});
