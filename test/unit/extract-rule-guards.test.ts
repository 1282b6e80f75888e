// The event rules' guards (each rule's `guard`, EventRule in server/src/extract/events/hit.ts): a guard's
// words must be in every match of its rule's regex, or the guard would hide events. Checked, for every
// guarded rule of RULES, on the seeds, held-out and dev pages and on invented sentences that match each
// guarded rule; and a body without the words skips the rule. A rule that goes on from another
// (EventRule.after) comes after it in RULES, and a body where that rule finds nothing never runs it.
import { describe, expect, it } from 'vitest';
import { readEvalSet, SETS } from '../../server/src/cli/eval.js';
import { mayMatch } from '../../server/src/extract/events/hit.js';
import { RULES } from '../../server/src/extract/events/index.js';
import { matchesOf } from '../../server/src/extract/regex-matches.js';

const INVENTED = [
  'The two leaders spoke by phone on Monday and held a video call later.',
  'The minister phoned his counterpart. She dialled the embassy. He rang the President.',
  'They had a long call with the envoy. An urgent call between the two sides followed.',
  'The president visited Paris and paid a visit to Rome before a short trip to Berlin and a tour of Kenya.',
  'The envoy arrived in Accra, landed in Lagos and touched down in Abuja; the first to arrive back.',
  'Washington announced an aid package and military aid to Kyiv, with weapons to the army and arms to allies.',
  'The court jailed the activist; others were imprisoned, sentenced, arrested or detained.',
  'Russia invaded Ukraine; the invasion of Crimea, a military offensive, war against the full-scale attack on it.',
  'The Ambassador to Spain since 2019 and the Minister, in post SINCE 2020, spoke.',
  'Meeting with the envoy, she smiled. After welcoming the guests, Hosting the summit, Receiving them.',
  'He wrote to the prime minister and sent a letter; they exchanged messages and sent her a brief note.',
  'She held in Rome, a meeting with the envoy and had on Friday talks with him.',
];

describe('the event rules guards', () => {
  const texts = [
    ...INVENTED,
    ...[...readEvalSet(SETS.seeds), ...readEvalSet(SETS.heldout), ...readEvalSet(SETS.real, 'dev')].map(
      (a) => a.raw,
    ),
  ];
  it('when a guarded rule matches, then its match holds one of its guard words', () => {
    let checked = 0;
    let guarded = 0;
    for (const rule of RULES) {
      const { id, guard: g } = rule;
      if (!g) continue;
      guarded++;
      const before = checked;
      for (const t of texts)
        for (const m of matchesOf(rule.re, t)) {
          const s = g.lower ? m[0].toLowerCase() : m[0];
          expect(
            g.words.some((w) => s.includes(w)),
            `${id}: ${m[0]}`,
          ).toBe(true);
          checked++;
        }
      expect(checked, `${id} matches nothing`).toBeGreaterThan(before);
    }
    expect(guarded).toBeGreaterThanOrEqual(9); // (the nine guarded rules of session 27)
    expect(checked).toBeGreaterThan(200);
  }, 30_000);

  it('when a body holds none of a rule guard words, then the rule is skipped; else it runs', () => {
    const visit = RULES.find((r) => r.id === 'events/recalls-returns:visit')!;
    const text = 'The minister met the envoy on Monday.';
    expect(mayMatch(visit, text, () => text.toLowerCase())).toBe(false);
    const since = RULES.find((r) => r.id === 'events/appointments:in-post-since')!;
    const t2 = 'Ambassador SINCE 2020';
    expect(mayMatch(since, t2, () => t2.toLowerCase())).toBe(true);
    const unguarded = RULES.find((r) => !r.guard)!;
    expect(mayMatch(unguarded, text, () => text.toLowerCase())).toBe(true);
  });

  it('when a rule goes on from another (after), then that rule comes earlier in RULES and gates it', () => {
    const chained = RULES.filter((r) => r.after);
    expect(chained.map((r) => r.id)).toEqual([
      'events/expulsions:expeller-list',
      'events/meetings-calls:credentials-listed',
      'events/credential-rosters:roster',
    ]);
    const at = (id: string) => RULES.findIndex((r) => r.id === id);
    for (const r of chained)
      for (const id of r.after!) {
        expect(at(id), r.id).toBeGreaterThanOrEqual(0);
        expect(at(id), r.id).toBeLessThan(RULES.indexOf(r));
      }
    const ceremony = RULES[at('events/meetings-calls:credentials')]!;
    const host = 'President Ana Costa received the credentials of two new ambassadors.';
    const list = ' They are Mr Kwame Mensah of Ghana and Mr Dmitri Orlov of Belarus.';
    expect(matchesOf(ceremony.re, host).length).toBe(1);
    expect(matchesOf(ceremony.re, list).length).toBe(0);
  });
});
