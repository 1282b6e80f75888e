// The name a Portuguese or Spanish full name is known by, before its particle (session 29): "Luiz Inácio
// Lula da Silva … met with Lula" is one person, even though "Lula" is also a given name elsewhere. A
// two-word name ("Lula Mendes") claims nothing new. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

describe('the short name before the particle', () => {
  it('when "Lula" follows "Luiz Inácio Lula da Silva", then he is the one met', () => {
    const body = [
      'President Luiz Inácio Lula da Silva arrived in Rome on Friday for the summit.',
      'Emmanuel Macron, president of France, met with Lula next.',
    ].join('\n\n');
    expect(metPairs('Summit', body)).toEqual(['Emmanuel Macron MET Luiz Inácio Lula da Silva']);
  });

  it('when the full name has no particle, then its middle word claims no one', () => {
    const body = [
      'President Andrés Manuel López Obrador arrived in Rome on Friday for the summit.',
      'Emmanuel Macron, president of France, met with Manuel next.',
    ].join('\n\n');
    expect(metPairs('Summit', body)).not.toContain('Andrés Manuel López Obrador MET Emmanuel Macron');
  });
});
