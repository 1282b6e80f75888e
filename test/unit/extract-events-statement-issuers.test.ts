// Statement issuers read in three more shapes, on sentences written for the test: the name between a comma
// and "said in a statement" after a clause that has its own subject and relative clause, a statement
// "was released by" a body, and "a statement of" a body with no verb of saying. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const issuers = (r: ReturnType<typeof run>) =>
  r.events('statement').map((e) => e.participants.map((p) => r.name(p.entity)));

describe('statement issuers', () => {
  it('the body between the comma and "said in a statement"', () => {
    const r = run(
      'Officers listed',
      'Two officers who trained recruits for Northland operations are listed, the Finance Department said in a statement.',
    );
    expect(issuers(r)).toEqual([['Finance Department']]);
  });

  it('a statement released by a body, and a statement of a body', () => {
    const a = run(
      'Protest',
      'The Ruritanian Foreign Ministry summoned the envoy. A strong statement was released by the Foreign Ministry.',
    );
    expect(issuers(a).flat()).toHaveLength(1);
    expect(issuers(a)[0]![0]).toMatch(/Foreign Ministry$/);
    const b = run(
      'Protest note',
      'The ministry protested against a statement of the Ruritanian Embassy made two days ago.',
    );
    expect(issuers(b)).toEqual([['Ruritanian Embassy']]);
  });

  it('no issuer for a statement of support', () => {
    const r = run('Support', 'The minister issued a statement of support for the farmers on Monday.');
    expect(issuers(r).flat()).not.toContain('Support');
  });
});
