// Invented newswire shapes of session 25's twenty-second batch: a visit told through the person visited
// and where ("A visited President B at the State House in P": A visited P too), and a reception by a roster
// of persons each given by a role first ("was received by his Chief of Staff, A; the army chief, Gen. B").
// Every sentence here is invented.
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

describe('a roster of role-then-name items (session 25)', () => {
  it('"was received by his Chief of Staff, Prof. A; Chief of Defence Staff, Gen. B; … C": one reception of all', () => {
    const r = run(
      'President returns home',
      'President Samuel Adeyemi returned to Lagos on Sunday. He was received by his Chief of Staff, Prof. Kunle Bello; Chief of Army Staff, Gen. Tunde Okafor; and the Inspector General of Police (IGP), Usman Garba, among other officials.',
    );
    const met = r.rels.filter((x) => x.includes(' MET '));
    for (const n of ['Kunle Bello', 'Tunde Okafor', 'Usman Garba'])
      expect(met.some((x) => x.includes(n) && x.includes('Samuel Adeyemi'))).toBe(true);
    expect(r.events('meeting')).toHaveLength(1);
  });

  it('"met the Governor of X, A; the Speaker, B; and the Chief Justice, C": each person met', () => {
    const r = run(
      'Minister in Abuja',
      'Ghanaian Foreign Minister Kofi Mensah met the Governor of Kano State, Aliyu Sani; the Speaker of the House, Peter Obi Eze; and the Chief Justice, Ibrahim Lawal.',
    );
    for (const n of ['Aliyu Sani', 'Peter Obi Eze', 'Ibrahim Lawal'])
      expect(r.rels.some((x) => x.includes(' MET ') && x.includes(n) && x.includes('Kofi Mensah'))).toBe(
        true,
      );
  });

  it('no roster of one item before another clause, nor of a role that names a person', () => {
    const one = run(
      'Minister in Abuja',
      'The governor, Aliyu Sani; the Speaker of the House, Peter Obi Eze said the visit was fruitful.',
    );
    expect(one.rels.filter((x) => x.includes(' MET '))).toEqual([]);
  });
});
