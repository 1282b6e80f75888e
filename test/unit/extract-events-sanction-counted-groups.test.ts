// Sanctions told by the EU's and the UK's own words (session 26): "restrictive measures" are sanctions
// ("imposed restrictive measures against X"), "listed … under its sanctions regime" is "placed under
// sanctions", and a sanctions clause whose targets are only counted ("designated 14 individuals", "added
// seven officials to its sanctions list") is a sanctions event of its sanctioner alone, so that the list
// told after it has an event to join. Sanctions only a Title Case headline tells (read in sentence case)
// are the ones a list in the body joins when the body tells of none (extract/index.ts, seedSanction).
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const sanctions = (body: string) => extractChecked('Sanctions', body);

describe('sanctions told as restrictive measures, listings and designations of counted groups', () => {
  it('when a state is imposed "restrictive measures" on, then it is sanctioned by who imposed them', () => {
    expect(sanctions('The EU imposed restrictive measures against Belarus.').rels).toEqual([
      'European Union SANCTIONED Belarus',
    ]);
  });

  it.each([
    'The United Kingdom has designated 14 individuals under its Global Human Rights sanctions regime.',
    'The EU has listed seven officials under its global human rights sanctions regime.',
    'The EU has added 14 individuals to its sanctions list.',
    'The EU imposed restrictive measures on 14 individuals.',
  ])('when "%s", then one sanctions event with its sanctioner', (text) => {
    const ev = sanctions(text).d.events.filter((e) => e.type === 'sanction');
    expect(ev).toHaveLength(1);
    expect(ev[0]!.participants.map((p) => p.role)).toEqual(['sanctioner']);
  });

  it('when the counted group is listed one a line after it, then each one listed is sanctioned', () => {
    const body =
      'The United Kingdom has designated three individuals under its Global Human Rights sanctions regime.\n\nOleg Sidorov – Deputy Minister of Internal Affairs\n\nBoris Gurov – Deputy Minister of Internal Affairs, in charge of the riot police\n\nAnton Lisov – Head of the Investigative Committee\n\nThe measures take effect at once.';
    expect(sanctions(body).rels.filter((r) => r.includes(' SANCTIONED '))).toEqual([
      'United Kingdom SANCTIONED Oleg Sidorov',
      'United Kingdom SANCTIONED Boris Gurov',
      'United Kingdom SANCTIONED Anton Lisov',
    ]);
  });

  it('when a count names no people ("14 sectors"), then no event of the sanctioner alone', () => {
    expect(sanctions('The EU has added 14 sectors to its sanctions list.').d.events).toEqual([]);
  });
});

describe('a sanctions list under a Title Case headline that alone tells of the sanctions', () => {
  it('when the body tells of no sanctions before its list, then the list joins the headline’s sanctions', () => {
    const x = extractChecked(
      'Canada Announces New Sanctions Against Belarusian Officials',
      'Brussels, 9 August. The decision follows months of protests.\n\nOleg Sidorov – Deputy Minister of Internal Affairs\n\nBoris Gurov – Deputy Minister of Internal Affairs, in charge of the riot police\n\nAnton Lisov – Head of the Investigative Committee\n\nThe measures take effect at once.',
    );
    expect(x.rels.filter((r) => r.includes(' SANCTIONED ') && !r.endsWith('Belarus'))).toEqual([
      'Canada SANCTIONED Oleg Sidorov',
      'Canada SANCTIONED Boris Gurov',
      'Canada SANCTIONED Anton Lisov',
    ]);
  });
});
