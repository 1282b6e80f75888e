// Names set one a line under a lead that ends with a colon (session 24): every line's name is a person
// (entities/line-lists.ts), and such a list above the first paragraph is no block of bylines (body.ts).
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const persons = (d: ReturnType<typeof extract>) => namesOf(d, 'Person');

describe('a list of names one a line', () => {
  const body = [
    'Treasury sanctions four officials',
    '',
    'The Treasury Department on Friday imposed sanctions on four officials of the ministry.',
    '',
    'The individuals designated are:',
    '',
    'Oskar Valberg, deputy minister',
    'Tamsin Orloff – head of the customs service',
    'Radomir Kesk',
    'Ilvy Santandreu',
    '',
    'Their assets in the country are frozen, the department said.',
  ].join('\n');

  it('gives a person for every line, with or without a role after it', () => {
    expect(persons(extract(body))).toEqual(
      expect.arrayContaining(['Oskar Valberg', 'Tamsin Orloff', 'Radomir Kesk', 'Ilvy Santandreu']),
    );
  });

  it('is read above the first paragraph too, where lines of names are usually bylines', () => {
    const top = [
      'Treasury sanctions four officials',
      'Designated individuals:',
      'Oskar Valberg',
      'Tamsin Orloff',
      'Radomir Kesk',
      '',
      'The Treasury Department on Friday imposed sanctions on the three officials of the ministry, saying they had abused their posts.',
    ].join('\n');
    expect(persons(extract(top))).toEqual(
      expect.arrayContaining(['Oskar Valberg', 'Tamsin Orloff', 'Radomir Kesk']),
    );
  });

  it('gives no person when the lead is no list of people, nor for lines of bylines', () => {
    const places = [
      'Minister tours the region',
      '',
      'The minister will visit the following ports:',
      '',
      'Port Velmar',
      'Santa Oriel',
      '',
      'He returns on Friday, the ministry said.',
    ].join('\n');
    expect(persons(extract(places))).toEqual([]);
    const byline = [
      'Minister tours the region',
      'Oskar Valberg',
      'Tamsin Orloff',
      '',
      'The minister will visit two ports this week and return on Friday, the ministry said in a statement.',
    ].join('\n');
    expect(persons(extract(byline))).not.toContain('Tamsin Orloff');
  });
});
