// Mentions and lists of mentions as noun phrases are built of: the longest mention at or ending at a
// position, the items coordinated with one ("A, B and C", "A, title; B, title", "A, Secretary of State B
// and C"; a possessor is no item, and a person after a lower-case role is roleListAfter's: "A, police
// chief B and C"), the demonyms at a position ("Indian and Canadian"); and the shapes of a noun phrase
// (NounPhrase) and of whose its head is (Owner).
import type { Ctx } from '../context.js';
import type { Entity, EntityType, Mention } from '../entities/index.js';
import { demonymCountry, TITLE_WORDS } from '../lexicon.js';
import { NUM } from './head-words.js';
import { TITLE_STANDING_BEFORE } from '../role-nouns.js';

/** Whose a head noun is: an entity, or a country known by its adjective (made an entity only when used). */
export interface Owner {
  entity?: Entity;
  country?: string;
  start: number;
  end: number;
}

export interface NounPhrase {
  start: number;
  end: number;
  /** Named entities the phrase is or lists. */
  entities: Entity[];
  /** The lower-case head noun of a phrase that names no entity ("diplomats", "ambassador"). */
  head?: string;
  owners: Owner[];
  /** "it", "he", "she", "they": the rules resolve these. */
  pronoun?: string;
  /** An object pronoun ("summoned him", object-pronoun.ts): never the quotation's speaker. */
  objectPronoun?: boolean;
  /** The entity was matched to a role phrase ("the ambassador"), not named: the rules may doubt it. */
  role?: boolean;
  /** The pronoun that possesses the head ("his government"): the rules resolve it. */
  ownerPronoun?: string;
  /** The head is possessed by a pronoun ("its ambassador", "their envoys"): the rule knows whose. */
  possessed?: boolean;
  /** Where an envoy head is posted: "ambassador to Seoul", "ambassadors to the US and Israel", "in Paris". */
  postings?: Entity[];
  /** Persons a plural head names as its members: "six diplomats, including X" (the head keeps its owners). */
  including?: Entity[];
  /** A deputy, acting, former or vice holder of the head role: not the envoy the article names. */
  deputy?: boolean;
}

/**
 * Between two items of a list: an optional count ("Albania – 1, Australia – 2"), apposition or complement,
 * a separator, optional titles, which a possessive counterpart may lead ("A and her visiting Chinese
 * counterpart B", "A and his host, B") or a relative ("A, son B and C", "A and his wife B").
 */
const GAP = new RegExp(
  String.raw`^(?:\s*[–—:-]\s*\d[\d,.]*|\s+(?:of|from)\s+(?:the\s+)?[^,;:()]{1,60}?|\s*,\s+[^,;:()]{1,90}?(?:\s*\([^()]{1,20}\))?|\s*\([^()]{1,80}\))?\s*(?:;\s*(?:and\s+)?|,\s*(?:and\s+|as well as\s+|along with\s+|plus\s+)?|\s+and\s+|\s+as well as\s+|\s+along with\s+|\s*&\s*)(?:the\s+)?(?:(?:his|her|their)\s+(?:(?:visiting|new|newly[- ]appointed)\s+)?(?:(?:North|South)\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:counterpart|host|guest|opposite number)\s*,?\s+)?(?:(?:his|her|their)\s+)?(?:(?:step|grand)?(?:son|daughter|father|mother|brother|sister)(?:-in-law)?\s+|(?:wife|husband|spouse)\s+)?(?:${TITLE_STANDING_BEFORE}(?=\p{Lu}))?(?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:of|for|to)\s+(?:the\s+)?(?=\p{Lu}))?){0,5}$`,
  'u',
);
const VERBISH = /\b(?:said|says|was|were|is|are|has|have|had|will|would|did|does|told|announced)\b/;

/** The longest mention starting at pos (spaces skipped), outside quotations. */
export function mentionAt(c: Ctx, pos: number, limit: number): Mention | undefined {
  const lead = /^\s*/.exec(c.work.slice(pos, limit))![0].length;
  const ms = c.inRange(pos + lead, limit, undefined, true).filter((m) => m.start === pos + lead);
  return ms.sort((a, b) => b.end - a.end)[0];
}

/** The longest mention ending at pos (spaces skipped). */
export function mentionEndingAt(c: Ctx, from: number, pos: number): Mention | undefined {
  const trail = /\s*$/.exec(c.work.slice(from, pos))![0].length;
  const end = pos - trail;
  const ms = c.inRange(Math.max(from, end - 80), end, undefined).filter((m) => m.end === end);
  return ms.sort((a, b) => a.start - b.start)[0];
}

