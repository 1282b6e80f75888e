// CRITICIZED read from an official protest named by a noun (relations/protest-nouns.ts), on sentences
// written for the test: "a note of protest in connection with the statements of X", "a formal protest
// regarding X's remarks"; the protester is the clause's subject, the target the act's doer. Negatives: a
// protest over something done to X (no doer), street protests, a negated verb, a subject that names no one.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const critics = (body: string) =>
  extractChecked('Row deepens', body).rels.filter((x) => / CRITICIZED /.test(x));

describe('a protest over an act', () => {
  it('makes the clause’s subject the critic of the act’s doer', () => {
    expect(
      critics(
        'The Peruvian Foreign Ministry handed the Colombian embassy a note with a strong protest in connection with the statements of Gustavo Petro.',
      ),
    ).toContain('Peruvian Foreign Ministry CRITICIZED Gustavo Petro');
    expect(
      critics(
        'Chile sent the Argentine embassy a note of protest regarding the recent remarks made by Javier Milei.',
      ),
    ).toContain('Chile CRITICIZED Javier Milei');
    expect(
      critics(
        'On Monday, the Croatian Foreign Ministry delivered a formal protest concerning Aleksandar Vucic’s comments.',
      ),
    ).toContain('Croatian Foreign Ministry CRITICIZED Aleksandar Vucic');
  });
});

describe('no protest read', () => {
  it('over something done to a party, or for street protests', () => {
    expect(
      critics(
        'The Foreign Ministry of Ghana handed the envoy a note of protest over the arrest of Ivan Petrov.',
      ),
    ).toEqual([]);
    expect(critics('Thousands joined protests against the policies of Viktor Orban.')).toEqual([]);
  });

  it('after a negation, or with a subject that names no one', () => {
    expect(critics('Chile did not send a note of protest over the statements of Javier Milei.')).toEqual([]);
    expect(critics('Thousands took part in a protest against the decision of Viktor Orban.')).toEqual([]);
  });
});
