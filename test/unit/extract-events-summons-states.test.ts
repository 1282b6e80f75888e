// Summonses and the states that make them, on sentences written for the test: several states that each
// summon another state's envoys make one summons each (as each state's recall or expulsion is its own), and
// a summons whose summoner is a generic body ("the government", "the foreign ministry") or left out is made
// by the state the named envoy is posted to, read from the envoy's apposition ("X, the US ambassador to Y,").
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const summoners = (r: ReturnType<typeof run>) =>
  r
    .events('summons')
    .map((e) => e.participants.filter((p) => p.role === 'summoner').map((p) => r.name(p.entity)));

describe('several states summoning envoys', () => {
  it('a list of states that have all summoned envoys: one summons each', () => {
    const a = run(
      'Remarks condemned',
      'Ghana, Botswana and South Africa have all summoned US ambassadors in their countries over the matter.',
    );
    expect(summoners(a)).toEqual([['Ghana'], ['Botswana'], ['South Africa']]);
    expect(a.rels).toContain('Botswana SUMMONED United States');
    const b = run('Envoys summoned', 'Kenya and Uganda summoned the British high commissioners on Monday.');
    expect(summoners(b)).toEqual([['Kenya'], ['Uganda']]);
  });

  it('in other words and tenses', () => {
    const a = run(
      'Executions',
      "Sweden, Denmark and Finland summoned Iran's ambassadors after the executions.",
    );
    expect(summoners(a)).toEqual([['Sweden'], ['Denmark'], ['Finland']]);
    const b = run('Incident', 'Lithuania and Latvia have summoned the Chinese envoys over the incident.');
    expect(summoners(b)).toEqual([['Lithuania'], ['Latvia']]);
    expect(b.rels).toEqual(expect.arrayContaining(['Lithuania SUMMONED China', 'Latvia SUMMONED China']));
  });

  it('one state with its official summoning one envoy: one summons', () => {
    const r = run(
      'Envoy summoned',
      "South Korea's Foreign Ministry and Vice Minister Chang Ho-jin summoned Chinese Ambassador Xing Haiming on Friday.",
    );
    expect(r.events('summons')).toHaveLength(1);
  });
});

describe('the state an envoy is posted to, when no summoner is named', () => {
  it('a generic body summons the envoy its apposition posts there', () => {
    const a = run(
      'Remarks',
      'The federal government has summoned Stuart Symington, United States ambassador to Nigeria, over the remarks.',
    );
    expect(a.rels).toContain('Nigeria SUMMONED Stuart Symington');
    const b = run(
      'Comments',
      'The government summoned Dan Mozena, the US ambassador to Bangladesh, over his comments.',
    );
    expect(b.rels).toContain('Bangladesh SUMMONED Dan Mozena');
    const c = run(
      'Protest',
      'The foreign ministry on Tuesday summoned Maria Lopez, the Spanish envoy to Argentina, to protest the remarks.',
    );
    expect(c.rels).toContain('Argentina SUMMONED Maria Lopez');
  });

  it('a passive with no summoner', () => {
    const r = run(
      'Remarks',
      "Hiroshi Tanaka, Japan's ambassador to Peru, was summoned on Friday over the remarks.",
    );
    expect(r.rels).toContain('Peru SUMMONED Hiroshi Tanaka');
  });

  it('no state for a diplomat whose apposition posts him nowhere', () => {
    const r = run(
      'Remarks',
      'The ministry summoned Ali Reza, a counsellor at the embassy, over the remarks.',
    );
    expect(summoners(r)).toEqual([[]]);
    expect(r.rels.filter((x) => x.includes('SUMMONED'))).toEqual([]);
  });
});
