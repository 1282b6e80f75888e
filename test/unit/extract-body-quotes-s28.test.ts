// Quotations spoken by bodies (session 28): ministries, embassies, missions and their unnamed
// spokespeople. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

const said = (body: string, start: string) => speakerOf(extract(`Diplomatic row\n\n${body}`), start);

describe('a place that names where a body sits is part of its name, not the speaker', () => {
  it.each([
    [
      'A spokesman for the Chinese Embassy in Washington told reporters on Monday: "China firmly opposes any official contact between the United States and Taiwan."',
      'China firmly',
      'Chinese Embassy in Washington',
    ],
    [
      'Spokesperson for the Russian Embassy in Ankara told the agency: "We consider this decision hostile and it will not remain without a response."',
      'We consider',
      'Russian Embassy in Ankara',
    ],
    [
      'A spokesperson for the Indian High Commission in London said: "We have taken up the matter with the British authorities at the highest level."',
      'We have taken',
      'Indian High Commission in London',
    ],
  ])('"%s"', (body, start, speaker) => {
    expect(said(body, start)).toBe(speaker);
  });

  it('a place that opens the clause still speaks ("Washington told reporters")', () => {
    expect(
      said(
        'The Chinese Embassy issued a note. Washington told reporters on Monday: "We will not change our policy on the island in any way."',
        'We will not',
      ),
    ).toBe('Washington');
  });
});
