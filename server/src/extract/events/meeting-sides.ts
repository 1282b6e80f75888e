// The sides of a meeting when no person is named as one: states and bodies, listed as the subject ("India
// and Japan held talks", "The leaders of A, B and C held a trilateral meeting", a body and a state
// together: "the X Front and Norway held talks"), a body's group or role ("A X Front delegation met",
// "the Emir of Y received"), after "between" ("talks between Tokyo and Seoul") or after "with" ("held
// talks with China"), or "the two countries" (the last two states or bodies named before); and "They"
// as a pair of persons the sentence before names. meetings.ts reads them only where no person is.
import { listAfter, listBefore } from '../clauses/noun-phrase.js';
import type { Ctx } from '../context.js';
import type { Entity, EntityType } from '../entities/index.js';
import { demonymOf } from '../lexicon.js';
import { ENVOY_GROUP_CASED, ENVOY_GROUP_MODIFIER } from '../role-nouns.js';
import type { Sentence } from '../text.js';

const SIDE: EntityType[] = ['Place', 'Organization'];

/** A dateline opening the first sentence: a place in capitals, a date, an agency, a dash (blanked in work text). */
const DATELINE =
  /^\p{Lu}[\p{Lu} .'’-]{1,30}(?:,\s*[\p{L}\d .]{1,30}?)?\s*(?:\([^)]{1,30}\))?(?:\s*[–—-]\s+|\s{3,})/u;

/** Words that may lead a list of states: "the leaders of", "the foreign ministers of", "officials from". */
const GROUP_OF = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?:(?:top|senior|${ENVOY_GROUP_MODIFIER}|[\p{Ll}-]+)\s+){0,3}?(?:${ENVOY_GROUP_CASED}|leaders?|leadership|ministers?|officials|delegations?|delegates|representatives?|presidents?|heads? of (?:state|government)|governments|envoys?|diplomats|negotiators|ambassadors?|secretary|secretary-general|chief|head|king|emir|premier|chancellor|members|governor|mayor|[Pp]rime [Mm]inisters?|[Ff]oreign [Mm]inisters?|[Pp]residents?|[Aa]mbassador|[Ss]ecretary[- ]General|[Mm]inisters?|[Ll]eaders|[Gg]overnor|[Mm]ayor|[Ee]mir|[Kk]ing|[Qq]ueen|[Ss]ultan|(?:[Cc]rown\s+)?[Pp]rince|heads? of (?:(?:diplomatic|foreign)\s+)?missions?)(?:\s+and\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s)?\s+(?:of|from)\s+(?:the\s+)?(?:following\s+(?:countries|states|nations)\s*:?\s*)?`,
  'u',
);

/** A role after a state's or body's name: "Kenya's President", "UN Secretary-General", "EU foreign policy chief", "EU High Representative". */
const ROLE_AFTER =
  /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:[Pp]resident|[Pp]rime [Mm]inister|[Mm]inister|[Ss]ecretary[- ]General|[Ss]ecretary|[Cc]hief|[Hh]ead|[Ll]eader|[Aa]mbassador|[Ee]nvoy|[Kk]ing|[Ee]mir|[Cc]hancellor|[Gg]overnor|[Dd]elegation|[Hh]igh\s+[Rr]epresentative|[Cc]ommissioner|[Cc]hair(?:man|woman|person)?|[Dd]irector[- ][Gg]eneral)\b/u;

/** A group of people a body or state sends, after its name: "delegation", "foreign ministers", "officials". */
const GROUP_AFTER =
  /^\s+(?:(?:top|senior|high-level|[\p{Ll}-]+)\s+){0,2}?(?:delegations?|delegates|officials|representatives|negotiators|envoys|diplomats|leaders|ministers|mission|team)\b/u;

/** Between a list of sides and the verb: adverbials only ("also", "on Monday", "today"). */
const TO_VERB =
  /^\s*,?\s*(?:(?:also|then|later|again|separately|formally|finally|have|had|has|on|last|this|today|yesterday|\p{Lu}\p{Ll}+day|\d[\d,]*)\s+)*$/u;

/**
 * The states or bodies listed from pos on ("the leaders of A, B and C"), all of the first one's type; with
 * `byRole`, only after a role or group ("the Ambassador of X", "a delegation from Y") or before a role
 * ("Kenya's President", "UN Secretary-General": that one), not bare.
 */
export function sidesAt(c: Ctx, pos: number, limit: number, byRole = false): Entity[] {
  const rest = c.work.slice(pos, limit);
  const lead = /^\s*/.exec(rest)![0].length;
  const group = GROUP_OF.exec(rest.slice(lead));
  const from =
    pos + lead + (group ? group[0].length : (/^(?:the|an?)\s+/.exec(rest.slice(lead))?.[0].length ?? 0));
  const first = c.inRange(from, limit, SIDE, true)[0];
  if (!first || first.start !== from) return [];
  if (byRole && !group) return ROLE_AFTER.test(c.work.slice(first.end, limit)) ? [first.entity] : [];
  const items = listAfter(c, first, limit);
  // A state and a body ("between Iran and the Atomic Agency"): the last item's "and" leads to the other type.
  const last = items[items.length - 1]!;
  const and = /^\s+and\s+(?:the\s+)?/.exec(c.work.slice(last.end, limit));
  const other = and ? c.inRange(last.end + and[0].length, limit, SIDE, true)[0] : undefined;
  if (other && other.start === last.end + and![0].length && other.entity.type !== first.entity.type)
    items.push(other);
  return [...new Set(items.map((m) => m.entity))];
}

/**
 * The states or bodies a clause opens with as its subject, right before the verb at `at`: "India and
 * Japan held talks", "On Monday, the leaders of A, B and C held …" (no person named before them).
 */
export function sidesBefore(c: Ctx, s: Sentence, at: number): Entity[] {
  const last = c.inRange(s.start, at, SIDE).pop();
  if (!last) return [];
  // "A X Front delegation met", "Y representatives held talks", "Z's Emir received": the body or state.
  const group = GROUP_AFTER.exec(c.work.slice(last.end, at)) ?? ROLE_AFTER.exec(c.work.slice(last.end, at));
  if (!TO_VERB.test(c.work.slice(last.end + (group?.[0].length ?? 0), at))) return [];
  // States and bodies may be listed together: "the X Front and the United States held talks".
  const items = listBefore(c, s.start, last, SIDE);
  // A dateline glued to the sentence ("LUSAKA, June 3 (Reuters) - ") stands before it all.
  const start = s.start + (DATELINE.exec(c.work.slice(s.start, items[0]!.start))?.[0].length ?? 0);
  const head = c.work.slice(start, items[0]!.start);
  // Only a fronted adverbial ("On Monday, ") and the group words may stand before the list.
  const fronted = /^(?:[^,;]{0,60},\s*)?/.exec(head)![0];
  const lead = head.slice(fronted.length);
  // The group words may open the sentence: "Officials from A and B met".
  const low = lead.charAt(0).toLowerCase() + lead.slice(1);
  if (!GROUP_OF.test(low) && !/^(?:(?:the|an?)\s+)?$/i.test(lead)) return [];
  if (c.inRange(start, items[0]!.start, undefined, true).length) return [];
  return [...new Set(items.map((m) => m.entity))];
}

/** The places listed from pos on: "Tunisia, Comoros, Kazakhstan, and Thailand". */
export function statesListed(c: Ctx, pos: number, limit: number): Entity[] {
  const first = c.inRange(pos, limit, ['Place'], true)[0];
  if (!first || first.start !== pos) return [];
  return listAfter(c, first, limit)
    .map((m) => m.entity)
    .filter((e) => e.type === 'Place');
}

/** "the two countries", "the two governments" (before the verb, or after "between"). */
export const TWO_STATES = /\b[Tt]he\s+two\s+(?:countries|nations|states|governments|neighbou?rs|capitals)\b/;

/** The last two states or bodies named before pos: who "the two countries" are (a city is neither). */
export function twoStatesBefore(c: Ctx, pos: number): Entity[] {
  const out: Entity[] = [];
  for (const x of c.inRange(0, pos, SIDE).reverse()) {
    if (x.entity.type === 'Place' && !demonymOf(x.entity.name)) continue;
    if (!out.includes(x.entity)) out.unshift(x.entity);
    if (out.length === 2) break;
  }
  return out.length === 2 ? out : [];
}

/** "the two leaders", "the two": the last two persons named before pos. */
export function theTwo(c: Ctx, pos: number): Entity[] {
  const out: Entity[] = [];
  for (const m of c.inRange(0, pos, ['Person']).reverse()) {
    if (!out.includes(m.entity)) out.unshift(m.entity);
    if (out.length === 2) break;
  }
  return out.length === 2 ? out : [];
}
export const THE_TWO =
  /\b[Tt]he\s+two(?:\s+(?:leaders|men|women|ministers|presidents|heads of state|sides))?\s+(?:\p{Ll}+\s+){0,2}$/u;

/** "They", "Both leaders", "The leaders" as the subject (after a fronted phrase): a pair named just before. */
export const THEY =
  /^\s*(?:[^,;]{0,60},\s*)?(?:[Tt]hey|[Bb]oth(?:\s+(?:the\s+)?(?:leaders|sides|men|women|ministers|presidents))?|[Tt]he\s+(?:leaders|ministers|presidents))\s+(?:(?:also|then|later|first|briefly|subsequently|have|had)\s+)*$/;

/** The two persons the sentence before `s` names, when it names exactly two: who "they" are. */
export function pairBefore(c: Ctx, s: Sentence): Entity[] {
  const i = c.sents.indexOf(s);
  const prev = i > 0 ? c.sents[i - 1]! : undefined;
  if (!prev) return [];
  const persons = [
    ...new Set(
      c
        .inRange(prev.start, prev.end, ['Person'])
        .filter((m) => !c.inAside(m.start))
        .map((m) => m.entity),
    ),
  ];
  return persons.length === 2 ? persons : [];
}
