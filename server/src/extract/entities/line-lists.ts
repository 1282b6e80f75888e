// Persons from a list set one a line: under a lead line that ends with a colon and speaks of people ("The
// following individuals were designated:", "Those sanctioned include:"), consecutive short lines that each
// hold a name alone, or a name and a role after a comma, a dash or a bracket ("Jorge Rodriguez, Minister of
// Communication", "• Delcy Rodriguez – Vice President"). Every line's name is a person, whatever the
// lexicon knows of its words, as long as one of them is a known person or the lead speaks of individuals.
import { isKnownPlace, ORG_HEADS } from '../lexicon.js';
import type { Builder } from './builder.js';
import { isTitle } from './chunking.js';
import { PARTICLE, WORD } from './lists.js';
/** A line: a bullet or a number perhaps, the name (2 to 5 words), then nothing or a role after a separator. */
const ITEM = new RegExp(
  String.raw`^[^\S\n]*(?:(?:[-–—•*·]|\d{1,2}[.)])[^\S\n]*)?(${WORD}(?:[^\S\n]+(?:${PARTICLE}[^\S\n]+)*${WORD}){1,4})[^\S\n]*(?:$|(?:,|[–—]|\s-\s|\()[^\n]{1,100}$)`,
  'u',
);
/** A lead line of people: a colon at its end and a word for people before it. */
const LEAD =
  /\b(?:individuals|persons|people|officials|officers|names|men|women|members|ministers|judges|generals|businessm[ae]n|oligarchs|figures|citizens|nationals|leaders|those|following)\b[^\n]*:[^\S\n]*$/i;
/** The lead speaks of individuals outright (no known person among the lines needed). */
const INDIVIDUALS = /\b(?:individuals|persons|people|officials|officers|businessm[ae]n|oligarchs)\b/i;

/** The name without the ranks and titles that open it ("Major General X Y" → "X Y"); two words stay at least. */
function untitled(item: string): string {
  const words = item.split(/(?<=\S)(?=\s)/);
  let cut = -1;
  for (let i = 0; i < words.length - 2; i++) if (isTitle(words[i]!.trim())) cut = i;
  return words
    .slice(cut + 1)
    .join('')
    .trimStart();
}

export function lineListPersons(b: Builder): void {
  const { work } = b;
  const lines: { start: number; text: string }[] = [];
  for (let at = 0; at <= work.length;) {
    const nl = work.indexOf('\n', at);
    const end = nl < 0 ? work.length : nl;
    lines.push({ start: at, text: work.slice(at, end) });
    at = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const lead = LEAD.exec(lines[i]!.text);
    if (!lead) continue;
    const items: { start: number; end: number; name: string }[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const { start, text } = lines[j]!;
      if (!text.trim()) continue;
      const m = ITEM.exec(text);
      if (!m || text.length > 140) break;
      const at = start + m.index + m[0].indexOf(m[1]!);
      const named = untitled(m[1]!);
      const from = at + m[1]!.length - named.length;
      items.push({ start: from, end: from + named.length, name: named.replace(/\s+/g, ' ') });
    }
    if (items.length < 2) continue;
    const isPerson = (it: (typeof items)[number]) =>
      b.mentions.some((x) => x.entity.type === 'Person' && x.start === it.start && x.end === it.end);
    if (!INDIVIDUALS.test(lead[0]) && !items.some(isPerson)) continue;
    for (const it of items) {
      if (isPerson(it) || isKnownPlace(it.name)) continue;
      if (it.name.split(' ').some((w) => ORG_HEADS.has(w.toLowerCase()))) continue;
      const over = b.mentions.filter((x) => x.start < it.end && x.end > it.start);
      if (over.some((x) => x.entity.type !== 'Person' && (x.start < it.start || x.end > it.end))) continue;
      b.mentions = b.mentions.filter((x) => !over.includes(x));
      b.mention(b.get('Person', it.name, 'entities/line-lists:name-line'), it.start, it.end);
    }
  }
}
