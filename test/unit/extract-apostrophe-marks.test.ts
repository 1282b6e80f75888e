// Apostrophes written with other marks (extract/apostrophes.ts): "Russiaʼs" (U+02BC), "Lavrov´s" (an acute
// accent), "Chinaʹs" read as "Russia’s"; a mark that stands for no apostrophe (no letter before it) is left
// alone, and offsets stay the raw text's. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { apostrophesAsQuotes } from '../../server/src/extract/apostrophes.js';
import { extract, namesOf } from '../helpers/extract-text.js';

describe('apostrophes written with other marks', () => {
  it('become the typographic apostrophe, one character for one', () => {
    const raw = 'Russiaʼs envoy, Lavrov´s aide and Chinaʹs minister; 5′ and ´ alone';
    const work = apostrophesAsQuotes(raw);
    expect(work).toBe('Russia’s envoy, Lavrov’s aide and China’s minister; 5′ and ´ alone');
    expect(work.length).toBe(raw.length);
  });

  it('let the names before them be read', () => {
    const d = extract(
      'Talks in Moscow\n\nRussiaʼs foreign minister Sergei Lavrov met Chinaʼs Wang Yi in Moscow.',
    );
    expect(namesOf(d, 'Place')).toEqual(expect.arrayContaining(['Russia', 'China']));
    expect(namesOf(d, 'Person')).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Wang Yi']));
    expect(d.relations.filter((r) => r.type === 'MET')).toHaveLength(1);
  });
});
