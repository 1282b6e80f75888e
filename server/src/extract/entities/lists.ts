// Persons from a list's parallel items: in "A of Nigeria, B of New Zealand, C of Norway and D of the European
// Union", once at least two items are known persons, every "<name> of <place>" item of the list is one (envoys
// presenting credentials, officials sanctioned, delegations), whatever the lexicon knows of its words. So in a
// list of "<name> (<country>)" items ("Lilia Rossbach (Mexico), Edit Bucsi-Szabo (Hungary) and Zanele Makina
// (South Africa)"), once one item is a known person, every item whose words are name-shaped (titles before it
// left out: "Ambassadors Lilia Rossbach"); an envoy to a union of states may stand among them ("Amador Sánchez
// Rico (European Union)"), but no list is made of unions alone, nor with an outlet in it ("Jane Roe (Reuters),
// John Doe (Ghana)"). A place abbreviated with points ends an item as a name does ("Geeta Pasi of the U.S.,",
// "(U.K.)").
import { isKnownPlace, KNOWN_ORGS, nameKey, ORG_ALIASES } from '../lexicon.js';
import type { Builder } from './builder.js';
import { isTitle } from './chunking.js';
import { notPersonWord } from './name-agents.js';
import { nameShapedWords } from './name-positions.js';
import { matchesOf } from '../regex-matches.js';

/** A capitalised name word (hyphenated parts too), and the particles inside names (line-lists.ts reads them too). */
export const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)*`;
export const PARTICLE = String.raw`(?:de|da|do|dos|van|von|der|den|bin|bint|al|el|la|le|du)`;
const NAME = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+)*${WORD}){1,5}`;
/** A place abbreviated with points: "U.S.", "U.K.". */
const POINTED = String.raw`(?:\p{Lu}\.){2,}`;
const WHERE = String.raw`(?:the\s+)?(?:${POINTED}|${WORD}(?:\s+${WORD}){0,3})`;
/** A known union of states named in a list's bracket ("European Union", "EU", "United Nations"); no outlet. */
const statesUnion = (where: string) =>
  /\b(?:Union|Nations)$/.test(ORG_ALIASES[nameKey(where)] ?? KNOWN_ORGS.get(nameKey(where)) ?? '');
const ITEM = String.raw`(${NAME})\s+of\s+(${WHERE})`;
/** Three or more items separated by commas or semicolons, the last perhaps after "and". */
const LIST = new RegExp(String.raw`${ITEM}(?:(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)${ITEM}){2,}`, 'gu');
const ONE = new RegExp(ITEM, 'gu');

export function parallelListPersons(b: Builder): void {
  const { work } = b;
  for (const list of matchesOf(LIST, work)) {
    const items = matchesOf(ONE, list[0]).map((m) => {
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

/** A name's initial inside it: "Philip K. Ikurusi". */
const INITIAL = String.raw`\p{Lu}\.`;
const BRACKET_ITEM = String.raw`(${WORD}(?:\s+(?:${PARTICLE}\s+)*(?:${WORD}|${INITIAL})){1,5})\s*\((${WHERE})\)`;
/** Two or more "<name> (<place>)" items separated by commas or semicolons, the last perhaps after "and". */
const BRACKET_LIST = new RegExp(
  String.raw`${BRACKET_ITEM}(?:(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)${BRACKET_ITEM})+`,
  'gu',
);
const BRACKET_ONE = new RegExp(BRACKET_ITEM, 'gu');

export function bracketListPersons(b: Builder): void {
  const { work } = b;
  for (const list of matchesOf(BRACKET_LIST, work)) {
    const items = matchesOf(BRACKET_ONE, list[0]).map((m) => {
      const start = list.index + m.index;
      return { start, end: start + m[1]!.length, name: m[1]!, where: m[2]!.replace(/^the\s+/, '') };
    });
    // (Every bracket a known place or body, a place among them: "(Reuters)", "(R)" or "(Ltd)" make no such
    // list.)
    if (!items.every((it) => isKnownPlace(it.where) || statesUnion(it.where))) continue;
    if (!items.some((it) => isKnownPlace(it.where))) continue;
    const covered = (s: number, e: number) => b.mentions.filter((x) => x.start < e && x.end > s);
    const isPerson = (it: (typeof items)[number]) =>
      covered(it.start, it.end).some((x) => x.entity.type === 'Person' && x.end === it.end);
    // (A body among the items makes it a list of bodies: "Jane Roe (Ghana), Kestrel Holdings (Kenya)".)
    const body = (it: (typeof items)[number]) =>
      covered(it.start, it.end).some((x) => x.entity.type === 'Organization');
    if (!items.some(isPerson) || items.some(body)) continue;
    for (const it of items) {
      if (isPerson(it)) continue;
      // (Titles before the name are not of it: "Ambassadors Edit Bucsi-Szabo".)
      const words = it.name.split(/\s+/);
      let lead = 0;
      while (lead < words.length - 2 && isTitle(words[lead]!)) lead++;
      const named = words.slice(lead);
      const plain = named.filter((w) => !/^\p{Lu}\.$/u.test(w));
      if (!nameShapedWords(plain) || plain.some(notPersonWord)) continue;
      let skip = 0;
      for (const w of words.slice(0, lead)) skip = it.name.indexOf(w, skip) + w.length;
      const start = it.start + it.name.indexOf(named[0]!, skip);
      const over = covered(start, it.end);
      if (over.some((x) => x.entity.type !== 'Person')) continue;
      b.mentions = b.mentions.filter((x) => !over.includes(x));
      const name = b.text.slice(start, it.end).replace(/\s+/g, ' ');
      b.mention(b.get('Person', name, 'entities/lists:bracketed-place-items'), start, it.end);
    }
  }
}
