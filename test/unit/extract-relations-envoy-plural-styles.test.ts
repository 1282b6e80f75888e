// Envoys listed after a plural title with a style of office before each name (honorifics.ts, the one list
// of honorifics and styles): "the ambassadors Hon. A to Chile and Ratu B to Peru" gives each name its own
// posting, as "Mr. A" and "Dr. B" do. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const envoys = (body: string) => relationsOfType('AMBASSADOR_TO', 'Envoys named', body);

describe('styles before the names of a plural envoy list', () => {
  it('when "Hon." and "Ratu" open the listed names, then each name has its posting', () => {
    expect(
      envoys('The new ambassadors Hon. Peter Kamau to Chile and Ratu Josefa Vatuvoka to Peru took office.'),
    ).toEqual(['Peter Kamau AMBASSADOR_TO Chile', 'Josefa Vatuvoka AMBASSADOR_TO Peru']);
  });

  it('when "His Excellency" opens the second name, then it has its posting too', () => {
    expect(
      envoys('The envoys Mr. Omar Haidari to Ghana and His Excellency Tomas Lindqvist to Kenya were named.'),
    ).toEqual(['Omar Haidari AMBASSADOR_TO Ghana', 'Tomas Lindqvist AMBASSADOR_TO Kenya']);
  });

  it('when a listed name has no posting after it, then the list ends there', () => {
    expect(
      envoys('The ambassadors Hon. Peter Kamau and Ratu Josefa Vatuvoka met the press on Monday.'),
    ).toEqual([]);
  });
});
