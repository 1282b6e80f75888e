// Verbs that report words only with a that-clause ("alleged that", "recalled that", "informed that"):
// their subject speaks a quotation inside the clause; the same verbs in their other sense ("the alleged
// spy", "recalled its ambassador") say nothing. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

const said = (body: string, start: string) => speakerOf(extract(`Diplomatic row\n\n${body}`), start);

describe('a verb of saying before "that" names the speaker of a quotation in its clause', () => {
  it.each([
    [
      'Foreign Minister Espen Barth Eide alleged that there was “clear evidence” of interference in the vote.',
      'clear evidence',
      'Espen Barth Eide',
    ],
    [
      'Foreign Minister Espen Barth Eide met reporters. Eide specified that the "hostile conduct of the embassy is something we cannot accept."',
      'hostile conduct',
      'Espen Barth Eide',
    ],
    [
      'Foreign Minister Espen Barth Eide recalled that the treaty had been “a milestone” for both nations.',
      'a milestone',
      'Espen Barth Eide',
    ],
    [
      'The Norwegian Foreign Ministry informed that a note was sent expressing its “strong protest” at the remarks.',
      'strong protest',
      'Norwegian Foreign Ministry',
    ],
    [
      'Foreign Minister Espen Barth Eide pointed out that the talks had been “frank and useful”.',
      'frank and useful',
      'Espen Barth Eide',
    ],
  ])('"%s"', (body, start, speaker) => {
    expect(said(body, start)).toBe(speaker);
  });
});

describe('the same verbs in their other sense name no speaker', () => {
  it('"the alleged “spy”": an adjective, no verb of saying', () => {
    const d = extract(
      'Diplomatic row\n\nPolice in Oslo detained the alleged “courier” of the network on Monday near the harbour.',
    );
    expect(speakerOf(d, 'courier')).toBeUndefined();
  });

  it('"recalled its ambassador" leaves the quotation to the attribution after it', () => {
    expect(
      said(
        'Chile recalled its ambassador over the “massacre of civilians” in the region, Foreign Minister Espen Barth Eide said.',
        'massacre',
      ),
    ).toBe('Espen Barth Eide');
  });
});
