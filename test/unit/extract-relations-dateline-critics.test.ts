// A dateline's place ("LIMA: ", "LIMA (Reuters) - ", "Lima, March 3 – ") is where the story was filed, not
// the critic of a stance verb in the sentence it opens: the nearest-names reading never takes it as the
// source ("LIMA: A minister's speech criticising Bolivia …"), while a subject after the dateline still is
// one. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

describe('a dateline place', () => {
  it('is no critic or accuser', () => {
    for (const body of [
      "LIMA: A senior minister's speech criticising Bolivia has drawn a sharp reply.",
      "LIMA (Reuters) - A senior minister's speech criticising Bolivia has drawn a sharp reply.",
      "Lima, March 3 - A minister's speech criticising Bolivia drew a reply.",
    ])
      expect(relationsOfType('CRITICIZED', 'Border row', body)).toEqual([]);
    expect(
      relationsOfType(
        'ACCUSED',
        'Border row',
        "QUITO: A senior minister's comment accusing Peruvian envoy Ana Ruiz of meddling has invited a retort.",
      ),
    ).toEqual([]);
  });

  it('leaves the subject after the dateline, and a state apposed mid-sentence', () => {
    expect(
      relationsOfType('CRITICIZED', 'Border row', 'LIMA: Peru on Monday criticised Bolivia over the border.'),
    ).toEqual(['Peru CRITICIZED Bolivia']);
    expect(
      relationsOfType('CRITICIZED', 'Border row', 'Peru, a close ally, slammed Bolivia on Monday.'),
    ).toEqual(['Peru CRITICIZED Bolivia']);
  });
});
