// An envoy's role set between two names of a list (relations/envoys.ts, role-of-name): it is the title of
// the name after it when that name has no apposition of its own ("Minister A, Ambassador of India to US,
// B and Secretary C": B's, not A's), and stays the apposition of the name before it in a list of
// name-and-role pairs ("A, ambassador to X, B, ambassador to Y"). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const envoys = (body: string) => relationsOfType('AMBASSADOR_TO', 'Delegations meet', body);

describe('an envoy role between two names of a list', () => {
  it("is the next name's title when that name has no apposition of its own", () => {
    const r = envoys(
      'The Egyptian delegation consisted of Foreign Minister Ahmed Ali Mansour, Ambassador of Egypt to France, Karim Saleh Fawzy and Defence Minister Omar Nabil.',
    );
    expect(r).not.toContain('Ahmed Ali Mansour AMBASSADOR_TO France');
  });

  it('is not given to the name before when the next name ends a pair with ", and"', () => {
    const r = envoys(
      "The talks were attended by Finance Minister Amina Yusuf, Nigeria's Ambassador to Ghana, Musa Bello, and Trade Minister Ifeoma Okafor.",
    );
    expect(r).toContain('Musa Bello AMBASSADOR_TO Ghana');
    expect(r).not.toContain('Amina Yusuf AMBASSADOR_TO Ghana');
  });

  it('stays with the name before in a list of name-and-role pairs', () => {
    const r = envoys(
      'The ministry named Juan Perez, ambassador to Chile, Ana Ruiz, ambassador to Peru, and Luis Gomez, ambassador to Cuba.',
    );
    expect(r).toEqual(
      expect.arrayContaining(['Juan Perez AMBASSADOR_TO Chile', 'Luis Gomez AMBASSADOR_TO Cuba']),
    );
  });

  it('an apposition closed by the verb is the name before it', () => {
    const r = envoys("Luis Gomez, Mexico's envoy to Cuba, said on Monday that talks would resume.");
    expect(r).toEqual(['Luis Gomez AMBASSADOR_TO Cuba']);
  });
});
