// A call told again by a bare definite noun (phone-call-anaphora.ts): after "held phone talks", "had a
// telephone conversation", "spoke by phone", a later "During the talks, A and B …", "In the conversation,
// …", "A and B agreed during the call …" is that call (SPOKE_WITH), no meeting. After a meeting in person,
// a visit or a journey, or with a partner or place of its own ("the talks with B", "the talks in Geneva"),
// "the talks" stay a meeting. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const A = 'President William Ruto';
const B = 'President John Mahama';

describe('"the talks" after a call told are that call', () => {
  it.each([
    [
      'phone talks, then "During the talks, A and B"',
      `The leaders of Kenya and Ghana held phone talks on Friday, officials said.\n\nDuring the talks, ${A} and his Ghanaian counterpart ${B} shared the view that trade matters.`,
    ],
    [
      'a telephone conversation, then "In the conversation"',
      `The heads of state of Kenya and Ghana had a telephone conversation on Monday.\n\nIn the conversation, ${A} and ${B} discussed the crisis in Sudan.`,
    ],
    [
      'spoke by phone, then "during the call" after the subject',
      `The leaders of Kenya and Ghana spoke by phone on Tuesday, the presidency said.\n\n${A} and ${B} agreed during the call to boost trade.`,
    ],
    [
      'a video call, then "Over the 40-minute call"',
      `Kenya and Ghana held a video call on Wednesday.\n\nOver the 40-minute call, ${A} and ${B} reviewed the trade deal.`,
    ],
    [
      'the call in the same sentence',
      `Officials of Kenya and Ghana said the leaders spoke by phone, and during the call ${A} and ${B} agreed on trade.`,
    ],
  ])('%s', (_, body) => {
    const r = extractChecked('Leaders speak', body);
    expect(r.events('meeting')).toEqual([]);
    expect(r.events('phone-call')).toHaveLength(1);
    expect(r.rels.filter((x) => / MET /.test(x))).toEqual([]);
    expect(r.rels.some((x) => /Ruto SPOKE_WITH John Mahama|Mahama SPOKE_WITH William Ruto/.test(x))).toBe(
      true,
    );
  });

  it('"the two leaders" and "they" after the fronted phrase are the pair named before', () => {
    for (const subj of ['the two leaders', 'they']) {
      const r = extractChecked(
        'Leaders speak',
        `The presidency said the leaders of Ghana and Kenya spoke by phone on Monday.\n\n${A} thanked ${B} for his support. During the conversation, ${subj} agreed to boost trade.`,
      );
      expect(r.events('meeting')).toEqual([]);
      expect(r.rels.some((x) => / SPOKE_WITH /.test(x))).toBe(true);
    }
  });

  it('after a meeting in person or a journey, "the talks" stay a meeting', () => {
    for (const before of [
      'The leaders of Kenya and Ghana met in Nairobi on Tuesday.',
      'The leaders of Kenya and Ghana spoke by phone last month. On Tuesday the Kenyan leader flew to Accra.',
      'The leaders of Kenya and Ghana spoke by phone last month. This week Kenya hosted the Ghanaian leader.',
    ]) {
      const r = extractChecked(
        'Leaders meet',
        `${before}\n\nDuring the talks, ${A} and ${B} agreed to boost trade.`,
      );
      expect(r.events('phone-call').filter((e) => e.rule === 'events/phone-calls:anaphora')).toEqual([]);
      expect(r.rels.some((x) => / MET /.test(x))).toBe(true);
    }
  });

  it('talks with a partner or place of their own are no call', () => {
    for (const talks of ['During the talks with', 'During the talks in Geneva with']) {
      const r = extractChecked(
        'Leaders meet',
        `The leaders of Kenya and Uganda spoke by phone on Monday.\n\n${talks} ${B}, ${A} agreed to boost trade.`,
      );
      expect(r.events('phone-call').filter((e) => e.rule === 'events/phone-calls:anaphora')).toEqual([]);
      expect(r.rels.some((x) => / MET /.test(x))).toBe(true);
    }
  });

  it('with no call told before, "during the talks" is a meeting', () => {
    const r = extractChecked(
      'Leaders meet',
      `Kenya and Ghana signed a trade deal on Friday.\n\nDuring the talks, ${A} and ${B} agreed to boost trade.`,
    );
    expect(r.events('phone-call')).toEqual([]);
    expect(r.rels.some((x) => / MET /.test(x))).toBe(true);
  });
});
