// Heads of mission read from the role a name is given (AMBASSADOR_TO the country of posting): a title
// before the name ("Chile's High Commissioner to Kenya Pablo Soto", "French Ambassador to Madrid Anne
// Dubois", "its envoy to Norway, Juan Perez") or an apposition after it ("Luis Gomez, Mexico's envoy to
// Cuba", "Ana Ruiz – Ambassador of the Republic of Peru in Chile") or a predicate ("X has been Russia's
// envoy in Washington since 2017", "X, China's top diplomat in London"), to two states as well
// ("Ambassador to Indonesia and Timor-Leste X": each), an honorific before the name or not ("… to Somalia
// Mr. X"). A capital posting stands for its country; a role between two names of a list whose second has
// no apposition of its own is the second's title ("Minister A, Ambassador of India to US, B and C"), and
// a posting run into a name with no comma is that name's title ("A, Ambassador to Austria B, …");
// deputies, acting heads, chargés and former envoys head no mission. A body of states is a posting too
// ("Ambassador to the UN X", "X, Permanent Representative at NATO"), an office of one state is not.
// Post-nominal letters may stand between a name and its apposition ("X KCMG, the British High
// Commissioner to Peru"). The sending state may stand between role and posting ("the ambassador of
// Indonesia to Ghana, Dr X"), unless the role ends a fronted phrase whose name after it is the main
// clause's subject ("After talks with the ambassador in Berlin, X said").
import type { Ctx } from '../context.js';
import type { Entity, Mention } from '../entities/index.js';
import type { RelOut } from '../events/types.js';
import { stateOf } from '../events/parties.js';
import { CAPITALS, demonymCountry } from '../lexicon.js';
import { withQuotedMentions } from './whole-text.js';
import { HONORIFIC_ONE } from '../honorifics.js';
import { POST_NOMINAL } from '../entities/name-edges.js';
import {
  FULL_TITLE_TAIL,
  HEAD_OF_MISSION_CASED,
  IN_POST_BEFORE_HEAD,
  NOT_HEAD_OF_MISSION_WORD as NOT_HEAD,
} from '../role-nouns.js';
import { matchesOf } from '../regex-matches.js';
import { STATE_FORM_OF } from '../state-forms.js';

const HEAD = String.raw`(?:${HEAD_OF_MISSION_CASED}${FULL_TITLE_TAIL}|[Tt]op diplomat|[Pp]ermanent [Rr]epresentative)`;
/** The sending state between the role and its posting: "ambassador of Indonesia to Ghana", "of the Russian
 * Federation in Chisinau" (capitalised words only, so "ambassador of long standing in X" is no sender). */
const SENDER = String.raw`(?:\s+of\s+(?:the\s+)?${STATE_FORM_OF}?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?`;
/** Between the posting and the name: a comma or bracket, an honorific ("to Ghana, Dr X", "to Kenya, H.E. X"). */
const NAME_LEAD = String.raw`\s*[,(]?\s*(?:${HONORIFIC_ONE}\s+)?`;
/** The role right before a name: "<...> ambassador to <Place>,? " (the place is checked as a mention). */
const BEFORE = new RegExp(
  String.raw`\b${HEAD}\s+(?:to|in|at)\s+(?:the\s+)?(${STATE_FORM_OF}?)([^,;:()]{2,40}?)${NAME_LEAD}$`,
  'iu',
);
/** The same with the sending state named between role and posting (case kept: the sender is capitalised). */
const BEFORE_WITH_SENDER = new RegExp(
  String.raw`\b${HEAD}${SENDER}\s+(?:to|in|at)\s+(?:[Tt]he\s+)?(${STATE_FORM_OF}?)([^,;:()]{2,40}?)${NAME_LEAD}$`,
  'u',
);
/**
 * Whether `lead` may hold a HEAD word, as BEFORE reads it (ignoring case): a cheap test before that
 * end-anchored pattern, which would be tried at every position. (Under /iu only ſ and the Kelvin sign fold
 * to ASCII letters besides the letters themselves: a lead holding either is left to the pattern.)
 */
function mayHoldHead(lead: string): boolean {
  const low = lead.toLowerCase();
  return (
    low.includes('ambassador') ||
    low.includes('envoy') ||
    low.includes('commissioner') ||
    low.includes('diplomat') ||
    low.includes('representative') ||
    /[\u017f\u212a]/.test(lead)
  );
}
/** How a name is linked to the role after it: set off, a copula, or an appointment ("X, who was named
 * ambassador to B in 2021", "X was appointed as envoy to B"). */
