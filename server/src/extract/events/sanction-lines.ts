// The people and bodies of a sanctions event named after its sentence, outside the sentence's own clause:
// one a line after a colon ("… imposed sanctions on the following individuals:" and then "A, a general of
// the army." / "• B (a police commander)") or after a heading line ("The sanctioned officials are", "Who was
// sanctioned?"), or named beside the group the sanctions sentence only counted
// ("… sanctions on dozens of people, including two officers. … The officers, A and B, ran …"). Each joins
// the last sanctions event of the article, sanctioned by each of its sanctioners.
import type { Ctx } from '../context.js';
import type { Entity, Mention } from '../entities/index.js';
import type { Sentence } from '../text.js';
import { listAfter } from '../clauses/noun-phrase.js';
import { roleListAfter } from '../clauses/mention-lists.js';
import { listedPersons } from './sanction-lists.js';
import type { EventRule, RuleHit } from './hit.js';
import { lastSanction } from './sanctions.js';
import { AIM_VERB, MEASURE_NOUN_ANY_NUMBER } from './sanction-measures.js';
import { SAYING_AFTER_SUBJECT, sayingAlternation } from '../saying-verbs.js';

/** A sentence that opens the list a colon ends: its index, per article, while the list runs on. */
const lineList = new WeakMap<Ctx, number>();
/** The same, for a list a heading line without a colon opened (its lines are held to their names). */
const lineHeaded = new WeakMap<Ctx, number>();

/** The index of the sentence a sanctions event was last told in (its latest evidence). */
export function eventSentence(c: Ctx): number {
  const e = lastSanction.get(c);
  const last = e?.evidence[e.evidence.length - 1];
  if (!last) return -1;
  return c.sents.findIndex((s) => c.evidence(s).start === last.start);
}

/** The entities join the last sanctions event as sanctioned, sanctioned by each of its sanctioners. */
export function join(h: RuleHit, who: Entity[]): boolean {
  const e = lastSanction.get(h.c);
  if (!e) return false;
  const by = e.participants.filter((p) => p.role === 'sanctioner').map((p) => p.entity);
  const fresh = who.filter(
    (w) => !by.includes(w) && !e.participants.some((p) => p.entity === w && p.role === 'sanctioned'),
  );
  if (!by.length || !fresh.length) return false;
  for (const w of fresh)
    if (!e.participants.some((p) => p.entity === w)) e.participants.push({ entity: w, role: 'sanctioned' });
  for (const b of by) for (const w of fresh) h.relation(b, 'SANCTIONED', w, { event: e, date: e.date });
  return true;
}

/** What may stand before a listed line's name: spaces, a bullet, a number, then capitalised titles. */
export const BULLET = String.raw`[^\S\n]*(?:(?:[-–—•*·]|\d{1,2}[.)])[^\S\n]*)?`;
export const LINE_LEAD = new RegExp(String.raw`^${BULLET}(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$`, 'u');
/** A bullet or number that opens a line. */
export const BULLETED = /^[^\S\n]*(?:[-–—•*·]|\d{1,2}[.)])/;
/** The start of a line after the first, perhaps bulleted, with a capital: where a list's line may begin. */
export const listLineStart = () => new RegExp(String.raw`(?<=\n)${BULLET}\p{Lu}`, 'gu');

/** Cheap first, for a list's line: a sentence that opens its line, in an article that has told of sanctions. */
export const atListLine = (h: RuleHit) => h.at === h.s.start && !!lastSanction.get(h.c);

/**
 * A line after a sanctions sentence that ends with a colon: the person or body it opens with (and those
 * coordinated with it), as long as such lines follow one another.
 */
