// "The Chinese spokesperson said": an unnamed spokesperson called by a country's demonym speaks for the
// one body of that country the text named before (a ministry, an embassy, a presidency: an organisation
// whose name opens with the demonym). With no such body, or two, no one. Also the pair of persons last
// named together ("X and Y"), for "the two leaders".
import type { Entity, Mention } from '../entities/index.js';
import { indexAt } from '../text.js';
import { SPOKESPERSON } from '../role-nouns.js';

/** A demonym, then a spokesperson's noun ("the Chinese spokesperson", "a Russian spokeswoman"). */
export const DEMONYM_SPOKESPERSON = new RegExp(
  String.raw`^(?:the\s+|an?\s+)?(\p{Lu}\p{Ll}+)\s+${SPOKESPERSON}\b`,
  'u',
);

/** The one organisation named before anchor whose name opens with the demonym. */
export function demonymBody(orgs: Mention[], demonym: string, anchor: number): Entity | undefined {
  const bodies = new Set(
    orgs.filter((m) => m.end <= anchor && m.entity.name.startsWith(`${demonym} `)).map((m) => m.entity),
  );
  return bodies.size === 1 ? [...bodies][0] : undefined;
}

/** The last two persons named together ("X and Y") before pos, within a few mentions. */
export function lastPairBefore(work: string, persons: Mention[], pos: number): [Entity, Entity] | undefined {
  const i = indexAt(persons, pos - 1);
  for (let j = i; j > 0 && j > i - 12; j--) {
    const b = persons[j]!;
    const a = persons[j - 1]!;
    if (b.end > pos || a.entity === b.entity) continue;
    if (/^\s*(?:and|&)\s*$/.test(work.slice(a.end, b.start))) return [a.entity, b.entity];
  }
  return undefined;
}
