// A sea region named by the states round it (server/src/extract/entities/region-groups.ts): the region's name
// before a plural of island states or "family" ("Pacific island nations", "the Pacific family", "three Gulf
// states") is a place, the region. Not the second half of a compound ("Asia-Pacific countries"), not a body's
// words ("the Pacific Islands Forum"), not a bare "Gulf" out of a longer known name ("Persian Gulf states").
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

describe('sea regions named before their states', () => {
  it('when a sea region comes before island states or "family", then the region is a place', () => {
    const d = extract(
      [
        'Ministers gather for regional talks',
        'The minister said aid to Pacific island nations would double over four years.',
        'She told reporters the Pacific family must set its own agenda on security.',
        'Three Gulf states have recalled their envoys over the remarks, officials said.',
      ].join('\n'),
    );
    const places = namesOf(d, 'Place');
    expect(places).toEqual(expect.arrayContaining(['Pacific', 'Gulf']));
    expect(places).not.toContain('Pacific Island');
  });

  it('when the region word is a compound half, a body or a longer name, then no bare region is taken', () => {
    const d = extract(
      [
        'Ministers gather for regional talks',
        'The Asia-Pacific countries met on Monday to discuss trade.',
        'He will attend the Pacific Islands Forum leaders meeting next month.',
        'Talks between Iran and the Persian Gulf states resumed on Tuesday.',
      ].join('\n'),
    );
    const places = namesOf(d, 'Place');
    expect(places).not.toContain('Pacific');
    expect(places).not.toContain('Gulf');
  });
});
