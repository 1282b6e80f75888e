// Parties read across sentences, on sentences written for the test: a state's own envoy recalled without a
// name ("called back its high commissioner") is the one person the article posts as a head of mission away
// from that state; "I" inside a quotation whose speaker is known is the speaker (a meeting, an arrival told
// in the first person). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('a recalled own envoy named elsewhere', () => {
  it('is the head of mission the article posts away from the recalling state', () => {
    const r = run(
      'Peru calls back envoy',
      'Peru on Monday called back its high commissioner from Chile. On Friday, Chile had summoned Hugo Salas, the high commissioner to Chile, over the border row.',
    );
    expect(r.rels).toContain('Peru RECALLED Hugo Salas');
    expect(r.ruleOf('Peru RECALLED Hugo Salas')).toBe('events/own-envoys:recalled-own-envoy');
  });

  it('is no envoy whom another state recalls from the same place', () => {
    const r = run(
      'Envoys recalled',
      'Peru recalled its ambassador from Chile on Monday. Bolivia also recalled its ambassador from Chile. Ambassador Hugo Salas, the envoy to Chile, left Santiago.',
    );
    expect(r.rels.filter((x) => / RECALLED Hugo Salas$/.test(x))).toEqual([]);
  });

  it('is no deputy', () => {
    const r = run(
      'Envoy called back',
      'Peru called back its deputy ambassador from Chile on Monday. Chile had summoned Peruvian Ambassador Hugo Salas on Friday.',
    );
    expect(r.rels).not.toContain('Peru RECALLED Hugo Salas');
  });
});

describe('"I" in a quotation whose speaker is known', () => {
  it('makes the speaker a party of the meeting the quotation tells', () => {
    const r = run(
      'Envoy presents his view',
      '“I had a good meeting with President Luis Arce on Monday,” Ambassador Hugo Salas told reporters.',
    );
    expect(r.rels).toContain('Hugo Salas MET Luis Arce');
    expect(r.events('meeting')).toHaveLength(1);
  });

  it('makes no event of a first-person quotation without a speaker', () => {
    const r = run('Talks', 'Crowds gathered. “I had a good meeting with President Luis Arce on Monday.”');
    expect(r.events('meeting')).toHaveLength(0);
  });
});
