// Lists of envoys given as country then name ("the ambassadors of Chile, X, Peru, Y") read by position
// (entities/name-positions.ts placeItem), and countries named by their current official names ("Eswatini",
// "Cabo Verde", "Côte d'Ivoire", the last with its glued particle, entities/geo-names.ts), on invented text.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const named = (d: ReturnType<typeof extract>, type: string) =>
  d.entities.filter((e) => e.type === type).map((e) => e.name);

describe('envoys listed as country, then name', () => {
  it('when the ambassadors of countries are listed with commas, then each name after a country is a person', () => {
    const d = extract(
      [
        'Envoys accredited',
        'The President accepted the letters of the ambassadors of Peru, Tarvo Quinell, Laos, Dimak Orrun, and Ghana, Kessu Abrond.',
      ].join('\n'),
    );
    expect(named(d, 'Person')).toEqual(
      expect.arrayContaining(['Tarvo Quinell', 'Dimak Orrun', 'Kessu Abrond']),
    );
    expect(named(d, 'Place')).toEqual(expect.arrayContaining(['Peru', 'Laos', 'Ghana']));
  });

  it('when the list opens on "the Ambassadors of" and semicolons split it, then the first name is a person too', () => {
    const d = extract(
      [
        'Credentials',
        'The Queen received the Ambassadors of Norway, Velmo Straked; and Chile, Orran Tiblesk.',
      ].join('\n'),
    );
    expect(named(d, 'Person')).toEqual(expect.arrayContaining(['Velmo Straked', 'Orran Tiblesk']));
  });

  it('when no envoys open the comma list, then a name after a country stays unread', () => {
    const d = extract(
      ['Trade fair', 'The buyers came from Peru, Tarvo Quinell, and other places.'].join('\n'),
    );
    expect(named(d, 'Person')).not.toContain('Tarvo Quinell');
  });
});

describe('countries by their current official names', () => {
  it('when Eswatini, Cabo Verde or Côte d’Ivoire is named, then it is a place, never a person', () => {
    const d = extract(
      [
        'Envoys accredited',
        'The ambassadors of Eswatini, Tarvo Quinell, and Cabo Verde, Dimak Orrun, arrived.',
        'Trade with Côte d’Ivoire grew.',
      ].join('\n'),
    );
    expect(named(d, 'Place')).toEqual(expect.arrayContaining(['Eswatini', 'Cabo Verde', 'Côte d’Ivoire']));
    expect(named(d, 'Person')).not.toContain('Cabo Verde');
    expect(named(extract("Talks\nHe flew to Cote d'Ivoire on Monday."), 'Place')).toContain("Cote d'Ivoire");
  });

  it('when a lower-case d’ joins two unknown words, then no place is made of them', () => {
    const d = extract(['Visit', 'The minister visited Varo d’Ambrel on Monday.'].join('\n'));
    expect(named(d, 'Place')).not.toContain('Varo d’Ambrel');
  });
});
