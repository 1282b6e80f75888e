// Plans and invitations are no visits (recalls-returns.ts, visit): "invited X to pay a visit to P", "to make
// an official visit", "his upcoming two-day visit to P" (a compound word between the plan word and the
// noun); a visit paid or made is one. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const visitRules = (title: string, body: string) =>
  extractChecked(title, body)
    .events('visit')
    .filter((e) => e.rule?.startsWith('events/'))
    .map((e) => e.rule);

describe('plans and invitations are no visits', () => {
  it('an invitation "to pay a visit", "to make an official visit"', () => {
    expect(
      visitRules(
        'Call',
        'Prime Minister Arun Varma thanked the voters.\n\n' +
          "In the conversation, Varma invited China's President Chen Wei to pay a visit to India this year.",
      ),
    ).toEqual([]);
    expect(
      visitRules(
        'Talks',
        'Foreign Minister Ion Popa met Foreign Minister Nikola Petrovic.\n\n' +
          'Popa reiterated the invitation to his counterpart to make an official visit to Romania.',
      ),
    ).toEqual([]);
  });

  it('an upcoming visit with a compound word before the noun', () => {
    expect(
      visitRules(
        'Envoy',
        'Ambassador Kenji Sato called on Foreign Minister Ali Khan.\n\n' +
          'Sato briefed Khan about his upcoming two-day visit to Japan.',
      ),
    ).toEqual([]);
  });

  it('a visit paid or made is a visit', () => {
    expect(visitRules('Trip', 'Foreign Minister Ali Khan paid a two-day visit to Japan last week.')).toEqual([
      'events/recalls-returns:visit',
    ]);
    expect(
      visitRules(
        'Trip',
        'King Abdullah made a state visit to France in May, meeting President Emmanuel Macron.',
      ),
    ).toEqual(['events/recalls-returns:visit']);
  });
});
