// A role phrase as a speaker: the one person the text titles with it ("UK Foreign Secretary says" after
// "UK Foreign Secretary James Cleverly"; "the Deputy Foreign Minister was quoted as saying" after "Vice
// Foreign Minister X", vice and deputy alike).
import type { Entity, Mention } from '../entities/index.js';

const one = (ms: Mention[]) => {
  const holders = new Set(ms.map((m) => m.entity));
  return holders.size === 1 ? [...holders][0] : undefined;
};

/** The one person the text names right after a role ("UK Foreign Secretary James Cleverly"). */
export function titledWith(work: string, persons: readonly Mention[], role: string): Entity | undefined {
  const want = role.toLowerCase().replace(/\s+/g, ' ');
  return one(
    persons.filter((m) =>
      work
        .slice(Math.max(0, m.start - want.length - 3), m.start)
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/[\s,]+$/, '')
        .endsWith(want),
    ),
  );
}

/** The one person named before anchor right after a title of these words ("vice" and "deputy" alike). */
export function titledBefore(
  work: string,
  persons: readonly Mention[],
  role: string,
  anchor: number,
): Entity | undefined {
  const norm = (x: string) =>
    x
      .toLowerCase()
      .replace(/\bvice\b/g, 'deputy')
      .replace(/\s+/g, ' ')
      .trim();
  const want = norm(role);
  return one(
    persons.filter(
      (m) =>
        m.end <= anchor && norm(work.slice(Math.max(0, m.start - want.length - 12), m.start)).endsWith(want),
    ),
  );
}
