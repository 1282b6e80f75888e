// An envoy recalled in one clause by name and in another as the recaller's unnamed head of mission ("it was
// recalling its ambassador to Chile" … "Ola Berg was being called home"), and an envoy recalled in the
// passive from a capital ("Ambassador X will be recalled from Hanoi"): AMBASSADOR_TO the state recalled
// from (events/envoys.ts recalledOwnHead, events/passive-recalled-from.ts). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('the person a recall of "its ambassador" names in another clause', () => {
  it('is the ambassador to the state recalled from', () => {
    const r = run(
      'Norway recalls envoy',
      'Norway said on Friday it was recalling its ambassador to Chile over the mining dispute. The Norwegian foreign ministry said Ola Berg was being recalled for consultations.',
    );
    expect(r.rels).toContain('Ola Berg AMBASSADOR_TO Chile');
  });

  it('is not taken when the recall names two persons', () => {
    const r = run(
      'Norway recalls envoys',
      'Norway said on Friday it was recalling its ambassador to Chile over the mining dispute. The Norwegian foreign ministry said Ola Berg and Kari Lund were being recalled for consultations.',
    );
    expect(r.rels.filter((x) => x.includes('AMBASSADOR_TO Chile'))).toEqual([]);
  });

  it('is not taken with no unnamed ambassador recalled', () => {
    const r = run(
      'Norway recalls diplomat',
      'Norway said on Friday it was recalling its staff from Chile over the mining dispute. The Norwegian foreign ministry said Ola Berg was being recalled for consultations.',
    );
    expect(r.rels).not.toContain('Ola Berg AMBASSADOR_TO Chile');
  });
});

describe('an ambassador recalled in the passive from a place', () => {
  it('is the ambassador to the country of the capital', () => {
    const r = run(
      'Envoy called home',
      'The Danish government condemned the sentence passed by the Vietnamese court. In protest, ambassador Lars Holm will be recalled from Hanoi.',
    );
    expect(r.rels).toContain('Lars Holm AMBASSADOR_TO Vietnam');
  });

  it('reads no place from a post recalled from', () => {
    const r = run(
      'Envoy called home',
      'The Danish government condemned the sentence. In protest, ambassador Lars Holm will be recalled from his post.',
    );
    expect(r.rels.filter((x) => x.startsWith('Lars Holm AMBASSADOR_TO'))).toEqual([]);
  });
});
