// One person under two spellings of a transliterated name ("Sergey Lavrov" and "Sergei Lavrov", "Yuri"
// and "Yury"): persons whose names have the same words once case, accents, y/i and doubled letters are
// set aside are merged into the one the page names first.
import type { Builder } from './builder.js';
import type { Entity } from './types.js';

/** A name's spelling with case, accents, y/i and doubled letters set aside. */
function skeleton(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1/gu, '$1');
}

/** Merges persons whose multi-word names differ only by a transliteration's spelling. */
export function mergeNameVariants(b: Builder): void {
  const first = new Map<Entity, number>();
  for (const m of b.mentions) {
    const at = first.get(m.entity);
    if (at === undefined || m.start < at) first.set(m.entity, m.start);
  }
  const persons = [...b.entities.values()]
    .filter((e) => e.type === 'Person' && /\s/.test(e.name) && first.has(e))
    .sort((x, y) => first.get(x)! - first.get(y)!);
  const bySkeleton = new Map<string, Entity>();
  for (const e of persons) {
    const key = skeleton(e.name);
    const keep = bySkeleton.get(key);
    if (!keep) {
      bySkeleton.set(key, e);
      continue;
    }
    b.absorb(e, keep);
  }
}
