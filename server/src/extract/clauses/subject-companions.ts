// Companions set off between commas after a subject, who act with it: "The Czech Republic, along with
// Slovakia and Bulgaria, expelled …", "X, together with Y, met …", "Germany, as well as France and Italy,
// imposed …". subject.ts reads the subject before the first comma and adds the companions of its kind.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { Sentence } from '../text.js';

/** ", along with A, B and C," right before the verb (adverbials and auxiliaries may follow the comma). */
const COMPANIONS =
  /,\s*(?:along\s+with|together\s+with|as\s+well\s+as|alongside|joined\s+by)\s+((?:[^,;()"“”]{1,80}?,\s*)*[^,;()"“”]{1,80}?)\s*,\s*(?:(?:have|has|had|also|all|each|jointly|together|both|then|later|now|on\s+\p{Lu}\p{Ll}+day)\s+)*$/u;

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
  if (!named.length || !/^(?:\s|,|\band\b|\bthe\b)*$/.test(gaps)) return undefined;
  return { comma: s.start + m.index, entities: [...new Set(named.map((x) => x.entity))] };
}