const AFTER_LINK = String.raw`(?:(?:,\s*who)?\s+(?:is|was|has been|had been)\s+(?:appointed|named|nominated)\s+(?:as\s+)?|,|[–—-]|\(|\s(?:is|was|has been|had been|became|serves as|served as|as|remains))`;
/** The role right after a name: ", <...> ambassador to|in <Place>" or " – Ambassador of X in <Place>". */
const AFTER = new RegExp(
  String.raw`^\s*${AFTER_LINK}\s*(?:the\s+|its\s+|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}(?:['’]s)?\s+){0,2}${IN_POST_BEFORE_HEAD}${HEAD}\s+(?:of\s+(?:the\s+)?[^,;:()]{2,50}?\s+)?(?:to|in|at)\s+(?:the\s+)?${STATE_FORM_OF}?`,
  'u',
);
/** Between the posting and the name: a comma or bracket, an honorific ("Ambassador to Somalia Mr. Li Wei"). */
const RIGHT_BEFORE_NAME = new RegExp(`^${NAME_LEAD}$`);

/**
 * The country a posting names: a capital stands for its country, and when the article names that country
 * only by its adjective ("the Chinese Foreign Ministry … the British Ambassador to Beijing"), the country is
 * the place whose mention is the adjective. A capital whose country the article never names stays itself.
 */
export function postingState(c: Ctx, place: Entity): Entity {
  const state = stateOf(c, place);
  const country = CAPITALS[place.name.toLowerCase()];
  if (state !== place || !country) return state;
  for (const w of matchesOf(/\b\p{Lu}\p{Ll}+\b/gu, c.work))
    if (demonymCountry(w[0]) === country && !c.inQuote(w.index))
      return c.countryByDemonym(country, w.index, w.index + w[0].length);
  return place;
}

/** Between a role and the name it runs into: spaces and at most one honorific ("… to Austria Dr. B"). */
const RUN_INTO_NAME = new RegExp(String.raw`^\s+(?:${HONORIFIC_ONE}\s+)?$`);
/** The same set off by a comma ("…, Ambassador to Austria, Hon. B"). */
const COMMA_BEFORE_NAME = new RegExp(String.raw`^\s*,\s*(?:${HONORIFIC_ONE}\s+)?$`);

/**
 * Whether the role ending at pos is the title of the name right after it rather than an apposition to the
 * name before: "External Affairs Minister A, Ambassador of India to US, B and Foreign Secretary C" (B's),
 * unless that name has an apposition of its own ("A, ambassador to X, B, ambassador to Y": A's and B's).
 */
