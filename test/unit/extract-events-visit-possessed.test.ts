// Visits told by the noun and its owner alone (events/visit-possessed.ts): "X's (first) visit", "his
// two-day visit", "her second Xland visit", "the envoy's official visit to P"; the guest of a host's verb
// owns "his visit"; plans, visits still to come and owners no one names are no visits. Every sentence is
// invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const visitors = (r: ReturnType<typeof run>) =>
  r.events('visit').map((e) => e.participants.map((p) => r.name(p.entity)));

describe('visits owned by their visitor', () => {
  it("a name's possessive, and the place among the modifiers", () => {
    const r = run(
      'Talks in Lisbon',
      'Foreign Minister Anna Lindqvist met her Portuguese counterpart on Monday. Lindqvist’s first Portugal visit in a decade ended with a trade accord.',
    );
    expect(visitors(r)).toEqual([['Anna Lindqvist']]);
    expect(r.events('visit')[0]!.place).toBe('place:portugal');
  });

  it('"his visit" after a person named as the subject before', () => {
    const r = run(
      'Envoy in Hanoi',
      'President Tomas Varga held talks with the Vietnamese leadership on Tuesday. This is his first visit since taking office.',
    );
    expect(visitors(r)).toEqual([['Tomas Varga']]);
  });

  it('the guest of a host owns "his visit"', () => {
    const r = run(
      'Minister received',
      'Foreign Minister Karim Haddad received this morning Paolo Ferri, Foreign Minister of Italy, during his official visit.',
    );
    expect(visitors(r).flat()).toContain('Paolo Ferri');
    expect(visitors(r).flat()).not.toContain('Karim Haddad');
  });

  it('plans, visits to come and owners no one names are no visits', () => {
    const a = run(
      'Plans',
      'President Tomas Varga met reporters on Monday. Officials discussed his upcoming visit and the trade accord.',
    );
    expect(visitors(a)).toEqual([]);
    const b = run(
      'Talks ahead',
      'Foreign Minister Paolo Ferri will hold talks with Karim Haddad during his visit next week.',
    );
    expect(visitors(b)).toEqual([]);
    // "The Sultan of Xland" is the subject, and no name stands for it: not the person named before.
    const c = run(
      'Guest',
      'Vice President Lena Moraes met the Omani ruler on Saturday. The Sultan of Oman is on his maiden visit to the region.',
    );
    expect(visitors(c).flat()).not.toContain('Lena Moraes');
  });
});
