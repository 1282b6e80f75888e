// "The minister" (bare, no portfolio) is never the prime minister, and a role word before another's name
// is not the next person's ("foreign minister X regarding the visit of India's prime minister Y")
// (server/src/extract/quotes/role-coreference.ts personByRole).
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('"the minister" is not the prime minister', () => {
  it('when a prime minister is named after the minister, then "the Indian minister" is still the minister', () => {
    const d = extract(
      'Visit\nVisiting Indian foreign minister Raj Kumar discussed the coming visit of India’s prime minister Arun Shah with Sri Lankan officials.\n\nOn trade, the Indian minister said, “We want more exchanges.”',
    );
    expect(speakerOf(d, 'We want more exchanges')).toBe('Raj Kumar');
  });

  it('when "the prime minister" speaks, then it is the prime minister', () => {
    const d = extract(
      'Visit\nVisiting Indian foreign minister Raj Kumar discussed the coming visit of India’s prime minister Arun Shah with Sri Lankan officials.\n\nOn trade, the Indian prime minister said, “We want more exchanges.”',
    );
    expect(speakerOf(d, 'We want more exchanges')).toBe('Arun Shah');
  });
});
