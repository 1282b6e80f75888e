// A guest known only as "the visiting <role>", "the guest" or "the visitor", received in the passive ("The
// visiting president was received at the airport by X", "The guest was welcomed by X"): the host meets the
// guest named before (events/meeting-passive-guests.ts with guests.ts), as in the active ("X received the
// visiting president"). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

describe('an unnamed guest received in the passive', () => {
  it.each([
    [
      'Ghanaian President Nana Akufo-Addo arrived in Abuja on Monday.\n\nThe visiting president was received at the airport by Foreign Minister Geoffrey Onyeama.',
      'Geoffrey Onyeama MET Nana Akufo-Addo',
    ],
    [
      'Indian Foreign Minister S Jaishankar landed in Riyadh on Sunday for a three-day trip.\n\nThe guest was welcomed at King Khalid airport by Deputy Foreign Minister Waleed Elkhereiji.',
      'S Jaishankar MET Waleed Elkhereiji',
    ],
    [
      "Spain's King Felipe arrived in Lisbon on Tuesday.\n\nThe visiting king was hosted at a state dinner by Portuguese President Marcelo Rebelo de Sousa.",
      'King Felipe MET Marcelo Rebelo de Sousa',
    ],
    [
      'Chilean President Gabriel Boric flew to Lima for a two-day visit. The visiting President was welcomed by Peruvian Foreign Minister Javier Gonzalez.',
      'Gabriel Boric MET Javier Gonzalez',
    ],
  ])('%s', (body, pair) => {
    expect(metPairs('Visit', body)).toEqual([pair]);
  });

  it('two adverbials before the agent, two hosts', () => {
    const body =
      'Tanzanian President Samia Suluhu Hassan arrived in Nairobi on Tuesday.\n\nThe visiting president was welcomed on Monday at the airport by Foreign Minister Raychelle Omamo and Sports Minister Amina Mohamed.';
    expect(metPairs('Visit', body)).toEqual([
      'Amina Mohamed MET Samia Suluhu Hassan',
      'Raychelle Omamo MET Samia Suluhu Hassan',
    ]);
  });

  it('no guest named before: no meeting', () => {
    expect(
      metPairs(
        'Visit',
        'The visiting president was received at the airport by Foreign Minister Geoffrey Onyeama.',
      ),
    ).toEqual([]);
  });

  it('no guest who travelled: "the guest" stays unread', () => {
    const body =
      'Nigerian Foreign Minister Geoffrey Onyeama said on Monday that trade would grow.\n\nThe guest was welcomed by Foreign Minister Geoffrey Onyeama.';
    expect(metPairs('Visit', body)).toEqual([]);
  });

  it('the host is not his own guest', () => {
    const body =
      'Nigerian President Bola Tinubu arrived in Abuja on Monday.\n\nThe visiting president was received by President Bola Tinubu.';
    expect(metPairs('Visit', body)).toEqual([]);
  });
});
