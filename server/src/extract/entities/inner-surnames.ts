// Surnames inside a longer name: the first of a Spanish pair of surnames ("Boric" of "Gabriel Boric Font")
// names the person alone, as the last word of a name does (merging.ts mergePersons); a generation's mark
// ("Jr.", "II") is no surname.
import { isCommonWord, isFirstName } from '../lexicon.js';
import type { Entity } from './types.js';

/** Surname → the one person who has it (null when several do). */
type Surnames = Map<string, Entity | null>;

/** A name's words without a generation's mark at its end ("Jr.", "Sr", "II", "III"), when others remain. */
export function withoutGeneration(parts: string[]): string[] {
  const last = parts[parts.length - 1]!;
  return parts.length > 2 && /^(?:Jr|Sr|II|III|IV)\.?$/.test(last) ? parts.slice(0, -1) : parts;
}

/**
 * "Gabriel Boric Font … President Boric", "Nicolás Maduro Moros … Maduro": a word inside a name of three
 * words or more, the first of a Spanish pair of surnames, names that person alone when it is no given name,
 * no common word, and no other person's name holds it (not "Kim Jong Un" beside "Kim Yo Jong"); a father's
 * name after "bin" or "ibn" is not the son's ("Tamim bin Hamad Al Thani" is no "Hamad").
 */
export function innerSurnames(persons: Iterable<Entity>, surnames: Surnames): void {
  const inside = new Map<string, Entity | null>();
  const anywhere = new Map<string, Set<Entity>>();
  for (const p of persons) {
    const parts = withoutGeneration(p.name.split(' '));
    for (const w of parts) anywhere.set(w, (anywhere.get(w) ?? new Set()).add(p));
    if (parts.length < 3) continue;
    for (let i = 1; i < parts.length - 1; i++) {
      const w = parts[i]!;
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || /^(?:bin|ibn|bint|ben|ould|b\.)$/i.test(parts[i - 1]!)) continue;
      if (isFirstName(w) || isCommonWord(w) || NAME_PARTICLES_OR_TITLES.test(w)) continue;
      inside.set(w, inside.has(w) && inside.get(w) !== p ? null : p);
    }
  }
  for (const [w, p] of inside) if (p && !surnames.has(w) && anywhere.get(w)!.size === 1) surnames.set(w, p);
}

/** Capitalised words inside names that are titles or particles, not a name used alone. */
const NAME_PARTICLES_OR_TITLES =
  /^(?:Sheikh|Shaikh|Haji|Hajji|Sri|Dato|Datuk|Abu|Umm|Abdel|Abdul|Del|Della|Van|Von|De|Da|Di|Le|La|Al|El)$/;
