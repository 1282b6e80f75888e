// The title words the speech-subject rules read around a name (quotes/title-runs.ts) take their
// head-of-mission titles from role-nouns.ts: "high commissioner" reads where "ambassador" did, in a
// title's own preposition, between a body and its officer's name, and in appositions after a name; a
// word that is no title still stops them. Phrases invented for the test.
import { describe, expect, it } from 'vitest';
import { APPOSITIVES, RUN_GAP, TITLE_OF } from '../../server/src/extract/quotes/title-runs.js';

describe('title words around a speaker’s name', () => {
  it('when the title is an ambassador, envoy or high commissioner, then each rule reads it', () => {
    for (const t of ['ambassador', 'envoy', 'high commissioner', 'High Commissioner']) {
      expect(TITLE_OF.test(`met the ${t} of Ghana `)).toBe(true);
      expect(APPOSITIVES.test(`, Ghana's ${t.toLowerCase()} `)).toBe(true);
    }
    for (const t of ['ambassador', 'high commissioner']) expect(RUN_GAP.test(` deputy ${t} `)).toBe(true);
  });

  it('when the words are no title, then none reads them', () => {
    expect(TITLE_OF.test('met the commission of Ghana ')).toBe(false);
    expect(RUN_GAP.test(' high court ')).toBe(false);
    expect(APPOSITIVES.test(', whose commissioner ')).toBe(false);
  });
});
