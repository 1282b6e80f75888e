// Credentials (session 29): "The envoys who presented their letters of credence to the president are A of X,
// B of Y …" names the envoys right after "are" (no colon), and "received credential letters of new
// ambassadors" is no letter. "… to the president are expected to …" names no one. Every sentence here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked, metPairs } from '../helpers/extract-text.js';

const FIRST =
  'President Sahle-Work Zewde has today received credential letters of new ambassadors of five countries.';

describe('the envoys named right after "are"', () => {
  it('when the presenters are listed after "are", then each meets the host', () => {
    const body = `${FIRST}\n\nThe envoys who presented their letters of credence to the president are Anna Schmidt of Germany, Gaen Kamau of Kenya and Tamara Mona of Switzerland.`;
    expect(metPairs('Credentials', body)).toEqual([
      'Anna Schmidt MET Sahle-Work Zewde',
      'Gaen Kamau MET Sahle-Work Zewde',
      'Sahle-Work Zewde MET Tamara Mona',
    ]);
  });

  it('when "are" is followed by a verb, then no one is listed', () => {
    const body = `${FIRST}\n\nThe envoys who presented their letters of credence to the president are expected to meet Anna Schmidt of Germany.`;
    expect(metPairs('Credentials', body)).toEqual([]);
  });

  it('when credential letters are received, then there is no letter event', () => {
    expect(extractChecked('Credentials', FIRST).events('letter')).toEqual([]);
  });
});
