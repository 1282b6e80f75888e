// Spokespersons and members of a body named by their role, on sentences written for the test: a body named
// again by its head words ("the Foreign Ministry Spokesman, X" after "the Peruvian Foreign Ministry"; "X, the
// official spokesman for the ministry"), a bare role and its body after a comma ("X, Official Spokesperson,
// Ministry of Trade"), and a role phrase set before the name without a comma ("The spokesman for Peru's
// foreign ministry X"), or with no article after "by" ("by spokesman of the ministry X"); "the <body>
// spokesman" with no name, the spokesperson titled before it. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('a body named again by its head words', () => {
  it('reads "the Foreign Ministry Spokesman, X" as the ministry named before', () => {
    const r = run(
      'Sanctions condemned',
      'The Peruvian Foreign Ministry condemned the sanctions. "This is illegal," the Foreign Ministry Spokesman, Hugo Salas, said.',
    );
    const rel = 'Hugo Salas SPOKESPERSON_OF Peruvian Foreign Ministry';
    expect(r.rels).toContain(rel);
    expect(r.ruleOf(rel)).toBe('relations/titles:body-named-again-title-name');
  });

  it('reads "X, the official spokesman for the ministry"', () => {
    const r = run(
      'Envoy called in',
      'The Peruvian Foreign Ministry summoned the acting ambassador on Tuesday. Hugo Salas, the official spokesman for the ministry, announced the move.',
    );
    expect(r.rels).toContain('Hugo Salas SPOKESPERSON_OF Peruvian Foreign Ministry');
  });

  it('takes no body the article has not named', () => {
    const r = run(
      'Envoy called in',
      'Hugo Salas, the official spokesman for the ministry, announced the move.',
    );
    expect(r.rels.filter((x) => / SPOKESPERSON_OF /.test(x))).toEqual([]);
  });
});

describe('a role and its body in other orders', () => {
  it('reads "X, Official Spokesperson, <body>"', () => {
    const r = run(
      'Trade talks',
      'Hugo Salas, Official Spokesperson, Ministry of External Affairs, said the talks would go on.',
    );
    const rel = 'Hugo Salas SPOKESPERSON_OF Ministry of External Affairs';
    expect(r.rels).toContain(rel);
    expect(r.ruleOf(rel)).toBe('relations/appositions:role-then-body');
  });

  it('reads "The spokesman for <body> X" without a comma', () => {
    const r = run(
      'Conduct criticised',
      "Lima - The spokesman for Peru's foreign ministry Hugo Salas has said the conduct was unusual.",
    );
    expect(r.rels).toContain('Hugo Salas SPOKESPERSON_OF Peruvian Foreign Ministry');
  });

  it('reads "by spokesman of <body> X" with no article', () => {
    const r = run(
      'Envoy summoned',
      'The ambassador was summoned on Monday. This was reported to journalists by spokesman of the Peruvian Foreign Ministry Ana Ruiz.',
    );
    expect(r.rels).toContain('Ana Ruiz SPOKESPERSON_OF Peruvian Foreign Ministry');
  });

  it('reads no body from a lower-case phrase after the bare role', () => {
    const r = run('Talks', 'The talks were praised by head of state protocol Ana Ruiz on Monday.');
    expect(r.rels.filter((x) => /^Ana Ruiz (?:LEADS|MEMBER_OF|SPOKESPERSON_OF) /.test(x))).toEqual([]);
  });

  it('gives "the <body> spokesman" with no name to the spokesperson the text titled before it', () => {
    const r = run(
      'Talks',
      'Ivan Orlov, the press secretary of the president, told reporters on Monday that talks would go ahead. "This is an important conversation," the Presidential Office spokesman said.',
    );
    expect(r.rels).toContain('Ivan Orlov SPOKESPERSON_OF Presidential Office');
    expect(r.ruleOf('Ivan Orlov SPOKESPERSON_OF Presidential Office')).toBe(
      'relations/titles:body-spokesperson-by-role',
    );
  });

  it('gives it to no one when no spokesperson was titled before it', () => {
    const r = run(
      'Talks',
      'Ivan Orlov, the deputy foreign minister, told reporters on Monday that talks would go ahead. "This is an important conversation," the Presidential Office spokesman said.',
    );
    expect(r.rels.filter((x) => / SPOKESPERSON_OF /.test(x))).toEqual([]);
  });
});

describe('a press secretary titled before the name, with capitals', () => {
  it('reads "Kremlin Press Secretary X" as the body\'s spokesperson, not merely its member', () => {
    const r = run(
      'Talks welcomed',
      'Kremlin Press Secretary Oleg Dorin welcomed the talks on Monday. Officials gave no date for the next round.',
    );
    expect(r.rels).toContain('Oleg Dorin SPOKESPERSON_OF Kremlin');
    expect(r.rels).not.toContain('Oleg Dorin MEMBER_OF Kremlin');
  });

  it('keeps "Gazprom Deputy Chairman X" a member of the body', () => {
    const r = run(
      'Gas talks',
      'Gazprom Deputy Chairman Oleg Dorin met the delegation on Monday. Officials gave no date for the next round.',
    );
    expect(r.rels).toContain('Oleg Dorin MEMBER_OF Gazprom');
    expect(r.rels).not.toContain('Oleg Dorin SPOKESPERSON_OF Gazprom');
  });
});
