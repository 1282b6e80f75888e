// A person's surname written in lower case where a speaker stands, as machine-translated copies write it
// ("…,” said huntsman in an interview", "“…,” solberg said"): the one person named before whose name ends
// in that word. Not a common word before a noun ("said rice farmers"): only at a verb of saying, a
// preposition or the clause's end; not a word that ends the names of two different people.
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
