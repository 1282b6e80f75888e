// Relations and events whose actor the clause leaves unnamed, on sentences written for the test: a critic or
// accuser the clause names only by a body or state head ("the foreign ministry", "the government of the
// Andean country"), read as the body or state acting in the text before; the doer of an act named by a noun
// ("the remarks by X"); a participle's subject taken from the main clause ("X summoned …, accusing Y of …",
// "issued a statement condemning …"); one unnamed diplomat summoned ("a senior Chilean diplomat") who is the
// person another clause names as summoned. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('a subject that names no entity', () => {
  it('reads "the foreign ministry" as the state acting in the sentence before', () => {
    const r = run(
      'Envoy called in',
      'Peru summoned the Chilean ambassador on Monday. In a statement, the foreign ministry strongly criticised Chile for the raid.',
    );
    expect(r.rels).toContain('Peru CRITICIZED Chile');
    expect(r.ruleOf('Peru CRITICIZED Chile')).toBe('relations/verbs:criticized');
  });

  it('reads "the government of the Andean country" as that state', () => {
    const r = run(
      'Ties cut',
      'Peru protested on Monday. The government of the Andean country accuses Chile of interference.',
    );
    expect(r.rels).toContain('Peru ACCUSED Chile');
  });

  it('takes no outlet for the acting body', () => {
    const r = run(
      'Ties cut',
      'Reuters reported the news on Monday. The government condemned Chile for the raid.',
    );
    expect(r.rels.filter((x) => / CRITICIZED /.test(x))).toEqual([]);
  });
});

describe('the doer of an act named by a noun', () => {
  it('reads "condemned the remarks by X" as criticism of X', () => {
    const r = run(
      'Envoy called in',
      'The Peruvian Foreign Ministry condemned the remarks by Chilean President Gabriel Boric on Monday.',
    );
    const rel = 'Peruvian Foreign Ministry CRITICIZED Gabriel Boric';
    expect(r.rels).toContain(rel);
    expect(r.ruleOf(rel)).toBe('relations/verbs:criticized-act-of');
  });

  it('reads "slammed the sanctions imposed by X"', () => {
    const r = run('Sanctions', 'Peru slammed the sanctions imposed by the European Union on Monday.');
    expect(r.rels).toContain('Peru CRITICIZED European Union');
  });
});

describe('a participle clause', () => {
  it("takes the main clause's subject, not the object before the participle", () => {
    const r = run(
      'Flag removed',
      'Peru on Sunday summoned a senior Chilean diplomat over the removal of the flag in Santiago, accusing Chile of indifference.',
    );
    expect(r.rels).toContain('Peru ACCUSED Chile');
  });

  it('gives a statement condemning something to its issuer', () => {
    const r = run(
      'Envoy called in',
      'Peru summoned the Chilean ambassador on Monday. The foreign ministry issued a statement strongly condemning Chile for the raid.',
    );
    expect(r.rels).toContain('Peru CRITICIZED Chile');
  });
});

describe('one unnamed diplomat summoned', () => {
  it('is the person another clause names as summoned, and no head of mission', () => {
    const r = run(
      'Flag removed',
      'Peru summoned a senior Chilean diplomat on Sunday.\n\nWith the ambassador away, his deputy Jorge Vidal was summoned to the Peruvian Foreign Ministry on Sunday night.',
    );
    expect(r.rels).toContain('Peru SUMMONED Jorge Vidal');
    expect(r.rels).not.toContain('Peru SUMMONED Chile');
    expect(r.rels.filter((x) => /AMBASSADOR_TO/.test(x))).toEqual([]);
    expect(r.events('summons')).toHaveLength(1);
  });

  it('stays the country when no person is named as summoned', () => {
    const r = run('Flag removed', 'Peru summoned a senior Chilean diplomat on Sunday over the flag.');
    expect(r.rels).toContain('Peru SUMMONED Chile');
  });
});

describe('the person a summons names by title and country', () => {
  it('reads "High Commissioner of <country> <name>" as the person', () => {
    const r = run(
      'Envoy called in',
      'Peru on Wednesday summoned High Commissioner of Chile Jorge Vidal in connection with a telephone call.',
    );
    expect(r.rels).toContain('Peru SUMMONED Jorge Vidal');
    expect(r.rels).not.toContain('Peru SUMMONED Chile');
  });

  it('takes the one diplomat of that country the article names at its embassy', () => {
    const r = run(
      'Diplomat summoned',
      'Peru summoned a senior Chilean diplomat on Friday.\n\nThe deputy minister raised the matter in a meeting with Jorge Vidal, chief minister at the Chilean Embassy in Peru, the ministry said.',
    );
    expect(r.rels).toContain('Peru SUMMONED Jorge Vidal');
    expect(r.rels).not.toContain('Peru SUMMONED Chile');
  });

  it('keeps the country when the article names two such diplomats', () => {
    const r = run(
      'Diplomat summoned',
      'Peru summoned a senior Chilean diplomat on Friday.\n\nJorge Vidal, chief minister at the Chilean Embassy in Peru, and Ana Rojas, first secretary at the Chilean Embassy in Peru, left early.',
    );
    expect(r.rels).toContain('Peru SUMMONED Chile');
  });
});
