// A judging word that qualifies an act named with its doer after "by", "of" or "from" ("“unacceptable”
// remarks by Foreign Minister X", "baseless claims made by American officials"): the quotation's or the
// reporting clause's speaker criticises that doer (a person after title words, or a state by its adjective and
// a role noun). One told of the judgement ("was informed of the unacceptable …") is no doer, and the speaker's
// own capital is never the target. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const crit = (rels: string[]) => rels.filter((x) => / CRITICIZED /.test(x));

describe('the doer of a judged act named after its noun', () => {
  it('reads a person after title words, not the sentence subject', () => {
    const r = run(
      'Envoy summoned',
      'Vienna summoned the envoy over "outrageous" remarks by Slovak Foreign Minister Marek Hlina, Austrian Foreign Ministry spokesman Georg Adler said.',
    );
    expect(r.rels).toContain('Georg Adler CRITICIZED Marek Hlina');
    expect(crit(r.rels).some((x) => / CRITICIZED Vienna$/.test(x))).toBe(false);
  });

  it('reads a state from its adjective and a role noun', () => {
    const r = run(
      'Claims rejected',
      'Foreign Ministry spokesman Omar Haddad said the "baseless" claims made by Canadian officials were meant to mislead the public.',
    );
    expect(r.rels).toContain('Omar Haddad CRITICIZED Canada');
  });

  it('reads it in a quotation given to a speaker named in the sentence before', () => {
    const r = run(
      'Spokeswoman speaks',
      'Spokeswoman Lena Moreau spoke to reporters in Paris on Friday. "These are shameful comments by President Tomas Varga of Hungary," she said.',
    );
    expect(r.rels).toContain('Lena Moreau CRITICIZED Tomas Varga');
  });

  it('gives nothing for an act with no named doer', () => {
    const r = run(
      'Claims rejected',
      'Foreign Ministry spokesman Omar Haddad said the "baseless" claims made by some people were meant to mislead the public.',
    );
    expect(crit(r.rels)).toEqual([]);
  });

  it('gives nothing for the one told of the judgement', () => {
    const r = run(
      'Envoy summoned',
      'Ambassador Carlos Mendes "was informed of the unacceptable nature of these steps," the Peruvian foreign ministry said.',
    );
    expect(crit(r.rels)).toEqual([]);
  });

  it('gives nothing for praise of an act', () => {
    const r = run(
      'Envoy praised',
      'Foreign Ministry spokesman Omar Haddad said the "constructive" remarks by Canadian officials were welcome.',
    );
    expect(crit(r.rels)).toEqual([]);
  });
});
