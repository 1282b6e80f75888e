// An air base's head word closing a capitalised run makes the run a place, never a person, even when its
// first word is a given name (entities/thing-names.ts SITE_WORDS, known-segments.ts PLACE_HEADS):
// "Omar Latif Airbase", "Ruth Kemp Airfield". Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked, relationsOfType } from '../helpers/extract-text.js';

const named = (body: string, type: string) =>
  extractChecked('Minister lands', body)
    .d.entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();

describe('an air base head word closing a name', () => {
  it.each([
    ['The minister landed at Omar Latif Airbase with his delegation.', 'Omar Latif Airbase'],
    ['Relief flights used Ruth Kemp Airfield near the coast.', 'Ruth Kemp Airfield'],
    ['The plane came down on the David Osei Airstrip before dawn.', 'David Osei Airstrip'],
  ])('"%s" names the place, no person', (text, place) => {
    expect(named(text, 'Person')).not.toContain(place);
    expect(named(text, 'Place')).toContain(place);
  });

  it('a named traveller landing there arrives at the base', () => {
    expect(
      relationsOfType(
        'ARRIVED_IN',
        'Minister lands',
        'President Nana Mensah landed at Omar Latif Airbase on Friday with his delegation.',
      ),
    ).toContain('Nana Mensah ARRIVED_IN Omar Latif Airbase');
  });

  it('a person whose surname follows a given name stays a person', () => {
    expect(named('Omar Latif said the airbase would reopen.', 'Person')).toContain('Omar Latif');
  });
});
