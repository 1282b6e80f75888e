// Invented newswire shapes of session 25's twenty-second batch: a visit told through the person visited
// and where ("A visited President B at the State House in P": A visited P too). Every sentence here is
// invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('a visit told through the person visited (session 25)', () => {
  it('"A visited President B at the State House in P": a meeting, and A visited P', () => {
    const r = run(
      'Leaders meet',
      'Kenyan President Daniel Mwangi on Friday visited President Yusuf Okello at State House in Kampala.',
    );
    expect(r.rels).toEqual(
      expect.arrayContaining(['Daniel Mwangi MET Yusuf Okello', 'Daniel Mwangi VISITED Kampala']),
    );
    expect(r.events('visit')).toHaveLength(1);
  });

  it('"A visited B in P" without a venue', () => {
    const r = run(
      'Leaders meet',
      'French President Luc Moreau visited Chancellor Jonas Berger in Berlin on Monday.',
    );
    expect(r.rels).toContain('Luc Moreau VISITED Berlin');
  });

  it('no visit of a plan, nor of a place of a relative clause', () => {
    const plan = run(
      'Leaders meet',
      'Indian Prime Minister Ravi Nair will visit President Tom Hale in Washington.',
    );
    expect(plan.rels.filter((x) => x.includes(' VISITED '))).toEqual([]);
    const rel = run(
      'Leaders meet',
      'French President Luc Moreau visited Chancellor Jonas Berger, who was in Berlin for talks.',
    );
    expect(rel.rels).not.toContain('Luc Moreau VISITED Berlin');
  });
});
