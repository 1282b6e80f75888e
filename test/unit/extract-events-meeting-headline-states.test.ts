// A headline that names a meeting's side by its state or role ("A calls on Ghana Finance Minister",
// "Talks between the prime ministers of Chile and Peru") tells the body's meeting of the named persons when
// the text never gives their nationality (events/headline-meeting-sides.ts): one meeting, not a second one
// with the state. A body person of another known state, or a headline meeting the body does not tell,
// stays apart. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const parties = (r: ReturnType<typeof extractChecked>) =>
  r.events('meeting').map((e) => e.participants.map((p) => r.name(p.entity)).sort());

describe("a headline's meeting with a state and the body's meeting with a person", () => {
  it('a role after the state is the person the body names', () => {
    const r = extractChecked(
      'Ambassador Okafor pays courtesy call on Ghana Finance Minister',
      'Nigerian Ambassador Ade Okafor on Monday paid a courtesy call on Kwame Mensah, the Minister of Finance, at his office in Accra.\n\nThe two discussed trade.',
    );
    expect(parties(r)).toEqual([['Ade Okafor', 'Kwame Mensah']]);
  });

  it("a state's possessive, with another meeting later in the body", () => {
    const r = extractChecked(
      "Minister Tanaka meets Kenya's foreign minister",
      'Japanese Minister Hiro Tanaka met Foreign Minister Alice Wanjiru in Nairobi on Wednesday.\n\nLater he met Ugandan President Yoweri Museveni.',
    );
    expect(parties(r)).toEqual([
      ['Alice Wanjiru', 'Hiro Tanaka'],
      ['Hiro Tanaka', 'Yoweri Museveni'],
    ]);
  });

  it('two states in the headline are the two persons who met', () => {
    const r = extractChecked(
      'Talks between the prime ministers of Chile and Peru in Lima',
      'Gabriel Soto and Luis Vargas held talks in Lima on Tuesday that lasted two hours.\n\nThey agreed to reopen the border.',
    );
    expect(parties(r)).toEqual([['Gabriel Soto', 'Luis Vargas']]);
  });

  it('stays apart when the body person is of another state', () => {
    const r = extractChecked(
      'Blinken meets Japan foreign minister',
      'Secretary Antony Blinken met South Korean Foreign Minister Park Jin in Seoul on Friday.',
    );
    expect(parties(r)).toEqual([
      ['Antony Blinken', 'Japan'],
      ['Antony Blinken', 'Park Jin'],
    ]);
  });

  it('stays apart when the body meeting is of other persons', () => {
    const r = extractChecked(
      'Minister Tanaka meets Kenya foreign minister',
      'Hiro Tanaka is in Nairobi this week. On Wednesday, Alice Wanjiru met Peter Odhiambo to prepare the talks.',
    );
    expect(parties(r).flat()).toContain('Kenya');
  });
});
