// Sanctions and summons arguments from the clause (session 13): a lower-case role between a country and
// a name ("Myanmar military chief X", "US lawmakers A and B"), a role with the name beside it ("Iran's
// foreign minister, X"), the sanctioner after a comma ("The sanctions, announced by X, target Y") or of a
// passive after the target ("the sanctions against Y were announced by X"), and the reporter of a passive
// summons ("X's foreign minister said the ambassador had been summoned"). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType as rels } from '../helpers/extract-text.js';

describe('who is sanctioned, from the object phrase', () => {
  it('when "sanctions on Myanmar military chief Min Aung Hlaing", then the person is sanctioned', () => {
    expect(
      rels(
        'SANCTIONED',
        'Sanctions',
        'Australia said it was imposing sanctions on Myanmar military chief Min Aung Hlaing.',
      ),
    ).toEqual(['Australia SANCTIONED Min Aung Hlaing']);
  });

  it('when "sanctions against US lawmakers A and B", then each lawmaker is sanctioned', () => {
    expect(
      rels(
        'SANCTIONED',
        'Sanctions',
        'China announced sanctions against US lawmakers Marco Rubio and Ted Cruz.',
      ),
    ).toEqual(['China SANCTIONED Marco Rubio', 'China SANCTIONED Ted Cruz']);
  });

  it('when "sanctioned Iran\'s foreign minister, X", then X is sanctioned', () => {
    expect(
      rels('SANCTIONED', 'Sanctions', "The US sanctioned Iran's foreign minister, Mohammad Javad Zarif."),
    ).toEqual(['United States SANCTIONED Mohammad Javad Zarif']);
  });
});

describe('who sanctions, from a participle or a passive', () => {
  it('when "The sanctions, announced by X, target Y", then X sanctioned Y', () => {
    expect(
      rels(
        'SANCTIONED',
        'Sanctions',
        'The sanctions, announced by the State Department, target Chechen leader Ramzan Kadyrov.',
      ),
    ).toEqual(['State Department SANCTIONED Ramzan Kadyrov']);
  });

  it('when "The sanctions against Y were announced by X", then X sanctioned Y', () => {
    expect(
      rels(
        'SANCTIONED',
        'Sanctions',
        'The sanctions against Russian oligarch Roman Abramovich were announced by the UK government on Thursday.',
      ),
    ).toEqual(['United Kingdom SANCTIONED Roman Abramovich']);
  });
});

describe('who summons, when a passive names nobody', () => {
  it('when "A\'s foreign minister X said the Iranian ambassador had been summoned", then A summoned Iran', () => {
    expect(
      rels(
        'SUMMONED',
        'Envoy summoned',
        "Sweden's Foreign Minister Tobias Billstrom said the Iranian ambassador had been summoned.",
      ),
    ).toEqual(['Sweden SUMMONED Iran']);
  });
});
