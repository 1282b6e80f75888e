// Regional blocs written in title case by some styles ("the Brics", "Caricom", "Ecowas", "Mercosur") are
// the known organisations (session 29), so a list of their members is read ("the Brics, a group of
// emerging countries composed of Brazil, Russia, …"). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('title-case blocs are organisations', () => {
  it('when "Brics", "Caricom", "Mercosur" and "Ecowas" are named, then each is the bloc', () => {
    const { names } = extractChecked(
      'Blocs meet',
      'Leaders of Caricom, Mercosur and Ecowas met envoys of the Brics in Geneva on Monday.',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Organization CARICOM',
        'Organization Mercosur',
        'Organization ECOWAS',
        'Organization BRICS',
      ]),
    );
  });

  it('when the bloc is said to be composed of states, then each is a member', () => {
    const { rels } = extractChecked(
      'Turkey seeks entry',
      'Turkey wants to join the Brics, a group of emerging countries composed of Brazil, Russia and India.',
    );
    expect(rels.filter((r) => r.endsWith('MEMBER_OF BRICS')).sort()).toEqual([
      'Brazil MEMBER_OF BRICS',
      'India MEMBER_OF BRICS',
      'Russia MEMBER_OF BRICS',
    ]);
  });
});
