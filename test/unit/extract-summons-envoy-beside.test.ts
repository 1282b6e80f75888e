// The envoy named beside the role a summons' object gives, on sentences written for the test: a capitalised
// title ("the U.S. Ambassador to Sweden, X"), an honorific before the name ("Chile's envoy to Norway, Dr. X"),
// a chargé's title with its mission ("the Chargé d'Affaires of the Embassy of Peru to Norway, Ms X") or a
// title first ("Ambassador of Chile to Oslo X"): the person is the one summoned, not the state. Not a name
// that opens the next clause, nor a role with no name beside it. With no name, the state after "of" ("the High
// Commissioner of Kenya", "a representative of the Embassy of Chile"), not the head of another body.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const summoned = (r: ReturnType<typeof run>) =>
  r
    .events('summons')
    .flatMap((e) => e.participants.filter((p) => p.role === 'summoned').map((p) => r.name(p.entity)));

describe('the envoy named beside the role summoned', () => {
  it('a capitalised title with its posting, then the name', () => {
    const r = run(
      'Envoy summoned',
      'Foreign Minister Anna Berg said on Monday she would summon the U.S. Ambassador to Sweden, Robert Hale, over the comments.',
    );
    expect(summoned(r)).toEqual(['Robert Hale']);
    expect(r.rels).toContain('Anna Berg SUMMONED Robert Hale');
    expect(r.rels).not.toContain('Anna Berg SUMMONED United States');
  });

  it('an honorific between the role and the name', () => {
    const r = run(
      'Envoy summoned',
      "The Norwegian government summoned Chile's envoy to Norway, Dr. Laura Pinto, over the attack on its consulate.",
    );
    expect(summoned(r)).toEqual(['Laura Pinto']);
    expect(r.rels).not.toContain('Norway SUMMONED Chile');
  });

  it("a chargé d'affaires of a mission, or a title standing first", () => {
    const a = run(
      'Envoy summoned',
      "Oslo summoned the Chargé d'Affaires of the Embassy of Peru to Norway, Ms Rosa Quispe, over the attack.",
    );
    expect(summoned(a)).toEqual(['Rosa Quispe']);
    const b = run(
      'Envoy summoned',
      'The Norwegian Foreign Ministry on Monday summoned Ambassador of Chile to Oslo Maria Gonzales over the remarks.',
    );
    expect(summoned(b)).toEqual(['Maria Gonzales']);
  });

  it('a name that opens the next clause is no envoy beside the role', () => {
    const r = run(
      'Envoy summoned',
      'Oslo summoned the U.S. Ambassador to Norway, Robert Hale said on Monday.',
    );
    expect(r.rels).toContain('Oslo SUMMONED United States');
    expect(r.rels).not.toContain('Oslo SUMMONED Robert Hale');
  });

  it('a role with no name beside it keeps its state', () => {
    const r = run(
      'Envoy summoned',
      'Foreign Minister Anna Berg summoned the U.S. Ambassador to Sweden over the comments on Monday.',
    );
    expect(summoned(r)).toEqual(['United States']);
  });

  it('an envoy or staff member of a state or its mission, named after "of"', () => {
    const a = run(
      'Envoy summoned',
      "Norway's foreign ministry summoned the High Commissioner of Kenya on Saturday over the attack.",
    );
    expect(summoned(a)).toEqual(['Kenya']);
    const b = run(
      'Diplomat summoned',
      'The Norwegian Foreign Ministry summoned a representative of the Embassy of Chile to Norway and handed him a note.',
    );
    expect(summoned(b)).toEqual(['Chile']);
  });

  it('the head of some other body is no envoy of a state', () => {
    const r = run(
      'Official summoned',
      "Norway's foreign ministry summoned the head of the Office of Kenya on Saturday.",
    );
    expect(summoned(r)).not.toContain('Kenya');
  });
});
