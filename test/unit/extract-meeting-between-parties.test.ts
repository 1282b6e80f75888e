// "A meeting between A and B" names its own parties: the other persons of the sentence (the speaker after
// it, a subject who commented on it) met no one (meeting-co-mention-scope.ts, read by the clause reading
// in meetings.ts and by the co-mention fallback). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

describe('the parties of "a meeting between A and B"', () => {
  it.each([
    [
      'Ties have soured since the talks between Indian Prime Minister Narendra Modi and Chinese President Xi Jinping, Foreign Secretary Vikram Misri told reporters.',
      ['Narendra Modi MET Xi Jinping'],
    ],
    [
      'Speaking after the summit between Lula da Silva and Javier Milei, spokesman Paulo Reis said trade topped the agenda.',
      ['Javier Milei MET Lula da Silva'],
    ],
    [
      'In a statement, the ministry said its deputy minister, Anna Berg, conveyed concern over last Thursday’s meeting between Russian Ambassador Pavel Orlov and the leader of the opposition Centre Party (CP), Tomas Lind.',
      ['Pavel Orlov MET Tomas Lind'],
    ],
    [
      'Relations have been damaged since the meeting between China’s leader Xi Jinping and US President Joe Biden in November, envoy Xie Feng said.',
      ['Joe Biden MET Xi Jinping'],
    ],
  ])('%s', (body, expected) => {
    expect(metPairs('Relations', body)).toEqual(expected);
  });

  it('three leaders listed after "between" all met', () => {
    expect(
      metPairs(
        'Summit',
        'The talks between Vladimir Putin, Recep Tayyip Erdogan and Ebrahim Raisi lasted three hours, spokesman Tim Cole said.',
      ),
    ).toEqual([
      'Ebrahim Raisi MET Recep Tayyip Erdogan',
      'Ebrahim Raisi MET Vladimir Putin',
      'Recep Tayyip Erdogan MET Vladimir Putin',
    ]);
  });

  it('"between" naming one person keeps the host: "hosted talks between Kenya and a delegation led by A"', () => {
    expect(
      metPairs(
        'Talks',
        'Kenyan President William Ruto hosted talks between Kenya and a Somaliland delegation led by President Musa Bihi Abdi at State House.',
      ),
    ).toEqual(['Musa Bihi Abdi MET William Ruto']);
  });
});
