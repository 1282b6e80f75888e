// People or bodies sanctioned named in an apposition to the noun phrase that opens a sentence after the
// sanctions, closed by the same comma or dash, before a predicate of the sanctioned (session 32): "Two of
// X's closest allies, A and B, were among those targeted", "The head of the National Guard, A, was also
// hit by the measures", "Some of the critics of X – Senators A and B along with Congressman C – were
// targeted by the action", "A state-owned bank, Y, was also added to the list". Not when the predicate is
// another's ("Their lawyer, A, was also targeted by the security services", "The spokeswoman, A, said …",
// "The foreign secretary, A, was also listed as a speaker"). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

const LEAD = 'Britain on Tuesday imposed sanctions on 14 Russian officials.';

describe('an apposition to the opening noun phrase', () => {
  it('when "Two of X’s closest allies, A and B, were among those targeted", then A and B but not X are sanctioned', () => {
    const { rels } = run(
      'Britain acts',
      `${LEAD}\n\nTwo of Putin's closest allies, Defence Minister Sergei Shoigu and spy chief Nikolai Patrushev, were among those targeted.`,
    );
    const by = sanctionedBy(rels, 'United Kingdom');
    expect(by).toEqual(expect.arrayContaining(['Sergei Shoigu', 'Nikolai Patrushev']));
    expect(by).not.toContain('Vladimir Putin');
  });

  it('when "The head of the National Guard, A, was also hit by the measures", then A is sanctioned', () => {
    const { rels } = run(
      'Britain acts',
      `${LEAD}\n\nThe head of the National Guard, Viktor Zolotov, was also hit by the measures.`,
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toContain('Viktor Zolotov');
  });

  it('when "Some of the critics of X – Senators A and B along with Congressman C – were targeted by the action", then A, B and C are sanctioned', () => {
    const { rels } = run(
      'Beijing hits back',
      'China on Monday announced retaliatory sanctions against three US lawmakers.\n\nSome of the most outspoken critics of China – Senators Marco Rubio and Ted Cruz along with Congressman Chris Smith – were targeted by the action.',
    );
    expect(sanctionedBy(rels, 'China')).toEqual(
      expect.arrayContaining(['Marco Rubio', 'Ted Cruz', 'Chris Smith']),
    );
  });

  it('when "A state-owned bank, Y, was also added to the list", then Y is sanctioned', () => {
    const { rels } = run(
      'Britain acts',
      `${LEAD}\n\nA state-owned bank, Gazprombank, was also added to the list.`,
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toContain('Gazprombank');
  });
});

describe('an apposition before another predicate', () => {
  it('when "Their lawyer, A, was also targeted by the security services", then A is not sanctioned', () => {
    const { rels } = run(
      'Britain acts',
      `${LEAD}\n\nTheir lawyer, Ahmad Rezaei, was also targeted by the security services.`,
    );
    expect(sanctionedBy(rels, 'United Kingdom')).not.toContain('Ahmad Rezaei');
  });

  it('when "The ministry’s spokeswoman, A, said the sanctions were illegal", then A is not sanctioned', () => {
    const { rels } = run(
      'Britain acts',
      `${LEAD}\n\nThe ministry's spokeswoman, Maria Zakharova, said the sanctions were illegal.`,
    );
    expect(sanctionedBy(rels, 'United Kingdom')).not.toContain('Maria Zakharova');
  });

  it('when "The foreign secretary, A, was also listed as a speaker", then A is not sanctioned', () => {
    const { rels } = run(
      'Britain acts',
      `${LEAD}\n\nThe foreign secretary, Liz Truss, was also listed as a speaker at the conference.`,
    );
    expect(sanctionedBy(rels, 'United Kingdom')).not.toContain('Liz Truss');
  });
});