function gapOk(c: Ctx, a: number, b: number): boolean {
  const gap = c.work.slice(a, b);
  return gap.length <= 110 && GAP.test(gap) && !VERBISH.test(gap);
}

/** A possessive after a name: the name owns what follows ("A, X's deputy, and B"), it is no item. */
const POSSESSOR = /^['’]s?\b/;

/**
 * A person named in the gap before a person, not as a possessor: "A, police chief B and C" lists B
 * (roleListAfter reads it), no apposition to A; "A, X's deputy, and B" stays a list of A and B.
 */
function namedBetween(c: Ctx, from: number, next: Mention, first: Mention): boolean {
  if (first.entity.type !== 'Person') return false;
  return c
    .inRange(from, next.start, ['Person'])
    .some((x) => x.start >= from && x.end <= next.start && !POSSESSOR.test(c.work.slice(x.end, x.end + 3)));
}

/**
 * After an item reached across a semicolon past the clause's end, what must follow it for it to be an
 * item and not the subject of a new clause: a list mark, the sentence's end, "and", a bracket. And the
 * list must close with "; and" further on ("A, x; B, y; and C." but not "A; B said …" nor "A; B, his
 * lawyer, called it …").
 */
const ITEM_AFTER_SEMI = /^\s*(?:[,;.:()]|and\b|$)/;
const SEMI_AND = /;\s*and\s/;

/**
 * The items coordinated with `first` after it: "A, B and C", "A, title; B, title", "A of X, B of Y".
 * Up to `limit`; past it (a clause ended by ";") up to `semiLimit`, only items of a list whose
 * separator is a semicolon: "sanctioned A, head of X; B, a deputy minister; and C".
 */
export function listAfter(c: Ctx, first: Mention, limit: number, semiLimit = limit): Mention[] {
  const items = [first];
  let last = first;
  const reach = Math.max(limit, semiLimit);
  // Whether an item past `limit` was taken: the list is one of semicolons, its later items may follow "and".
  let crossed = false;
  for (;;) {
    // A title matched to its person, then the name ("Philippine Ambassador to China Jose Romana"): one item.
    const own = c
      .inRange(last.end, Math.min(reach, last.end + 60), [first.entity.type], true)
      .find((m) => m.entity === last.entity && /^\s*$/.test(c.work.slice(last.end, m.start)));
    if (own) last = own;
    const next = c
      .inRange(last.end, Math.min(reach, last.end + 140), [first.entity.type], true)
      .find(
        (m) =>
          m.start >= last.end &&
          gapOk(c, last.end, m.start) &&
          (m.start < limit ||
            ((crossed ||
              (c.work.slice(last.end, m.start).includes(';') &&
                SEMI_AND.test(c.work.slice(last.end, reach)))) &&
              ITEM_AFTER_SEMI.test(c.work.slice(m.end, Math.min(reach, m.end + 4))))) &&
          !namedBetween(c, last.end, m, first) &&
          !POSSESSOR.test(c.work.slice(m.end, m.end + 3)),
      );
    if (!next || items.some((x) => x.entity === next.entity)) break;
    // The apposition of one item may name another entity of the same type ("A, X's deputy, and B"):
    // the item is the one the separator leads to, so no mention may lie between the separator and it.
    items.push(next);
    last = next;
    if (next.start >= limit) crossed = true;
  }
  return items;
}

/**
 * A separator and a lower-case role before the next person of a list: ", and army chief ", "; deputy
 * minister ", led by one capitalised word (a demonym): ", Peruvian president ".
 */
const ROLE_GAP =
  /^(?:\s*,\s*(?:and\s+)?|\s*;\s*(?:and\s+)?|\s+and\s+)(?:the\s+|its\s+|their\s+)?(?:\p{Lu}\p{Ll}+\s+(?=\p{Ll}))?(?:(?!(?:who|which|that|and|or|was|were|is|are|has|have|had|said|says)\b)\p{Ll}[\p{L}-]*\s+){1,4}$/u;

/**
 * A semicolon, then a role with the next person apposed after a comma: "A; a Deputy of the National
 * Assembly, B; and a Chief of Staff, C". (Only after a semicolon: after a comma, "A, the head of X, B"
 * may be an apposition to A.)
 */
const ROLE_APPOSED_GAP = /^\s*;\s*(?:and\s+)?(?:(?:the|a|an)\s+)?([^,;:()]{2,80}),\s+$/;
function roleApposedGap(gap: string): boolean {
  const role = ROLE_APPOSED_GAP.exec(gap)?.[1];
  return (
    !!role &&
    !VERBISH.test(role) &&
    role
      .toLowerCase()
      .split(/\s+/)
      .some((w) => TITLE_WORDS.has(w) && w !== 'of' && w !== 'state')
  );
}

/**
 * People listed with lower-case roles before their names ("intelligence minister A and army chief B"):
 * listAfter's items, then each person after a separator and a role, while there are.
 */
export function roleListAfter(c: Ctx, first: Mention, limit: number, semiLimit = limit): Mention[] {
  const items = listAfter(c, first, limit, semiLimit);
  for (;;) {
    const last = items[items.length - 1]!;
    const next = c
      .inRange(last.end, Math.min(Math.max(limit, semiLimit), last.end + 90), ['Person'], true)
      .find((m) => m.start >= last.end);
    if (!next || items.some((x) => x.entity === next.entity)) break;
    const gap = c.work.slice(last.end, next.start);
    if (next.end <= limit && next.start - last.end <= 60 && ROLE_GAP.test(gap)) {
      items.push(...listAfter(c, next, limit).filter((x) => !items.some((y) => y.entity === x.entity)));
      continue;
    }
    if (!roleApposedGap(gap)) break;
    items.push(next);
  }
  return items;
}

/** The items coordinated with `last` before it, in text order; of `last`'s type unless `types` widens it. */
export function listBefore(
  c: Ctx,
  from: number,
  last: Mention,
  types: EntityType[] = [last.entity.type],
): Mention[] {
  const items = [last];
  let cur = last;
  const persons = types.length === 1 && types[0] === 'Person';
  for (;;) {
    const prev = c
      .inRange(Math.max(from, cur.start - 140), cur.start, types)
      .filter(
        (m) =>
          m.end <= cur.start &&
          (gapOk(c, m.end, cur.start) || (persons && roleGapBefore(c.work.slice(m.end, cur.start)))),
      )
      .pop();
    if (!prev || items.some((x) => x.entity === prev.entity)) break;
    items.unshift(prev);
    cur = prev;
  }
  return items;
}

/**
 * "and", then a lower-case role ending in a title word before the next person of a list, with a demonym
 * or state before it and where it is held after it: "A and Kenyan envoy to Portugal B", "A and foreign
 * minister B". (Not after a comma: "Along with A, Kenyan envoy B" sets A apart.)
 */
const ROLE_BEFORE =
  /^\s*,?\s+and\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?((?:\p{Ll}[\p{L}-]*\s+){1,3})(?:(?:to|of|for|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,2})?$/u;
const NOT_ROLE =
  /^(?:who|which|that|and|or|but|was|were|is|are|has|have|had|said|says|then|later|also|now|when|while|after|before|with|to|of|for|in|at|on|by|his|her|their|its|a|an)$/;

/** Whether the gap between two persons is "and" and a role (ROLE_BEFORE) whose last word is a title. */
export function roleGapBefore(gap: string): boolean {
  const m = ROLE_BEFORE.exec(gap);
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/);
  return !words.some((w) => NOT_ROLE.test(w)) && TITLE_WORDS.has(words[words.length - 1]!);
}

