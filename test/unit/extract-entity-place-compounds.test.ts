// A hyphenated pair of places ("Russia-Ukraine war", "US-China ties") or of a place and a known body
// ("India-EU cooperation", "ASEAN-China summit") names each part (entities/known-segments.ts placeCompound);
// classification no longer reads the compound as one unknown person's name and drops it. Invented text.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const page = (sentence: string) =>
  extract(['Regional news', `${sentence} Officials said the talks would go on next week.`].join('\n'));

describe('hyphenated compounds of places and bodies', () => {
  it('when two places are joined by a hyphen, then both are places', () => {
    const d = page('He spoke at length about the Russia-Ukraine war and the US-China trade dispute.');
    expect(namesOf(d, 'Place')).toEqual(
      expect.arrayContaining(['Russia', 'Ukraine', 'United States', 'China']),
    );
  });

  it('when a place and a known body are joined, then the place and the body are found', () => {
    const d = page('The minister praised the steady growth of India-EU cooperation in recent years.');
    expect(namesOf(d, 'Place')).toContain('India');
    expect(namesOf(d, 'Organization')).toContain('European Union');
  });

  it('when the last part and the next words are one place, then that place is whole', () => {
    const d = page('He spoke at length about the US-North Korea summit and Russia-Saudi Arabia ties.');
    expect(namesOf(d, 'Place')).toEqual(
      expect.arrayContaining(['United States', 'North Korea', 'Russia', 'Saudi Arabia']),
    );
    expect(namesOf(d, 'Place')).not.toContain('South Korea');
  });

  it('when a hyphenated name is a person, then it stays one person', () => {
    const d = page('Jean-Pierre Lacroix met the minister in Paris on Monday afternoon.');
    expect(namesOf(d, 'Person')).toContain('Jean-Pierre Lacroix');
    expect(namesOf(d, 'Place')).toEqual(['Paris']);
  });

  it('when no part is a place, then bodies alone make no compound', () => {
    const d = page('The EU-NATO framework was discussed by the ministers on Monday.');
    expect(namesOf(d, 'Place')).toEqual([]);
  });
});
