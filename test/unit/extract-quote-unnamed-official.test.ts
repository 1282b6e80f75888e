// One unnamed official of a country ("a senior US official said", "an Indian official told reporters"):
// the words are the country's, as its officials' are ("Bulgarian officials said"); not a former official,
// not a nameless spokesman, not the official named in apposition.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) =>
  speakerOf(extractChecked('Row over the border', body).d, start);

describe('an unnamed official of a country as speaker', () => {
  it.each([
    [
      'Kenya protested on Monday.\n\nA senior Kenyan official described the remarks as “reckless”.',
      'reckless',
      'Kenya',
    ],
    [
      'Chile recalled its envoy.\n\n“We will not accept this,” an unnamed Chilean official told reporters.',
      'We will',
      'Chile',
    ],
    [
      'Vietnam lodged a protest.\n\nOne Vietnamese official said: “The survey ship must leave our waters.”',
      'The survey',
      'Vietnam',
    ],
    [
      'The Philippines summoned the envoy.\n\nA top Philippines official declared that Manila would "never abandon" the reef.',
      'never',
      'Philippines',
    ],
    [
      'The United States joined the talks.\n\n"They were productive," a senior US official said on Friday.',
      'They were',
      'United States',
    ],
  ])('%s', (body, start, who) => {
    expect(speaker(body, start)).toBe(who);
  });

  it.each([
    // A former official speaks for no country.
    [
      'Peru recalled its envoy.\n\nA former Peruvian official said the move was “a disgrace”.',
      'a disgrace',
      'Peru',
    ],
    // An official who is the object of a verb is spoken of.
    [
      'India expelled a Pakistani official on Tuesday, declaring him “persona non grata”.',
      'persona',
      'Pakistan',
    ],
    [
      'Kenya summoned a senior Ugandan official to protest against the “provocations”.',
      'provocations',
      'Uganda',
    ],
    // A nameless spokesman of a country named by its name is not the country's official voice here.
    ['Peru recalled its envoy.\n\nA Peru spokesman said the move was “a disgrace”.', 'a disgrace', 'Peru'],
  ])('not: %s', (body, start, country) => {
    expect(speaker(body, start)).not.toBe(country);
  });

  it('the official named in apposition speaks, not the country', () => {
    expect(
      speaker(
        'Peru recalled its envoy.\n\nThe Peruvian official, Juan Perez, said the move was “a disgrace”.',
        'a disgrace',
      ),
    ).toBe('Juan Perez');
  });
});
