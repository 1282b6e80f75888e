// Persons from a list's parallel items: in "A of Nigeria, B of New Zealand, C of Norway and D of the
// European Union", once at least two items are known persons, every "<name> of <place>" item of the list
// is one (envoys presenting credentials, officials sanctioned, delegations), whatever the lexicon knows of
// its words.
import { isKnownPlace } from '../lexicon.js';
import type { Builder } from './builder.js';

/** A capitalised name word (hyphenated parts too), and the particles inside names (line-lists.ts reads them too). */
export const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)*`;
export const PARTICLE = String.raw`(?:de|da|do|dos|van|von|der|den|bin|bint|al|el|la|le|du)`;
const NAME = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+)*${WORD}){1,5}`;
const WHERE = String.raw`(?:the\s+)?${WORD}(?:\s+${WORD}){0,3}`;
const ITEM = String.raw`(${NAME})\s+of\s+(${WHERE})`;
/** Three or more items separated by commas or semicolons, the last perhaps after "and". */
const LIST = new RegExp(String.raw`${ITEM}(?:(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)${ITEM}){2,}`, 'gu');
const ONE = new RegExp(ITEM, 'gu');

export function parallelListPersons(b: Builder): void {
  const { work } = b;
  for (const list of work.matchAll(LIST)) {
    const items = [...list[0].matchAll(ONE)].map((m) => {
      const start = list.index + m.index;
      const whereAt = start + m[0].length - m[2]!.length;
      return { start, end: start + m[1]!.length, name: m[1]!, where: m[2]!.replace(/^the\s+/, ''), whereAt };
    });
    const covered = (s: number, e: number) => b.mentions.filter((x) => x.start < e && x.end > s);
    const persons = items.filter((it) =>
      covered(it.start, it.end).some((x) => x.entity.type === 'Person' && x.start === it.start),
    );
    if (persons.length < 2) continue;
    for (const it of items) {
      const over = covered(it.start, it.end);
      if (over.some((x) => x.entity.type !== 'Person') || persons.includes(it)) continue;
      // (The item's "of" names a place or a body: "of Norway", "of the European Union".)
      const whereNamed = b.mentions.some((x) => x.start >= it.whereAt && x.start <= it.whereAt + 4);
      if (!isKnownPlace(it.where) && !whereNamed) continue;
      b.mentions = b.mentions.filter((x) => !over.includes(x));
      b.mention(
        b.get('Person', it.name.replace(/\s+/g, ' '), 'entities/lists:parallel-items'),
        it.start,
        it.end,
      );
    }
  }
}
