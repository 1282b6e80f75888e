// A body's head, "for the" and its field with "of" or "of the" inside: the name runs over the field and
// what it is of, a place there included ("for the Safeguard of the Homeland", "for the Total Independence
// of Angola"); it stops before a title word, a first name, or a word glued on with a hyphen
// (server/src/extract/entities/org-tails.ts, rule org-tails:for-the).
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const orgs = (title: string, body: string) =>
  extractChecked(title, body)
    .names.filter((n) => n.startsWith('Organization '))
    .map((n) => n.slice(13));

describe('"for the" tails of a body', () => {
  it('when "of the" follows the field, then the name runs to its last word', () => {
    const o = orgs(
      'Junta talks',
      'Envoys met members of the Supreme Council for the Restoration of the Republic (SCRR) on Monday. ' +
        'The Supreme Council for the Restoration of the Republic-backed cabinet agreed.',
    );
    expect(o).toContain('Supreme Council for the Restoration of the Republic');
    expect(o).not.toContain('Supreme Council for the Restoration');
    expect(o.some((n) => /backed/.test(n))).toBe(false);
  });

  it('when a country follows the inner "of", then it is part of the name', () => {
    const o = orgs(
      'Rebels',
      'The Popular Front for the Liberation of Eritrea issued a statement in Asmara on Friday.',
    );
    expect(o).toContain('Popular Front for the Liberation of Eritrea');
  });

  it('when a country is the field itself, or a title follows, then the name stops', () => {
    const o = orgs(
      'Visit',
      'The Commission for the United Kingdom met on Friday. The Committee for the Protection of Rivers Chairman ' +
        'Tomas Varga spoke.',
    );
    expect(o).not.toContain('Commission for the United Kingdom');
    expect(o.some((n) => /Chairman|Tomas/.test(n))).toBe(false);
  });
});