export const sanctionLines: EventRule = {
  id: 'events/sanctions:lines',
  type: 'sanction',
  // (From the line's first mark, past its indent: "  • A" is a sentence from the bullet on.)
  re: new RegExp(String.raw`(?<=(?:^|\n)[^\S\n]*)(?=\S)${BULLET}\p{Lu}`, 'gu'),
  run(h) {
    const { c, s, at } = h;
    if (at !== s.start) return;
    const si = c.sents.indexOf(s);
    const prev = c.sents[si - 1];
    if (!prev) return;
    // The colon ends a sentence of the sanctions ("… sanctions on the following individuals:", "The
    // individuals sanctioned are:") told after the article's first sanctions.
    const said = c.work.slice(prev.start, prev.end);
    const ei = eventSentence(c);
    const told = ei >= 0 && (ei === si - 1 || SANCTION_WORD.test(said) || leadsList(c, said, ei, si - 1));
    // A line of its own that leads into the list without a colon: "The sanctioned officials are",
    // "Who was sanctioned?"; its lines must then name no more than who they list (an apposition may follow).
    const headed =
      told && !/:\s*$/.test(said) && HEADING.test(said) && /\n/.test(c.work.slice(prev.end, s.start));
    const opens = lineList.get(c) === si - 1 || (told && /:\s*$/.test(said)) || headed;
    if (!opens) return;
    const first = c.inRange(s.start, s.end, ['Person', 'Organization'], true)[0];
    if (!first || !LINE_LEAD.test(c.work.slice(s.start, first.start))) return;
    if (/^['’]s\b/.test(c.work.slice(first.end, first.end + 3))) return;
    const items = listAfter(c, first, s.end).filter((m) => m.entity.type === first.entity.type);
    // ("The Treasury said more would follow.": a sentence after the list, its subject no item.)
    if (SAYS_AFTER.test(c.work.slice(items[items.length - 1]!.end, s.end))) return;
    const strict = headed || lineHeaded.get(c) === si - 1;
    if (strict && !/^\s*(?:$|[,–—(:-])/.test(c.work.slice(items[items.length - 1]!.end, s.end))) return;
    if (
      join(
        h,
        items.map((m) => m.entity),
      )
    ) {
      lineList.set(c, si);
      if (strict) lineHeaded.set(c, si);
    }
  },
};

/**
 * A sentence soon after the sanctions' that only leads into their list with a colon: "The individuals
 * are:", "Among them:", "They include:" (a plain noun's lead, "The judges are:", when the sanctions spoke of it).
 */
function leadsList(c: Ctx, said: string, ei: number, si: number): boolean {
  if (si <= ei || si - ei > LIST_REACH || !/:\s*$/.test(said)) return false;
  const lead = LEAD_IN.exec(`${said.trim()} `);
  if (!lead || lead[0].length < said.trim().length) return false;
  const told = c.sents[ei]!;
  const noun = lead.groups?.noun;
  return !noun || new RegExp(`\\b${noun}\\b`).test(c.work.slice(told.start, told.end));
}

/** A verb of saying right after a line's names: the line is a sentence of its own, no item of the list. */
const SAYS_AFTER = new RegExp(
  String.raw`^\s+(?:(?:also|then|later)\s+)?(?:${sayingAlternation(SAYING_AFTER_SUBJECT)})\b`,
);

/** A line that heads a list without a colon: it ends with a copula or "include", or is a question. */
const HEADING = /(?:\b(?:are|were|include[sd]?|including|as follows|below)|\?)\s*$/;

/** A word that says a sentence tells of the sanctions or their list ("The list includes:", "The names added to the schedule are:"). */
const SANCTION_WORD = /\b(?:sanction\w*|list|listed|designat\w+|blacklist\w*|targeted|added\s+to)\b/i;

/** How many sentences after the group was spoken of it may be named. */
const REACH = 3;

/**
 * "The officers, A and B, …" at the start of a sentence soon after a sentence of the sanctions
 * spoke of "officers" without naming them: the people named beside the group are the ones sanctioned.
 */
export const sanctionedGroupNamed: EventRule = {
  id: 'events/sanctions:group-named',
  type: 'sanction',
  re: /(?<=^|\n|[.!?]\s)[^\S\n]*(?:The|These|Those|Both|All)\s+(?:two\s+|three\s+|four\s+|five\s+)?(\p{Ll}+s),\s+(?:including\s+|among\s+them\s+)?(?=\p{Lu})/gu,
  run(h) {
    const { c, s, at, end } = h;
    if (at - s.start > 2) return;
    const noun = /(\p{Ll}+s),\s+(?:including\s+|among\s+them\s+)?$/u.exec(c.work.slice(at, end))![1]!;
    const si = c.sents.indexOf(s);
    if (!lastSanction.get(c) || eventSentence(c) >= si) return;
    // The group was spoken of with the sanctions, unnamed, shortly before: "sanctions on … two officers",
    // "Two officers … are listed".
    const group = new RegExp(`\\b${noun}\\b`);
    const told = c.sents
      .slice(Math.max(0, si - REACH), si)
      .some(
        (t) => group.test(c.work.slice(t.start, t.end)) && SANCTION_WORD.test(c.work.slice(t.start, t.end)),
      );
    if (!told) return;
    const first = c.inRange(end, s.end, ['Person'], true)[0];
    if (!first || first.start !== end) return;
    const items = listAfter(c, first, s.end).filter((m) => m.entity.type === 'Person');
    // The apposition closes with a comma before the clause goes on ("The officers, A and B, also …").
    const last = items[items.length - 1]!;
    if (!/^\s*,/.test(c.work.slice(last.end, s.end))) return;
    join(
      h,
      items.map((m) => m.entity),
    );
  },
};

/**
 * Words before a list of the people sanctioned, in a sentence of its own: "Among them are", "They are",
 * "Those hit include", "Also on the list are", "The move targets", "The officials included".
 */
const LEAD_IN = new RegExp(
  String.raw`^(?:Among\s+them(?:\s+(?:are|were|is|was)|(?=\s*:))|They\s+(?:are|were|include|included)|(?:Those|The\s+people|The\s+individuals|The\s+officials|The\s+persons)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:include|includes|included|are|were)|Also\s+(?:on\s+the\s+(?:sanctions\s+)?list|targeted|named|listed)(?:\s+(?:are|were|is|was)|\s*:)|The\s+(?:move|action|decision|list|${MEASURE_NOUN_ANY_NUMBER})\s+(?:also\s+)?${AIM_VERB}|(?:Named|Included|Listed)\s+(?:on|in)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}?list\s+(?:are|were|is|was)|The\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+\p{Ll}+)?\s+(?:are|were|include|included)|The\s+(?!(?:sanctions|measures|penalties|restrictions|bans|freezes|designations|moves|steps|decisions|talks|countries|states)\b)(?<noun>\p{Ll}{3,}s)\s+(?:are|were|include|included))(?:\s*:)?\s+`,
  'u',
);

/**
 * Words after the people sanctioned, the sentence's own predicate: "A and B are among those targeted",
 * "A was also targeted" (by the measures; not "by a poisoning", "as a speaker"), "B is also on the list",
 * "A and B face asset freezes", "B was added to the list", "A has also been sanctioned" (an organisation as
 * well as a person).
 */
const TRAILER =
  /^\s*(?:,\s*)?(?:(?:is|are|was|were)\s+(?:also\s+)?among\s+them\b|(?:is|are|was|were)\s+(?:also\s+)?(?:among\s+(?:those|the\s+[\p{Ll}-]+)\s+(?:targeted|sanctioned|named|listed|designated|hit|penali[sz]ed)|(?:targeted|named|listed|hit)(?!\s+(?:by|with|in|as)\s+(?!(?:[\p{L}’'-]+\s+){0,3}?(?:sanctions?|measures?|moves?|actions?|decisions?|designations?|penalties|restrictions|list|package|round|bans?|freezes?|steps?)\b))|added\s+to\s+the\s+list|on\s+the\s+list|named\s+in\s+the\s+(?:sanctions|list|measures))|(?:also\s+|now\s+)?fac(?:es?|ed)\s+(?:asset\s+freezes|travel\s+bans|visa\s+bans|sanctions)|(?:is|are|was|were)\s+(?:also\s+)?(?:barred|banned)\s+from\s+(?:entering|entry|travel)|(?:has|have)\s+(?:also\s+)?had\s+(?:his|her|their|its)\s+assets\s+frozen|(?:(?:has|have)\s+(?:also\s+)?been|(?:is|are|was|were)\s+also)\s+(?:(?:sanctioned|designated|blacklisted)(?!\s+by\b))|(?:(?:has|have)\s+(?:also\s+)?been|(?:is|are|was|were)(?:\s+also)?)\s+added\s+to\s+(?:the|its|their)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:sanctions?\s+)?(?:list|blacklist))\b/u;

/** No apposition, or one of one to three parts, each cut off the start of the words after a subject. */
const APPOSED = [/^$/, /^\s*,[^,.;]{1,80},/, /^\s*,(?:[^,.;]{1,80},){2}/, /^\s*,(?:[^,.;]{1,80},){3}/];

/** How many sentences after the sanctions their people may be listed in a sentence of their own. */
const LIST_REACH = 3;

/**
 * A sentence soon after sanctions that lists the people sanctioned in a frame of its own ("Among them are
 * A and B", "A and B are among those targeted"): they join the sanctions.
 */
export const sanctionedFollowing: EventRule = {
  id: 'events/sanctions:following',
  type: 'sanction',
  re: /(?<=^|\n|[.!?]["”’]?\s)[^\S\n]*\p{Lu}/gu,
  run(h) {
    const { c, s, at } = h;
    if (at !== s.start) return;
    const si = c.sents.indexOf(s);
    const ei = eventSentence(c);
    if (ei < 0 || si <= ei || si - ei > LIST_REACH) return;
    const who = listedIn(c, s, c.sents[ei]!);
    if (who) join(h, who);
  },
};

/**
 * The people a sentence lists in a frame of its own ("Among them are A and B", "A and B are among those
 * targeted"); a lead of a plain noun ("The judges are A and B") only when `told`, the sentence of the
 * sanctions, spoke of that noun.
 */
export function listedIn(c: Ctx, s: Sentence, told?: Sentence): Entity[] | undefined {
  if (LEAD_IN.test(c.work.slice(s.start, s.end))) return leadListed(c, s, told);
  const apposed = apposedSubject(c, s);
  if (apposed) return apposed;
  // "A and B are among those targeted": the persons the sentence opens with, up to the predicate; titles
  // may lead each ("Interior Minister A and prosecutor B"), and a possessor the first ("X's spokeswoman A").
  const ms = c.inRange(s.start, s.end, ['Person', 'Organization'], true);
  // (Or a body that qualifies the first person: "Kremlin spokesman A and spokeswoman B".)
  const qualifies =
    ms[0]?.entity.type === 'Organization' &&
    ms[1]?.entity.type === 'Person' &&
    QUALIFIER.test(c.work.slice(ms[0].end, ms[1].start));
  const owned = ms[0] && (POSSESSED.test(c.work.slice(ms[0].end, s.end)) || qualifies) ? 1 : 0;
  const first = ms[owned];
  if (!first || !SUBJECT_LEAD.test(c.work.slice(owned ? ms[0]!.end : s.start, first.start).trimStart()))
    return;
  if (owned && !SUBJECT_LEAD.test(c.work.slice(s.start, ms[0]!.start))) return;
  const items = titledItems(c, s, first);
  // An apposition of up to three parts may close the subject: "A, the mayor of B, a port city, has also
  // been sanctioned".
  const rest = c.work.slice(items[items.length - 1]!.end, s.end);
  const cut = APPOSED.map((a) => rest.replace(a, '')).find((r) => TRAILER.test(r));
  if (cut === undefined) return;
  // "…, as is the X": one more item after the predicate.
  const also = AS_IS.exec(cut.slice(TRAILER.exec(cut)![0].length));
  const more = also ? listedPersons(c, s.end - cut.length + also.index + also[0].length, s.end, true) : [];
  return [...new Set([...items.map((m) => m.entity), ...more])];
}

/**
 * The people a sentence lists after a lead of its own ("Among them are A and B", "They include police
 * chief A", "The officials are A and B"; a plain noun's lead only when `told` spoke of that noun); failing
 * a person, and unless `personsOnly`, the organisations listed ("Among them are the shipping firm A and B").
 */
export function leadListed(c: Ctx, s: Sentence, told?: Sentence, personsOnly = false): Entity[] | undefined {
  const lead = LEAD_IN.exec(c.work.slice(s.start, s.end));
  const noun = lead?.groups?.noun;
  if (!lead || (noun && (!told || !new RegExp(`\\b${noun}\\b`).test(c.work.slice(told.start, told.end)))))
    return;
  const from = s.start + lead[0].length;
  // The names come right after the lead, titles allowed ("police chief A", "the military attaché A"); no
  // verb or preposition between ("They were accused by A", "They are close to A").
  const near = (m?: { start: number }) => m && LEAD_GAP.test(c.work.slice(from, m.start));
  const person = c.inRange(from, s.end, ['Person'], true)[0];
  const body = personsOnly ? undefined : c.inRange(from, s.end, ['Organization'], true)[0];
  const first = near(person) ? person : near(body) ? body : undefined;
  if (!first) return;
  return titledItems(c, s, first).map((m) => m.entity);
}

/** Up to three words of a title between a list's lead and its first name: no verb, no preposition. */
const LEAD_GAP =
  /^(?:(?!(?:by|of|to|from|with|in|at|for|on|about|against|over|under|after|before|close|near|linked|like)\b)(?![\p{L}-]+(?:ed|ing)\s)[\p{L}-]+\s+){0,3}$/u;

/**
 * The items listed from `first` to the end of sentence s, of its type: titles may lead each ("Interior
 * Minister A and prosecutor B", "and Russian Foreign Ministry spokeswoman B", "his deputy C"), and a
 * relative clause may close an item ("A, whose forces shelled Homs, and air force chief B"; a person it
 * names is no item).
 */
export function titledItems(c: Ctx, s: Sentence, first: Mention): Mention[] {
  const type = first.entity.type;
  const items = (type === 'Person' ? roleListAfter : listAfter)(c, first, s.end).filter(
    (m) => m.entity.type === type,
  );
  for (;;) {
    const last = items[items.length - 1]!;
    const rel = RELATIVE_AFTER.exec(c.work.slice(last.end, s.end));
    const from = last.end + (rel ? rel[0].length : 0);
    const next = c.inRange(from, s.end, [type], true).find((m) => m.start >= from);
    if (!next || items.some((x) => x.entity === next.entity)) break;
    const gap = c.work.slice(from, next.start);
    if (!(rel ? REL_GAP.test(gap) : TITLED_GAP.test(gap))) break;
    items.push(next);
  }
  return items;
}

/** A relative clause closing a list item, up to its comma: ", who led the raid,", ", whose forces shelled X,". */
const RELATIVE_AFTER = /^\s*,\s+(?:who|whom|whose|which)\s[^,;.]{1,100},/;
/** After a relative clause's comma: "and" and up to five words of a title before the next item. */
const REL_GAP =
  /^\s*(?:and\s+)?(?:(?!(?:who|whom|which|that|was|were|is|are|has|have|had|said|says|told|met|also)\b)[\p{L}’'-]+\s+){0,5}$/u;

/** A short noun phrase opening a sentence, then the comma or dash that sets off its apposition. */
const APPOSITION_OPENER =
  /^((?:(?!(?:said|says|told|is|are|was|were|has|have|had|will|would|announced)\b)[\p{L}\d’'‘"“”-]+\s+){0,8}?[\p{L}\d’'‘"“”-]+)\s*(,|\s[–—]|\s--?)\s+/u;
/** Up to three words of a title before the first name of the apposition. */
const APPOSITION_LEAD = /^(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * "Two of X's closest allies, A and B, were among those targeted", "The head of the National Guard, A, was
 * also hit by the measures", "Some of the critics of X – Senators A and B along with C – were targeted by
 * the action", "A notorious troll farm, the Y, has also been sanctioned": the names set beside the noun
 * phrase that opens the sentence, closed by the same comma or dash, then a predicate of the sanctioned.
 */
function apposedSubject(c: Ctx, s: Sentence): Entity[] | undefined {
  const open = APPOSITION_OPENER.exec(c.work.slice(s.start, s.end));
  if (!open) return;
  const from = s.start + open[0].length;
  const first = c.inRange(from, s.end, ['Person', 'Organization'], true)[0];
  if (!first || !APPOSITION_LEAD.test(c.work.slice(from, first.start).replace(/^the\s+/, ''))) return;
  const items = titledItems(c, s, first);
  const rest = c.work.slice(items[items.length - 1]!.end, s.end);
  const close = open[2]!.trim() === ',' ? /^\s*,/ : /^\s*(?:[–—]|--?)/;
  const shut = close.exec(rest);
  if (!shut || !TRAILER.test(rest.slice(shut[0].length))) return;
  return items.map((m) => m.entity);
}

/** A possessor's "'s" and up to three words of a title before the name it leads to. */
const POSSESSED = /^['’]s\s+(?:[\p{L}-]+\s+){0,3}\p{Lu}/u;
/** Lower-case words of a title between a body and the person it qualifies: " spokesman ", " deputy head ". */
const QUALIFIER = /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u;
/**
 * Up to five words (titles, a possessor's "'s" and title) before a sentence's first name: a title may run
 * to a demonym and four words ("Ruritanian Deputy Defence Minister A", "Russian Deputy Defense Ministers A,
 * B and C are among those targeted").
 */
const SUBJECT_LEAD = /^(?:['’]s\s+)?(?:[\p{L}-]+\s+){0,5}$/u;
/** A separator and up to five words of a title (no clause's words) between two listed names. */
const TITLED_GAP =
  /^(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s+(?:along|together)\s+with\s+)(?:(?!(?:who|whom|which|that|was|were|is|are|has|have|had|said|says|told|met|also)\b)[\p{L}’'-]+\s+){1,5}$/u;
/** "…, as is the X", "as are A and B": more items after the predicate. */
const AS_IS = /^[^.;]{0,40}?,\s+as\s+(?:is|are|was|were)\s+/;
