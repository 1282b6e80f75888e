// "the South African government", "the North Korean government": a generic body after a two-word demonym
// is its state acting (entities/patterns.ts generic-body-of-state), the whole demonym read first ("Korean"
// alone would give South Korea, "African" none). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (lead: string) =>
  speakerOf(
    extractChecked('Envoy summoned', `${lead} described the drills as “a grave provocation”.`).d,
    'a grave',
  );

describe('a generic body after a two-word demonym', () => {
  it.each([
    ['The South African government', 'South Africa'],
    ['The North Korean government', 'North Korea'],
    ['The South Sudanese government', 'South Sudan'],
    ['The Sri Lankan government', 'Sri Lanka'],
    ['The Costa Rican delegation', 'Costa Rica'],
  ])('%s: that state speaks', (lead, state) => {
    expect(speaker(lead)).toBe(state);
  });

  it('a one-word demonym is read as before', () => {
    expect(speaker('The Korean government')).toBe('South Korea');
    expect(speaker('The Danish government')).toBe('Denmark');
  });

  it('a capitalised word before a demonym that makes no two-word demonym is not taken in', () => {
    const { d } = extractChecked('Envoy summoned', 'In South Danish government circles, nobody commented.');
    const names = d.entities.map((e) => e.name);
    expect(names).toContain('Denmark');
    expect(names).not.toContain('South Denmark');
  });
});
