// Companions of a subject, who act with it: set off between commas ("The Czech Republic, along with
// Slovakia and Bulgaria, expelled …", "X, together with Y, met …", "Germany, as well as France and Italy,
// imposed …", "X, accompanied by A and B, arrived": the subject before the first comma and the companions
// of its kind), or a group of the subject's own that names no one ("The US and its allies sanctioned …":
// the US).
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { Sentence } from '../text.js';
import { mentionEndingAt, type NounPhrase } from './mention-lists.js';

/** "X and its allies" right before the verb (adverbials and auxiliaries may follow). */
const OWN_GROUP =
  /\s+and\s+(?:its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:allies|partners|supporters|neighbou?rs|coalition partners)\s*(?:,\s*)?(?:(?:have|has|had|also|all|jointly|together|then|later|now|on\s+\p{Lu}\p{Ll}+day)\s+)*$/u;

/**
 * The subject at `at` as `core` reads it (the subject phrase ending before a position), with its
 * companions: those between commas after it, or the subject alone before "and its allies".
 */
export function withCompanions(
  c: Ctx,
  s: Sentence,
  at: number,
  core: (pos: number) => NounPhrase | undefined,
): NounPhrase | undefined {
  const along = companionsBefore(c, s, at);
  const np = along ? core(along.comma) : undefined;
  if (np?.entities.length) {
    // Of its kind: persons with a person, states and bodies with a state or a body.
    const person = np.entities.some((e) => e.type === 'Person');
    const more = along!.entities.filter((e) => (e.type === 'Person') === person && !np.entities.includes(e));
    return { ...np, entities: [...np.entities, ...more] };
  }
  const own = OWN_GROUP.exec(c.work.slice(s.start, at));
  const m = own ? mentionEndingAt(c, s.start, s.start + own.index) : undefined;
  if (m && m.entity.type !== 'Person')
    return core(m.end) ?? { start: m.start, end: m.end, entities: [m.entity], owners: [] };
  return core(at);
}

/** ", along with A, B and C," right before the verb (adverbials and auxiliaries may follow the comma). */
const COMPANIONS =
  /,\s*(?:along\s+with|together\s+with|as\s+well\s+as|alongside|joined\s+by|accompanied\s+by)\s+((?:[^,;()"“”]{1,80}?,\s*)*[^,;()"“”]{1,80}?)\s*,\s*(?:(?:have|has|had|also|all|each|jointly|together|both|then|later|now|on\s+\p{Lu}\p{Ll}+day)\s+)*$/u;

/** Where the companions' phrase starts (the comma after the subject) and the entities it names. */
export function companionsBefore(
  c: Ctx,
  s: Sentence,
  at: number,
): { comma: number; entities: Entity[] } | undefined {
  const m = COMPANIONS.exec(c.work.slice(s.start, at));
  if (!m) return undefined;
  const from = s.start + m.index + m[0].indexOf(m[1]!);
  const named = c.inRange(from, from + m[1]!.length, ['Place', 'Organization', 'Person']);
  // Only a list of names: "along with Slovakia and Bulgaria", not "along with its allies in the region".
  let gaps = c.work.slice(from, from + m[1]!.length);
  for (const x of [...named].reverse()) gaps = gaps.slice(0, x.start - from) + ' ' + gaps.slice(x.end - from);
  // (Titles before the names stay: "along with Prime Minister X".)
  if (!named.length || !/^(?:\s|,|\band\b|\bthe\b|\b\p{Lu}[\p{L}-]*\b)*$/u.test(gaps)) return undefined;
  return { comma: s.start + m.index, entities: [...new Set(named.map((x) => x.entity))] };
}
