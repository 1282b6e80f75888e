// A meeting someone calls, pushes, prepares or coordinates for is a prospect, not a meeting
// (events/meetings.ts, PROSPECT): "called for talks between A and B", "pushed for a summit between A and
// B", "are preparing for a meeting between A and B", "coordinating for a joint meeting with A". A meeting
// told beside a call for something else, or the purpose of a trip, stays one. Every sentence here is
// invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const met = (title: string, body: string) => {
  const r = extractChecked(title, body);
  return { meetings: r.events('meeting').length, met: r.rels.filter((x) => x.includes(' MET ')) };
};

describe('a meeting called or prepared for', () => {
  it('"called for talks between A and B" is no meeting of A and B', () => {
    expect(
      met(
        'Call for talks',
        'Turkish President Recep Tayyip Erdogan called for talks between Vladimir Putin and Volodymyr Zelensky on Monday.',
      ),
    ).toEqual({ meetings: 0, met: [] });
  });

  it('"pushed for a summit between A and B" is no meeting', () => {
    expect(
      met(
        'Orban and the summit',
        'Hungarian Prime Minister Viktor Orban pushed for a summit between Donald Trump and Vladimir Putin on Tuesday.',
      ),
    ).toEqual({ meetings: 0, met: [] });
  });

  it('"are preparing for a meeting between A and B" (present progressive) is no meeting', () => {
    expect(
      met(
        'Preparations',
        'Diplomats are preparing for a meeting between Xi Jinping and Joe Biden in San Francisco.',
      ),
    ).toEqual({ meetings: 0, met: [] });
  });

  it('"coordinating for a joint meeting with A" is no meeting of the speaker and A', () => {
    expect(
      met(
        'Envoy speaks',
        "Uruguay's ambassador Carlos Enciso said they were coordinating for a joint meeting with President Javier Milei.",
      ),
    ).toEqual({ meetings: 0, met: [] });
  });

  it('a meeting told beside a call for something else stays a meeting', () => {
    const r = met(
      'Blinken in Beijing',
      'Antony Blinken met Wang Yi in Beijing on Monday after calling for calm.',
    );
    expect(r.met).toEqual(['Antony Blinken MET Wang Yi']);
  });

  it('talks as the purpose of a trip are not read as a prospect by this rule', () => {
    const r = met(
      'Modi in Tokyo',
      'Prime Minister Narendra Modi arrived in Tokyo for talks with Fumio Kishida on Friday.',
    );
    expect(r.met).toEqual(['Fumio Kishida MET Narendra Modi']);
  });
});
