// Whose sanctions a later list joins (session 30): a sanctioner named in a comparison ("in line with
// measures already announced by the European Union") or a country named before "sanctions regime" ("under
// the Russia sanctions regime", the country the regime aims at) does not displace the sanctioner named
// before; a sanctioner named plainly still does. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

describe('the sanctioner a later list joins', () => {
  it('when the EU is named only in "in line with measures already announced by the EU", then Britain sanctions the people listed', () => {
    const { rels } = run(
      'Oligarchs targeted',
      'Britain imposed sanctions on 12 more officials on Tuesday.\n\nThe move brings Britain in line with restrictive measures already announced by the European Union.\n\nThe list includes Mikhail Orlov and Sergei Volkov.',
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toEqual(
      expect.arrayContaining(['Mikhail Orlov', 'Sergei Volkov']),
    );
    expect(sanctionedBy(rels, 'European Union')).toEqual([]);
  });

  it('when the listings were made "under the Russia sanctions regime", then Russia sanctions no one', () => {
    const { rels } = run(
      'Oligarchs targeted',
      'Britain imposed sanctions on 12 officials.\n\nThe new listings were made under the Russia sanctions regime.\n\nThe list includes Mikhail Orlov and Sergei Volkov.',
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toEqual(
      expect.arrayContaining(['Mikhail Orlov', 'Sergei Volkov']),
    );
    expect(sanctionedBy(rels, 'Russia')).toEqual([]);
  });

  it('when the EU itself imposed the sanctions, then the EU sanctions the people listed', () => {
    const { rels } = run(
      'Oligarchs targeted',
      'The European Union imposed sanctions on 12 officials.\n\nThe list includes Mikhail Orlov and Sergei Volkov.',
    );
    expect(sanctionedBy(rels, 'European Union')).toEqual(
      expect.arrayContaining(['Mikhail Orlov', 'Sergei Volkov']),
    );
  });
});
