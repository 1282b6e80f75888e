// Stance relations (CRITICIZED, ACCUSED, SUPPORTED) whose critic or target the clause gives without a
// name, on sentences written for the test: a role phrase as the subject ("The spokeswoman criticised X"),
// "they" after a coordinated subject, a body named by its state earlier ("the government of X" … "the
// government of the Andean country accuses"), an object opened by a state's adjective ("accused
// Chilean forces of", "described the Chilean claims as “…”"), and the doer of an act a speaker labels
// ("over what it called “irresponsible” comments attributed to X"). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('a stance verb whose subject is a role phrase', () => {
  it('reads "the spokeswoman" as the person last introduced as one', () => {
    const r = run(
      'Border row',
      'Maria Olsen, spokeswoman of the Peruvian Foreign Ministry, spoke on Monday. The spokeswoman criticised Chile for the raid.',
    );
    expect(r.rels).toContain('Maria Olsen CRITICIZED Chile');
    expect(r.ruleOf('Maria Olsen CRITICIZED Chile')).toBe('relations/verbs:criticized-unnamed-subject');
  });

  it('reads "the foreign minister" after an apposition with that portfolio', () => {
    const r = run(
      'Border row',
      'Jorge Vidal, the Peruvian foreign minister, spoke on Monday. Later, the foreign minister also condemned Chile for the raid.',
    );
    expect(r.rels).toContain('Jorge Vidal CRITICIZED Chile');
  });

  it('takes no one when no person was introduced with the role', () => {
    const r = run(
      'Border row',
      'Jorge Vidal, a Peruvian lawmaker, spoke on Monday. The spokesman criticised Chile for the raid.',
    );
    expect(r.rels.filter((x) => / CRITICIZED /.test(x))).toEqual([]);
  });
});

describe('"they" as the subject', () => {
  it('is each state of the coordinated subject before', () => {
    const r = run(
      'Envoys recalled',
      'Peru and Bolivia recalled their ambassadors from Chile on Monday. They also accused Chile of lying about the raid.',
    );
    expect(r.rels).toContain('Peru ACCUSED Chile');
    expect(r.rels).toContain('Bolivia ACCUSED Chile');
  });

  it('is no one after a single subject', () => {
    const r = run(
      'Envoys recalled',
      'Peru recalled its ambassador from Chile on Monday. They accused Chile of lying about the raid.',
    );
    expect(r.rels.filter((x) => / ACCUSED /.test(x))).toEqual([]);
  });
});

describe('a body named by its state', () => {
  it('reads "the government of X" as the actor a later body phrase stands for', () => {
    const r = run(
      'Ties cut',
      'Earlier, the government of Bolivia announced that it was cutting ties with Chile. The government of the Andean country accuses Chile of crimes in the border town.',
    );
    expect(r.rels).toContain('Bolivia ACCUSED Chile');
  });
});

describe("an object opened by a state's adjective", () => {
  it('reads "accused Chilean forces of" as an accusation of Chile', () => {
    const r = run(
      'Border row',
      'Peru protested to Chile on Monday. Peru accused Chilean forces of shelling the border town.',
    );
    expect(r.rels).toContain('Peru ACCUSED Chile');
    expect(r.ruleOf('Peru ACCUSED Chile')).toBe('relations/verbs:accused-demonym-object');
  });

  it('reads a label given to "the Chilean claims"', () => {
    const r = run(
      'Border row',
      'The Peruvian Foreign Ministry described the Chilean claims as “baseless fabrications” on Monday.',
    );
    expect(r.rels).toContain('Peruvian Foreign Ministry CRITICIZED Chile');
  });
});

describe('a label the speaker gives to another\'s act ("what it called “…”")', () => {
  it('criticises the one the act is attributed to', () => {
    const r = run(
      'Envoy recalled',
      'Peru recalled its ambassador to Chile on Saturday after what it called “irresponsible” comments attributed to Chilean President Gabriel Boric, the foreign ministry said.',
    );
    expect(r.rels).toContain('Peru CRITICIZED Gabriel Boric');
    expect(r.ruleOf('Peru CRITICIZED Gabriel Boric')).toBe('relations/called-acts:what-it-called');
  });

  it('reads no target after "of" when the label is the act itself', () => {
    const r = run(
      'Envoy summoned',
      'Peru summoned the Chilean ambassador over what it called “the illegal occupation” of Bolivia on Saturday.',
    );
    expect(r.rels.filter((x) => / CRITICIZED /.test(x))).toEqual([]);
  });

  it('reads nothing when the label is welcomed', () => {
    const r = run(
      'Talks',
      'Peru welcomed what it called “constructive” remarks by Chilean President Gabriel Boric on Saturday.',
    );
    expect(r.rels.filter((x) => / CRITICIZED /.test(x))).toEqual([]);
  });
});
