// A verb of hosting with adverbials before its guest ("received on Monday the foreign ministers of A and B",
// "hosted, in separate audiences, X and Y"): the guest is read after them (host-place.ts). Every sentence
// here is written for the test.
import { describe, expect, it } from 'vitest';
import { meetingCount, metPairs } from '../helpers/extract-text.js';

const title = 'Audiences at the palace';
const met = (body: string) => metPairs(title, body);
const meetings = (body: string) => meetingCount(title, body);

describe('adverbials between a verb of hosting and its guest', () => {
  it('reads the guest after a day or a time', () => {
    expect(met('King Harald Moen hosted on Tuesday evening Chilean President Rosa Vidal.')).toEqual([
      'Harald Moen MET Rosa Vidal',
    ]);
    expect(met('King Harald Moen received yesterday the foreign ministers of Chile and Laos.')).toEqual([
      'Chile MET Harald Moen',
      'Harald Moen MET Laos',
    ]);
  });

  it('reads separate audiences as one meeting with each guest', () => {
    const body =
      'King Harald Moen received, in separate audiences, Chilean President Rosa Vidal and Laotian Premier Sone Vong.';
    expect(met(body)).toEqual(['Harald Moen MET Rosa Vidal', 'Harald Moen MET Sone Vong']);
    expect(meetings(body)).toBe(2);
  });

  it('makes no meeting of news or a letter received after the adverbial', () => {
    expect(
      meetings('King Harald Moen received on Tuesday the news that Premier Sone Vong had resigned.'),
    ).toBe(0);
    expect(met('King Harald Moen received on Tuesday a letter from Premier Sone Vong.')).toEqual([]);
  });
});