function titleOfNext(c: Ctx, pos: number, end: number): boolean {
  const next = c.inRange(pos, Math.min(end, pos + 40), ['Person'], true)[0];
  if (!next) return false;
  // No comma: the role is the title of the name it runs into ("A, Ambassador to Austria B, Ambassador …").
  if (RUN_INTO_NAME.test(c.work.slice(pos, next.start))) return true;
  if (!COMMA_BEFORE_NAME.test(c.work.slice(pos, next.start))) return false;
  return !/^\s*(?:,(?!\s*(?:and|or)\b)|[–—-]|\()/.test(c.work.slice(next.end, next.end + 8));
}

/**
 * Whether the role starting at headAt, between a name before it and the name m after it, is the first
 * name's apposition in a list whose names each have their own ("A, ambassador to Chile, B, ambassador to
 * Peru, and C, …"): a name ends right before it and m has a role of its own after it.
 */
function listedRole(c: Ctx, m: Mention, headAt: number): boolean {
  // A title run into the name ("…, Ambassador to Austria B") is that name's, in a list too.
  if (!/[,(]/.test(c.work.slice(headAt, m.start))) return false;
  const prev = c.inRange(Math.max(0, headAt - 60), headAt, ['Person']).pop();
  if (!prev || !LIST_GAP.test(c.work.slice(prev.end, headAt))) return false;
  return OWN_ROLE.test(c.work.slice(m.end, m.end + 60));
}
/** Between a listed name and its role: a comma, a determiner, a word of time ("A, the new ambassador"). */
const LIST_GAP = /^\s*,\s+(?:the\s+)?(?:(?:new|former|current|outgoing|incoming)\s+)?$/;
const OWN_ROLE = new RegExp(String.raw`^\s*,\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,2}?${HEAD}\b`, 'u');

/** An organisation that is an office of one state (no body of states an envoy is accredited to). */
const STATE_OFFICE =
  /\b(?:embass|consulat|mission|ministry|office|department|palace|house|residence|government|parliament|administration|authorit)/i;

/** A post that ends before the name holding it ("terminated the mission of X as Ambassador to B"). */
const ENDED_POST =
  /\b(?:terminat\w*|end(?:s|ed|ing)?|relieved)\s+(?:the\s+|his\s+|her\s+)?(?:mission|post|duties|tenure)\s+of\s+$/i;

/** The preposition right before a posting, its formal style between them ("to the Kingdom of "). */
const POSTING_PREPOSITION = new RegExp(String.raw`\b(to|in|at)\s+(?:the\s+)?${STATE_FORM_OF}?$`, 'iu');

/**
 * Whether the mention after the role's preposition is a posting: a place after "to" or "in" ("ambassador
 * to Chile"), or a body of states after "to" or "at" ("Ambassador to the UN", "Permanent Representative
 * at NATO"), never an office of a state ("the ambassador at the Russian Embassy").
 */
function isPosting(c: Ctx, posted: Mention): boolean {
  const prep = POSTING_PREPOSITION.exec(c.work.slice(Math.max(0, posted.start - 70), posted.start));
  if (!prep) return false;
  const p = prep[1]!.toLowerCase();
  if (posted.entity.type === 'Place') return p !== 'at';
  return p !== 'in' && !STATE_OFFICE.test(posted.entity.name);
}

/** A sentence opening on a preposition or participle up to the role, with no comma before it. */
const FRONTED =
  /^\s*(?:After|Before|During|Following|Meeting|Speaking|Upon|On|In|At|With|Like|Unlike)\b[^,;]*$/;

/**
 * Whether the role is the end of a fronted phrase and the name after its comma the main clause's subject
 * ("After talks with the ambassador of France in Berlin, Olaf Scholz said …"): the name then runs into its
 * verb with no comma or bracket after it (an apposition would be set off: "With the Ambassador to Spain,
 * Ana Ruiz, …").
 */
function inFrontedPhrase(c: Ctx, sentenceStart: number, headAt: number, nameEnd: number): boolean {
  return (
    FRONTED.test(c.work.slice(sentenceStart, headAt)) &&
    /^\s+\p{Ll}/u.test(c.work.slice(nameEnd, nameEnd + 4))
  );
}

/** Where a name ends with the post-nominal letters after it ("Sir Ian Ward KCMG CVO, the British …"). */
function afterPostNominals(c: Ctx, end: number): number {
  let at = end;
  for (;;) {
    const w = /^\s+(\p{Lu}{2,4})\b/u.exec(c.work.slice(at, at + 8));
    if (!w || !POST_NOMINAL.test(w[1]!)) return at;
    at += w[0].length;
  }
}

export function envoyRoleRelations(article: Ctx): RelOut[] {
  const c = withQuotedMentions(article);
  const out: RelOut[] = [];
  const add = (m: Mention, place: Entity | undefined) => {
    const s = c.sentenceAt(m.start);
    if (!s || !place || (place.type !== 'Place' && place.type !== 'Organization')) return;
    out.push({
      source: m.entity,
      type: 'AMBASSADOR_TO',
      target: place.type === 'Place' ? postingState(c, place) : place,
      evidence: [c.evidence(s)],
      rule: 'relations/envoys:role-of-name',
    });
  };
  for (const m of c.mentions) {
    if (m.entity.type !== 'Person' || m.nominal) continue;
    const s = c.sentenceAt(m.start);
    if (!s) continue;
    const lead = c.work.slice(Math.max(s.start, m.start - 140), m.start);
    const b = mayHoldHead(lead) ? (BEFORE.exec(lead) ?? BEFORE_WITH_SENDER.exec(lead)) : null;
    if (b && !listedRole(c, m, m.start - lead.length + b.index)) {
      const headAt = m.start - lead.length + b.index;
      const role = c.work
        .slice(Math.max(s.start, headAt - 30), headAt)
        .split(/[,;.]/)
        .pop()!;
      // The posting's short name, after its formal style if any ("to the Republic of Maldives"); a
      // mention that takes the style in starts at the style.
      const styleAt = m.start - lead.length + b.index + b[0].lastIndexOf(b[1]! + b[2]!);
      const placeAt = styleAt + b[1]!.length;
      const places = c.inRange(styleAt, m.start, ['Place', 'Organization'], true);
      const [place, second] = places;
      if (NOT_HEAD.test(role) || !place || place.start < styleAt || place.start > placeAt) continue;
      if (!isPosting(c, place)) continue;
      if (inFrontedPhrase(c, s.start, headAt, m.end)) continue;
      const rest = c.work.slice(place.end, m.start);
      if (RIGHT_BEFORE_NAME.test(rest)) {
        add(m, place.entity);
        continue;
      }
      // Accredited to two states: "Ambassador to Indonesia and Timor-Leste X".
      if (
        second &&
        /^\s+and\s+(?:the\s+)?$/.test(c.work.slice(place.end, second.start)) &&
        RIGHT_BEFORE_NAME.test(c.work.slice(second.end, m.start))
      ) {
        add(m, place.entity);
        add(m, second.entity);
        continue;
      }
      // A posting that does not run into this name is another's ("A is the new Ambassador to B while
      // C is the new Ambassador to D"): this name's own role may follow it.
    }
    const nameEnd = afterPostNominals(c, m.end);
    const tail = c.work.slice(nameEnd, Math.min(s.end, nameEnd + 140));
    const a = AFTER.exec(tail);
    if (
      a &&
      !NOT_HEAD.test(a[0]) &&
      !ENDED_POST.test(c.work.slice(Math.max(s.start, m.start - 50), m.start))
    ) {
      const at = nameEnd + a[0].length;
      const place = c.inRange(at, at + 40, ['Place', 'Organization'], true)[0];
      if (place && place.start === at && isPosting(c, place) && !titleOfNext(c, place.end, s.end))
        add(m, place.entity);
    }
  }
  return out;
}
