// State-agency style: a person named after a long title "of the Republic of X" ("President of the Republic
// of Uzbekistan A held a telephone conversation with the President of the Republic of Tajikistan B"). The
// caller of "held a telephone conversation" is the light verb's subject (phone-calls.ts), and the partner
// or guest after "the Minister of Foreign Affairs of the Kyrgyz Republic B" is the person, not the state
// (meeting-parties.ts). A plan to hold one is no call. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const pair = (rels: string[], type: string) =>
  rels
    .filter((x) => x.includes(` ${type} `))
    .map((x) => x.split(` ${type} `).sort().join(` ${type} `))
    .sort();

describe('a call or meeting with a long "of the Republic of X" title before a name', () => {
  it.each([
    [
      'President of the Republic of Kazakhstan Aidos Serikbayev has held a telephone conversation with the President of the Republic of Armenia Tigran Harutyunyan.',
      'Aidos Serikbayev SPOKE_WITH Tigran Harutyunyan',
    ],
    [
      'On 4 March, Minister of Foreign Affairs of the Kingdom of Morocco Karim Bennani held a telephone conversation with the Foreign Minister of the Republic of Senegal Awa Ndiaye.',
      'Awa Ndiaye SPOKE_WITH Karim Bennani',
    ],
    [
      'The President of the Republic of Ghana Kwame Mensah had a telephonic conversation with President of the Republic of Togo Edem Agbeko on Tuesday.',
      'Edem Agbeko SPOKE_WITH Kwame Mensah',
    ],
    [
      'Prime Minister of Malaysia Farid Rahman held a video conversation with the Prime Minister of the Republic of Singapore Daniel Tan.',
      'Daniel Tan SPOKE_WITH Farid Rahman',
    ],
  ])('%s', (body, want) => {
    const r = extractChecked('Leaders talk', body);
    expect(r.events('phone-call')).toHaveLength(1);
    expect(pair(r.rels, 'SPOKE_WITH')).toEqual([want]);
  });

  it.each([
    [
      'Uzbek Foreign Minister Timur Rakhimov received the Minister of Foreign Affairs of the Kyrgyz Republic Azamat Osmonov in Tashkent.',
      'Azamat Osmonov MET Timur Rakhimov',
    ],
    [
      'Timur Rakhimov met with the President of the Republic of Tajikistan Faridun Nazarov on Monday.',
      'Faridun Nazarov MET Timur Rakhimov',
    ],
  ])('meeting: %s', (body, want) => {
    expect(pair(extractChecked('Talks', body).rels, 'MET')).toEqual([want]);
  });

  it.each([
    'President Kenan Aliyev will hold a telephone conversation with the President of the Republic of Turkey Mehmet Kaya next week.',
    'Kenan Aliyev and Mehmet Kaya are due to hold a video conversation on Friday.',
    'Kenan Aliyev is expected to have a phone conversation with Mehmet Kaya after the vote.',
    'Reporters held a telephone conversation about the President of the Republic of Turkey Mehmet Kaya.',
  ])('no call: %s', (body) => {
    const r = extractChecked('Leaders talk', body);
    expect(r.events('phone-call')).toEqual([]);
    expect(pair(r.rels, 'SPOKE_WITH')).toEqual([]);
  });
});
