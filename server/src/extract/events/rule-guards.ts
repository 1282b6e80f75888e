// Cheap word tests run before an event rule's trigger regex: for each guarded rule, literals of which every
// match of its regex contains at least one (case as in the regex). A body holding none of them cannot match,
// so the regex's scan of the whole body is skipped. Each list is read off its regex's alternatives; keep it
// in step when a regex changes (test/unit/extract-rule-guards.test.ts checks the lists against the rules'
// matches on the test corpora). `lower: true`: the regex ignores case, and the test runs on the lower-cased
// body.
import type { EventRule } from './hit.js';

interface Guard {
  words: readonly string[];
  lower?: boolean;
}

/** The guards, by rule id. A rule not here always runs. */
export const RULE_GUARDS: ReadonlyMap<string, Guard> = new Map<string, Guard>([
  ['events/phone-calls:phone-call', { words: ['phone', 'video', 'call', 'dial', 'rang'] }],
  ['events/recalls-returns:visit', { words: ['visit', 'tour', 'trip'] }],
  ['events/recalls-returns:arrival', { words: ['arriv', 'land', 'touch'] }],
  [
    'events/conflict-aid:aid',
    {
      words: [
        'aid package',
        'military aid',
        'military assistance',
        'aid to',
        'assistance to',
        'weapons to',
        'arms to',
      ],
    },
  ],
  ['events/conflict-aid:jailing', { words: ['jail', 'imprison', 'sentenced', 'arrested', 'detained'] }],
  [
    'events/conflict-aid:invasion',
    { words: ['inva', 'offensive', 'war', 'attack', 'assault', 'aggression'] },
  ],
  ['events/appointments:in-post-since', { words: ['since'], lower: true }],
  [
    'events/meetings:fronted',
    { words: ['Meeting', 'Welcoming', 'Hosting', 'Receiving', 'welcoming', 'hosting', 'receiving'] },
  ],
  [
    'events/letters-interviews:letter',
    {
      words: ['letter', 'wrote', 'written', 'writes', 'message', 'note', 'telegram', 'cable', 'missive'],
    },
  ],
]);

/** Whether `rule` may match somewhere in `seg` (`lower`: seg lower-cased, computed when first asked). */
export function mayMatch(rule: EventRule, seg: string, lower: () => string): boolean {
  const g = RULE_GUARDS.get(rule.id);
  if (!g) return true;
  const text = g.lower ? lower() : seg;
  return g.words.some((w) => text.includes(w));
}
