// A restrictive relative clause ("residents who called the visit “…”", no comma before "who") makes the
// noun before "who" the subject of its verb of saying: when that noun is no name (a group, "critics",
// "lawmakers"), the quotation is not given to the main clause's subject. Invented text; negatives: a name
// before "who" ("It was X who called it …"), and ", who"/", which" after a name, still speak.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) => speakerOf(extractChecked('Visit', body).d, start);

describe('a group before a restrictive "who" is the speaker, not the main clause subject', () => {
  it.each([
    'Defence Minister Piotr Nowak toured the disputed border post on Friday, drawing criticism from local residents who called the visit “a reckless stunt”.',
    'Defence Minister Piotr Nowak toured the disputed border post on Friday, angering opposition lawmakers who described it as “a reckless stunt”.',
    'President Anna Berg met the delegation on Friday, a move criticised by activists who said it was “a reckless stunt”.',
    'Prime Minister Olaf Berg signed the decree in Oslo, prompting protests from farmers who have long called such rules “a reckless stunt”.',
  ])('%s → not the main subject', (body) => {
    expect(['Piotr Nowak', 'Anna Berg', 'Olaf Berg']).not.toContain(speaker(body, 'a reckless'));
  });
});

describe('negatives: a name before "who" still speaks', () => {
  it('"It was X who called it “…”"', () => {
    expect(
      speaker('It was Foreign Minister Piotr Nowak who called the visit “a reckless stunt”.', 'a reckless'),
    ).toBe('Piotr Nowak');
  });
  it('", who called it" after a name', () => {
    expect(
      speaker(
        'The visit angered Foreign Minister Piotr Nowak, who called it “a reckless stunt”.',
        'a reckless',
      ),
    ).toBe('Piotr Nowak');
  });
  it('", which called" after a country', () => {
    expect(
      speaker(
        'Defence Minister Piotr Nowak toured the border post on Friday, angering Hungary, which called the visit “a reckless stunt”.',
        'a reckless',
      ),
    ).toBe('Hungary');
  });
  it('a plain subject before its verb', () => {
    expect(speaker('Defence Minister Piotr Nowak called the visit “a reckless stunt”.', 'a reckless')).toBe(
      'Piotr Nowak',
    );
  });
});
