// A sentence opened by an adverb made of an adjective ("Previously", "Additionally", "Subsequently")
// before a name: the adverb is no part of the name (server/src/extract/lexicon.ts isCommonWord), while
// names that end in -ly ("Kelly", "Connolly") stay names.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const persons = (d: ReturnType<typeof extract>) =>
  d.entities.filter((e) => e.type === 'Person').map((e) => e.name);

describe('an adverb opening a sentence before a name', () => {
  it.each(['Previously', 'Additionally', 'Subsequently', 'Separately', 'Currently', 'Similarly'])(
    'when "%s Marta Vilk said …", then the person is Marta Vilk',
    (adverb) => {
      const d = extract(
        `Envoy speaks\nAmbassador Marta Vilk arrived on Monday. ${adverb} Vilk said the talks were useful.`,
      );
      expect(persons(d)).toContain('Marta Vilk');
      expect(persons(d).some((n) => n.startsWith(adverb))).toBe(false);
    },
  );

  it('when a name itself ends in -ly, then it stays a name', () => {
    const d = extract('Envoy speaks\nAmbassador Grace Kelly met Senator Mark Connolly in Dublin on Monday.');
    expect(persons(d)).toEqual(expect.arrayContaining(['Grace Kelly', 'Mark Connolly']));
  });
});
