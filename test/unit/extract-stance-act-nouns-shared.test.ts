// One list of act nouns whose "by", "of" or "from" names the doer (act-nouns.ts), singular and plural alike,
// read after a verb of condemning: the doer's phrase ends before the act's target ("the accusation of X
// against Y": X, never Y), and with no name in it a state is read from its adjective and a role noun ("the
// claim by Dutch officials"). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const crit = (rels: string[]) => rels.filter((x) => / CRITICIZED /.test(x));

describe('the doer of a condemned act', () => {
  it('reads a singular act noun and a named doer', () => {
    const r = run(
      'Ministry responds',
      'Foreign Ministry spokesman Idris Kamal condemned the accusation of Foreign Minister Pavel Novak against Egypt.',
    );
    expect(r.rels).toContain('Idris Kamal CRITICIZED Pavel Novak');
    expect(r.rels).not.toContain('Idris Kamal CRITICIZED Egypt');
  });

  it('reads a state from its adjective and a role noun, not the target after "against"', () => {
    const r = run(
      'Ministry responds',
      'Foreign Ministry spokesman Idris Kamal condemned the latest claim of the Czech Foreign Minister against Egypt.',
    );
    expect(r.rels).toContain('Idris Kamal CRITICIZED Czech Republic');
    expect(crit(r.rels).some((x) => / Egypt$/.test(x))).toBe(false);
  });

  it('gives nothing when the doer is unnamed and stateless', () => {
    const r = run(
      'Ministry responds',
      'Foreign Ministry spokesman Idris Kamal condemned the latest claim of some commentators against Egypt.',
    );
    expect(crit(r.rels).some((x) => / Egypt$/.test(x))).toBe(false);
  });

  it('gives nothing for a verb of praise', () => {
    const r = run(
      'Ministry responds',
      'Foreign Ministry spokesman Idris Kamal welcomed the statement of the Czech Foreign Minister on Egypt.',
    );
    expect(crit(r.rels)).toEqual([]);
  });
});
