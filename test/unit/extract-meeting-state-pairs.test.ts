// A meeting of two states alone ("The Kenyan and Ghanaian foreign ministers met", the states known only by
// their adjectives) and the meeting of their two nationals told next ("The meeting between Kenyan Foreign
// Minister A and Ghanaian Foreign Minister B") are one meeting (extract/index.ts, merging). A person's
// meeting with a list of states, a meeting of other nationals, or one on another date stay apart. Every
// sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const A = 'Kenyan Foreign Minister Musalia Mudavadi';
const B = 'Ghanaian Foreign Minister Samuel Ablakwa';

describe('two states meeting and their two nationals meeting are one meeting', () => {
  it.each([
    [
      'the states by adjective, then "The meeting between A and B"',
      `The Kenyan and Ghanaian foreign ministers met in Nairobi to discuss trade, the agency reported. The meeting between ${A} and ${B} comes ahead of a regional summit.`,
    ],
    [
      'the states by adjective, then "A met B" in the next paragraph',
      `The Kenyan and Ghanaian top diplomats held talks in Accra on Monday.\n\n${A} met ${B} at the foreign ministry, officials said.`,
    ],
  ])('%s', (_, body) => {
    const r = extractChecked('Ministers meet', body);
    expect(r.events('meeting')).toHaveLength(1);
  });

  it('a meeting of other nationals, or on another date, stays apart', () => {
    for (const body of [
      'Kenya and Ghana held talks in Accra on Monday. Later, Kenyan President William Ruto met Nigerian President Bola Tinubu.',
      'Kenyan and Ghanaian officials held talks in Accra in May. In June, Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi.',
    ])
      expect(extractChecked('Leaders meet', body).events('meeting')).toHaveLength(2);
  });

  it("a person's meeting with a list of states stays apart from a bilateral one", () => {
    const r = extractChecked(
      'Leaders meet',
      'Kenyan President William Ruto met the leaders of Ghana and Nigeria in Abuja on Monday. He first met Ghanaian President John Mahama.',
    );
    expect(r.events('meeting')).toHaveLength(2);
  });
});
