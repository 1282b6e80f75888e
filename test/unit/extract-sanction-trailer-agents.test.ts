// A person named as the subject of "was (also) targeted / hit" after sanctions is sanctioned only when the
// agent, if any, is the measures (session 32): "A was also targeted by the move", "A and B were targeted by
// the measures" are; "A was targeted by a poisoning in 2020", "Critics – including A and B – were targeted
// by the security forces" are not. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

describe('"was targeted by …" after sanctions', () => {
  it('when "Oil Minister A was also targeted by the move", then A is sanctioned', () => {
    const { rels } = run(
      'Washington acts',
      'The United States imposed sanctions on Iran’s oil ministry on Friday.\n\nOil Minister Javad Owji was also targeted by the move.',
    );
    expect(sanctionedBy(rels, 'United States')).toContain('Javad Owji');
  });

  it('when "Opposition leader A was targeted by a poisoning in 2020", then A is not sanctioned', () => {
    const { rels } = run(
      'Britain acts',
      'Britain on Tuesday imposed sanctions on 14 Russian officials.\n\nOpposition leader Alexei Navalny was targeted by a poisoning in 2020.',
    );
    expect(sanctionedBy(rels, 'United Kingdom')).not.toContain('Alexei Navalny');
  });

  it('when "Activist A was hit by a car", then A is not sanctioned', () => {
    const { rels } = run(
      'Canada acts',
      'Canada imposed sanctions on seven Iranian officials on Wednesday.\n\nActivist Narges Mohammadi was hit by a police car during the protest.',
    );
    expect(sanctionedBy(rels, 'Canada')).not.toContain('Narges Mohammadi');
  });
});
