// An unknown name after a verb of travel and "to" (server/src/extract/entities/geo-names.ts, TRAVEL_TO) in
// any of the verb's forms: "will proceed to Moresk to inspect", "is scheduled to fly to Kavrel,", "drove to
// Tarvo on Friday". "to" after no verb of travel ("spoke to Kavrel,", "wrote to Moresk") makes no place.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

describe('places after a verb of travel in any form', () => {
  it('when a form of a verb of travel is followed by "to" and an unknown name, then the name is a place', () => {
    const d = extract(
      [
        'Minister tours the north',
        'From there, she will proceed to Moresk to inspect the new bridge.',
        'On Tuesday the minister is scheduled to fly to Kavrel, the district seat.',
        'The delegation drove to Tarvo on Friday and sails to Ulmen in June.',
      ].join('\n'),
    );
    const places = namesOf(d, 'Place');
    expect(places).toEqual(expect.arrayContaining(['Moresk', 'Kavrel', 'Tarvo', 'Ulmen']));
  });

  it('when "to" follows no verb of travel, then the name is no place', () => {
    const d = extract(
      ['Minister replies', 'The minister spoke to Kavrel, and wrote to Moresk on Monday.'].join('\n'),
    );
    const places = namesOf(d, 'Place');
    expect(places).not.toContain('Kavrel');
    expect(places).not.toContain('Moresk');
  });
});