const EACH_DEMONYM = new RegExp(`^\\s*(?:,|and|,\\s*and)\\s+(?:(?:${NUM})\\s+)?(?=\\p{Lu})`, 'u');

/** A demonym at pos ("Canadian", "Indian and Canadian"): its owners and where it ends. */
export function demonymsAt(c: Ctx, pos: number, limit: number): { owners: Owner[]; end: number } | undefined {
  const owners: Owner[] = [];
  let i = pos;
  for (;;) {
    const w = /^(\s*)((?:North|South)\s+\p{Lu}\p{L}+|\p{Lu}[\p{L}.]*)/u.exec(c.work.slice(i, limit));
    const country = w ? demonymCountry(w[2]!) : undefined;
    if (!w || !country) break;
    const start = i + w[1]!.length;
    owners.push({ country, start, end: start + w[2]!.length });
    i = start + w[2]!.length;
    // Each demonym may carry its own quantity: "four German, four Polish and 13 Ukrainian diplomats".
    const and = EACH_DEMONYM.exec(c.work.slice(i, limit));
    if (!and) break;
    const after = /^\s*(\p{Lu}[\p{L}.]*)/u.exec(c.work.slice(i + and[0].length, limit));
    if (!after || !demonymCountry(after[1]!)) break;
    i += and[0].length;
  }
  return owners.length ? { owners, end: owners[owners.length - 1]!.end } : undefined;
}
