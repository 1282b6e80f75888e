// What "the two leaders" (or "they", "both presidents") discussed after a call told is that call's talk
// (phone-call-discussions.ts), no meeting, and "a telephonic conversation", "spoke telephonically" are
// calls. After a meeting in person or a journey, or with a partner of the verb's own, "the two" discussing
// stay a meeting. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const A = 'Alan Mbeki';
const B = 'William Ruto';
const met = (rels: string[]) => rels.filter((x) => / MET /.test(x));

describe('"the two leaders discussed" after a call is that call', () => {
  it.each([
    [
      'a telephonic conversation, then "the two presidents also discussed" in reported speech',
      `President ${A}'s office on Thursday confirmed he had a telephonic conversation with his Kenyan counterpart ${B}.\n\nSpokesperson Tom Dube said the two presidents also discussed the upcoming summit in Addis Ababa.`,
    ],
    [
      'a phone call, then "Both leaders discussed"',
      `${A} and ${B} held a phone call on Monday, the presidency said.\n\nBoth leaders discussed trade and security, the statement said.`,
    ],
    [
      'spoke telephonically, then "The issues the two leaders discussed included"',
      `${A} spoke telephonically with Kenyan President ${B} on Friday. The issues the two leaders discussed included the drought and trade.`,
    ],
    [
      'a video call, then "They exchanged views on"',
      `${A} and ${B} held a video call on Monday. They exchanged views on regional security.`,
    ],
    [
      'phoned, then two sentences of what the two discussed',
      `${A} phoned ${B} on Monday.\n\nThe two presidents talked about the drought, his office said.\n\nThe two leaders also discussed the summit in Nairobi and a state visit next year.`,
    ],
  ])('%s', (_, body) => {
    const r = extractChecked('Leaders speak', body);
    expect(r.events('meeting')).toEqual([]);
    expect(met(r.rels)).toEqual([]);
    expect(r.events('phone-call')).toHaveLength(1);
    expect(r.rels.some((x) => new RegExp(`${A} SPOKE_WITH ${B}|${B} SPOKE_WITH ${A}`).test(x))).toBe(true);
  });

  it('after a meeting in person or a journey told since the call, "the two" discussing stay a meeting', () => {
    for (const body of [
      `${A} and ${B} met in Nairobi on Monday. They exchanged views on regional security.`,
      `${A} spoke by phone with Kenyan President ${B} on Monday.\n\nOn Friday, ${A} flew to Nairobi.\n\nThe two leaders discussed trade and security at State House.`,
      `${A} and ${B} held a video call on Monday. ${B} later received ${A} in Nairobi. Both leaders discussed trade.`,
    ]) {
      const r = extractChecked('Leaders meet', body);
      expect(met(r.rels)).toHaveLength(1);
    }
  });

  it('a partner of the verb\'s own ("discussed trade with C") is a meeting with C', () => {
    const r = extractChecked(
      'Leaders meet',
      `${A} held phone talks with ${B} on Monday. The two leaders later discussed trade with Uganda's Yoweri Museveni.`,
    );
    expect(met(r.rels).some((x) => /Yoweri Museveni/.test(x))).toBe(true);
  });
});
