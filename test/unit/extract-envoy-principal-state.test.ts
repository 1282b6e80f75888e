// An envoy whose own state his title gives ("Iranian Ambassador X", "the US ambassador, Y", "Ambassador of
// Serbia, Mr Z") and whose posting no sentence names: posted in the one other state the article is about
// (events/principal-states.ts, rule events/envoy-hosts:principal-state). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('an envoy posted in the one other state the article is about', () => {
  it('takes the state whose ministry deals with a demonym-titled ambassador', () => {
    const r = run(
      'Ministry sets new date for envoy',
      "Jordan's Ministry of Foreign Affairs gave Syrian Ambassador Karim Haddad a new date after he skipped a meeting. Jordan expects him on Sunday, officials in Amman said.",
    );
    expect(r.rels).toContain('Karim Haddad AMBASSADOR_TO Jordan');
    expect(r.ruleOf('Karim Haddad AMBASSADOR_TO Jordan')).toBe('events/envoy-hosts:principal-state');
  });

  it('reads the origin from "the X ambassador, NAME"', () => {
    const r = run(
      'President pauses ties with embassy',
      'The president of Peru announced a pause in relations with the Chilean ambassador, Tomas Rivera, after his remarks on the reform. Peru wants respect for its courts, the president said in Lima.',
    );
    expect(r.rels).toContain('Tomas Rivera AMBASSADOR_TO Peru');
  });

  it('reads the origin from "Ambassador of X, Mr NAME"', () => {
    const r = run(
      'Protest note handed to envoy',
      "Ambassador of the Republic of Bulgaria, Mr Petar Stoev, was handed a protest note over the attack on Greece's Embassy in Sofia. Greece expects Bulgaria to act, the note said.",
    );
    expect(r.rels).toContain('Petar Stoev AMBASSADOR_TO Greece');
  });

  it('gives no host when two other states compete', () => {
    const r = run(
      'Envoy speaks at forum',
      'Brazilian Ambassador Joao Lima spoke at a forum on trade. Kenya and Ghana sent delegates; Kenya and Ghana both signed the accord.',
    );
    expect(r.rels.filter((x) => x.startsWith('Joao Lima AMBASSADOR_TO'))).toEqual([]);
  });

  it('gives no host to an acting head of mission', () => {
    const r = run(
      'Envoy handed protest',
      "Norway's Ministry of Foreign Affairs handed a note to the Acting Ambassador of Denmark Lars Holm. Norway wants answers, Oslo said.",
    );
    expect(r.rels).not.toContain('Lars Holm AMBASSADOR_TO Norway');
  });

  it('does not take a title of the previous name in a list', () => {
    const r = run(
      'Envoys welcomed',
      'The governor welcomed HE Mr Ali Omar, Ambassador of Egypt and HE Mr Tane Rua, Minister of Tonga. Fiji hosted the lunch and Fiji paid for it.',
    );
    expect(r.rels).not.toContain('Tane Rua AMBASSADOR_TO Fiji');
  });

  it('gives no host when a line naming the envoy names a third state', () => {
    const r = run(
      'Stories of the day',
      "Turkey's envoy leaves Cairo as Egypt and Turkey argue. Egypt said Egypt was calm.\nRussia's ambassador to the UN, Ivan Orlov, regretted the French envoy Paul Marin's resignation.",
    );
    expect(r.rels).not.toContain('Paul Marin AMBASSADOR_TO Egypt');
  });
});
