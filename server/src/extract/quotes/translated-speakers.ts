// Speakers as machine-translated copies name them. A person's surname in lower case where a speaker
// stands ("…,” said huntsman in an interview", "“…,” solberg said"): the one person named before whose
// name ends in that word; not a common word before a noun ("said rice farmers": only at a verb of saying,
// a preposition or the clause's end), nor a word that ends the names of two different people. And "the
// agency stated" / "the department said" where the text names no body of that kind, as translations
// render a ministry ("ведомство"): the ministry last named, unless a news agency was named before. "The
// (diplomatic) mission" is the embassy, "the foreign office"/"the diplomatic service" the ministry, when no
// body of the phrase's own kind was named.
import type { Entity, Mention } from '../entities/index.js';
import { SPEECH_AFTER } from './speaker-phrases.js';

/** What may follow the surname: punctuation or the end, a preposition, or a verb of saying. */
const AFTER_SURNAME =
  /^(?:\s*(?:[,.;:!?”"]|$)|\s+(?:in|on|at|to|during|after|before|while|when|from|for|with)\b)/;

/** The person whose surname, in lower case, opens `rest` (the text at pos), and where it ends. */
export function lowerCaseSurname(
  persons: readonly Mention[],
  rest: string,
  pos: number,
  anchor: number,
): { entity: Entity; end: number } | undefined {
  const m = /^\p{Ll}[\p{L}’'-]{3,}(?![\p{L}’'-])/u.exec(rest);
  if (!m) return undefined;
  const after = rest.slice(m[0].length);
  if (!AFTER_SURNAME.test(after) && !SPEECH_AFTER.test(after.replace(/^[\s,]+/, ''))) return undefined;
  const word = m[0].toLowerCase();
  const last = (name: string) => name.split(/\s+/).pop()!.toLowerCase();
  const hits = new Set(
    persons
      .filter(
        (x) => x.end <= anchor && [x.entity.name, ...(x.entity.aliases ?? [])].some((n) => last(n) === word),
      )
      .map((x) => x.entity),
  );
  return hits.size === 1 ? { entity: [...hits][0]!, end: pos + m[0].length } : undefined;
}

/** "the agency", "the department" with no body of that kind named: the ministry last named before anchor. */
export function translatedMinistry(
  work: string,
  head: string,
  anchor: number,
  sp: { lastOrgBefore(pos: number, head?: string): Entity | undefined },
): Entity | undefined {
  if (!/^(?:agency|department)$/.test(head)) return undefined;
  if (/\b(?:news|press|wire|state|information)\s+agency\b/i.test(work.slice(0, anchor))) return undefined;
  return sp.lastOrgBefore(anchor, 'ministry');
}

/**
 * A body named by another word for its kind, when no body of the phrase's own kind was named: "the
 * (diplomatic) mission" is the embassy (or high commission, consulate) last named; "the foreign office",
 * "the diplomatic service" the ministry.
 */
export function bodyOfKindFamily(
  phrase: string,
  head: string,
  anchor: number,
  sp: { lastOrgBefore(pos: number, head?: string): Entity | undefined },
): Entity | undefined {
  if (head === 'mission')
    return (
      sp.lastOrgBefore(anchor, 'embassy') ??
      sp.lastOrgBefore(anchor, 'high commission') ??
      sp.lastOrgBefore(anchor, 'consulate')
    );
  if (/\b(?:foreign|diplomatic)\s+(?:office|service)\b/i.test(phrase))
    return sp.lastOrgBefore(anchor, 'ministry');
  return undefined;
}
