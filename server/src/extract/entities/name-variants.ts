// One person under two spellings of a transliterated name ("Sergey Lavrov" and "Sergei Lavrov", "Yuri"
// and "Yury"): persons whose names have the same words once case, accents, y/i and doubled letters are
// set aside are merged into the one the page names first. A surname alone spelled another way than in the
// full name ("Zelensky" of "Volodymyr Zelenskyy", "el-Sisi" of "Abdel Fattah Al-Sisi", "Inacio" of "Inácio")
// has the same surname skeleton (singles.ts).
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

/** Arabic articles written before a family name: "Al-Sisi", "el-Sisi", "as-Sadr", "ad-Din". */
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|ul)[-‘’'\s]/;

/**
 * A surname's skeleton: its spelling with case, accents, y/i, doubled letters and a leading Arabic article set
 * aside ("Zelenskyy", "Zelensky", "Zelenskiy" → "zelenski"; "Al-Sisi", "el-Sisi", "Sisi" → "sisi").
 */
export function surnameSkeleton(word: string): string {
  return skeleton(word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(ARTICLE_PREFIX, ''));
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
