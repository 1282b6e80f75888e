// An objection voiced with a noun that is itself a judgement, then "of" and an act (relations/verbs.ts,
// objected-over): "expressed its strong condemnation of the statements made by X", "conveyed its rejection
// of Y's decision"; and the doer of an act named by a role with no name (relations/judged-act-doer.ts,
// personTitledAs): the one person the text titled with the same role words. Negative cases: "concerns of",
// "the opposition of X" (no judgement of X), a role no one was titled with in the same words (the state by
// its adjective, as before). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const critics = (rels: string[]) => rels.filter((x) => / CRITICIZED /.test(x));

describe('a judgement noun voiced "of" an act', () => {
  it('reads the doer of the act after "condemnation of", "disapproval of", "rejection of"', () => {
    const r = run(
      'Remarks condemned',
      'The Qatari Foreign Ministry expressed its strong condemnation of the statements made by Iranian Foreign Minister Ali Rezaei. Chile voiced its disapproval of the decision by Argentina on Monday. Norway conveyed its firm rejection of Hungary’s decision to block the aid.',
    );
    expect(critics(r.rels)).toEqual(
      expect.arrayContaining([
        'Qatari Foreign Ministry CRITICIZED Ali Rezaei',
        'Chile CRITICIZED Argentina',
        'Norway CRITICIZED Hungary',
      ]),
    );
  });

  it('takes "disapproval about" and "criticism over" like "protest over"', () => {
    const r = run(
      'Envoy summoned',
      'The Peruvian Foreign Ministry expressed disapproval about the remarks of Bolivian President Luis Arce. Kenya voiced criticism over Uganda’s decision to close the border.',
    );
    expect(critics(r.rels)).toEqual(
      expect.arrayContaining(['Peruvian Foreign Ministry CRITICIZED Luis Arce', 'Kenya CRITICIZED Uganda']),
    );
  });

  it('reads no judgement from "concerns of" or "the opposition of X"', () => {
    const r = run(
      'Talks held',
      'Japan expressed the concerns of Tokyo about the talks. The envoy conveyed the opposition of Brazil to the plan.',
    );
    expect(critics(r.rels)).toEqual([]);
  });
});

describe('the doer of an act named only by a role', () => {
  it('is the one person titled with those role words', () => {
    const r = run(
      'Envoys summoned',
      'Three states summoned the envoys of Lebanon over the remarks of the Lebanese Minister of Culture, Karim Haddad, on Monday. The Bahraini Foreign Ministry expressed its strong condemnation of the statements made by the Lebanese Minister of Culture. Ghanaian President Kofi Mensah spoke on Friday. The Togolese Foreign Ministry criticised the remarks by the Ghanaian president.',
    );
    expect(critics(r.rels)).toEqual(
      expect.arrayContaining([
        'Bahraini Foreign Ministry CRITICIZED Karim Haddad',
        'Togolese Foreign Ministry CRITICIZED Kofi Mensah',
      ]),
    );
  });

  it('keeps the state when no one was titled with the same role words', () => {
    const r = run(
      'Remarks criticised',
      'Malian Prime Minister Amadou Keita spoke on Monday. The Malian Foreign Ministry criticised the remarks by the Nigerien Prime Minister.',
    );
    const rels = critics(r.rels);
    expect(rels).toContain('Malian Foreign Ministry CRITICIZED Niger');
    expect(rels.some((x) => /Amadou Keita/.test(x))).toBe(false);
  });
});
