// A list of "<name> (<country>)" items (entities/lists.ts, session 29): once one item is a known person,
// every item whose words are name-shaped is one, titles before it left out, whatever the lexicon knows of
// its words ("Edit", "Zanele"). A body among the items, a bracket that is no known place, or no known
// person among them make no persons; an envoy to a union of states ("(European Union)") is an item, and a
// place abbreviated with points ends one ("of the U.S.", "(U.K.)"). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const persons = (body: string) =>
  extractChecked('Envoys present credentials', body)
    .d.entities.filter((e) => e.type === 'Person')
    .map((e) => e.name)
    .sort();

describe('items of a list of names with their countries in brackets', () => {
  it('takes every name-shaped item once one is a known person', () => {
    const got = persons(
      'Also received were Ambassadors Marta Ruiz (Chile), Edit Varga-Kiss (Hungary), Paul T. Mensah (Ghana) and Zanele Dube (Zimbabwe).',
    );
    expect(got).toEqual(expect.arrayContaining(['Edit Varga-Kiss', 'Zanele Dube', 'Marta Ruiz']));
    expect(got.some((n) => /Ambassadors/.test(n))).toBe(false);
  });

  it.each([
    'The new envoys are Maria Lopez (Spain), Tendai Moyo (Zimbabwe) and Edit Varga-Kiss (Hungary).',
    'Present were Tendai Moyo (Zimbabwe); Edit Varga-Kiss (Hungary); and Maria Lopez (Spain).',
    'The prize went to Maria Lopez (Spain) and Edit Varga-Kiss (Hungary).',
  ])('takes the unknown items: %s', (body) => {
    expect(persons(body)).toEqual(expect.arrayContaining(['Edit Varga-Kiss']));
  });
});

describe('what such a list does not make a person', () => {
  it.each([
    'Bids came from Jane Roe (Ghana), Kestrel Holdings (Kenya) and Tata Steel (India).',
    'Bids came from Jane Roe (Ghana), Kofi Mensah (Togo) and Tata Steel (India).',
    'Bids came from Total Energies (France), Royal Dutch Shell (Britain) and Kestrel Hale (Ghana).',
    'Kestrel Hale (Reuters), Bright Amber (AFP) and Jane Roe (Ghana) wrote the report.',
  ])('no such person: %s', (body) => {
    expect(persons(body)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Steel|Holdings|Kestrel|Shell|Energies|Amber/)]),
    );
  });
});

it('takes nothing from a list with no known person in it', () => {
  expect(
    persons('Bids came from Kestrel Hale (Ghana), Bright Amber (Kenya) and Edit Varga-Kiss (Hungary).'),
  ).toEqual([]);
});

describe('an envoy to a union of states, or a place abbreviated with points, in such a list (session 31)', () => {
  it.each([
    'The president received Ambassadors Marta Ruiz (Chile), Lerato Dube (European Union) and Edit Varga-Kiss (Hungary).',
    'Credentials came from Marta Ruiz (Chile); Lerato Dube (EU); and Edit Varga-Kiss (U.K.).',
  ])('takes the unknown items: %s', (body) => {
    expect(persons(body)).toEqual(expect.arrayContaining(['Lerato Dube', 'Edit Varga-Kiss']));
  });

  it('makes no list of unions alone, nor one with an outlet in a bracket', () => {
    expect(persons('Kestrel Hale (European Union) and Bright Amber (United Nations) spoke.')).toEqual([]);
    expect(
      persons('Kestrel Hale (Reuters), Bright Amber (European Union) and Jane Roe (Ghana) wrote the report.'),
    ).toEqual(['Jane Roe']);
  });

  it('reads "<name> of the U.S." as an item of a list of "<name> of <country>"', () => {
    const got = persons(
      'The envoys are Wendu Bako of the U.S., Marta Ruiz of Chile, Karl Weber of Austria and Gaen Kamau of Kenya.',
    );
    expect(got).toEqual(expect.arrayContaining(['Wendu Bako', 'Gaen Kamau']));
    expect(got.some((n) => /U\.S|Chile/.test(n))).toBe(false);
  });
});
