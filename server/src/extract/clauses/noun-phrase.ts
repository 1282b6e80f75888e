// Noun phrases as the event and relation rules need them. A phrase either names entities, one or a
// coordinated list ("Jordan, Chile and Colombia", "Grant Leaity, deputy coordinator for OCHA, and Adele
// Khodr", "four Iranians: A, minister of culture; B, …", "six diplomats — Acting High Commissioner A, B
// —"), or names none and has a lower-case head ("diplomats", "ambassador", "government") and owners: whose
// the head is, from a demonym ("Canadian diplomats"), a possessor ("Lithuania's ambassador") or a
// complement ("the ambassador of Norway", "representatives from the US, Netherlands and Italy").
import type { Ctx } from '../context.js';
import type { Entity, Mention } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import { objectPronounAt } from './object-pronoun.js';

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

export const ENVOY_HEAD =
  /^(?:ambassadors?|envoys?|high commissioners?|charg[ée]s? d['’]affaires|diplomats?|top diplomats?|consuls?(?:[- ]general)?|attach[ée]s?|representatives?|emissar(?:y|ies)|heads? of mission)$/;
const PEOPLE_HEAD =
  /^(?:officials|staff|staffers|employees|nationals|spies|officers|members|personnel|workers|citizens|expatriates|agents|leaders|ministers|nationals|judges|prosecutors|individuals|people|persons|entities|companies|firms|banks|oligarchs|lawmakers|politicians|generals|commanders)$/;
export const BODY_HEAD =
  /^(?:countries|states|nations|allies|governments?|authorities|ministry|foreign ministry|junta|regime|administration|military|cabinet|presidency|leadership|side|country|nation|state|kingdom|republic)$/;
const PEOPLE_OR_ENVOY = new RegExp(
  `^(?:${[ENVOY_HEAD, PEOPLE_HEAD].map((r) => r.source.slice(4, -2)).join('|')})$`,
);
const HEAD_WORDS = new RegExp(
  `^(?:${[ENVOY_HEAD, PEOPLE_HEAD, BODY_HEAD].map((r) => r.source.slice(4, -2)).join('|')})$`,
);
const TWO_WORD_HEAD = /^(?:high commissioners?|top diplomats?|foreign ministry|heads? of mission)$/;

const DET =
  /^\s*(?:(?:the|a|an|its|his|her|their|our|this|these|those|some|all|both|several|many|other|another|further|more|fellow|about|nearly|over|at least|up to|a total of|dozens of|a dozen|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+)*/i;
/** Between two items of a list: an optional apposition or complement, a separator, optional titles. */
const GAP =
  /^(?:\s+(?:of|from)\s+(?:the\s+)?[^,;:()]{1,60}?|\s*,\s+[^,;:()]{1,90}?(?:\s*\([^()]{1,20}\))?|\s*\([^()]{1,80}\))?\s*(?:;\s*(?:and\s+)?|,\s*(?:and\s+|as well as\s+|along with\s+|plus\s+)?|\s+and\s+|\s+as well as\s+|\s+along with\s+|\s*&\s*)(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
const TITLE_THEN_NAME =
  /^\s+(?:(?:Deputy|Acting|Vice|Senior|Chief|First|Second|Foreign|Prime|Interior|Defen[cs]e)\s+)*(?:Ambassador|High Commissioner|Envoy|Consul(?:[- ]General)?|Charg[ée] d['’]Affaires|Minister|Secretary|President|Counsell?or|Spokes(?:wo)?man|Spokesperson)\s+/;
/**
 * Capitalised title words between a country and the person they name ("US Senator Marco Rubio", "Iran
 * Army Chief X"): the shortest run of them after which a person's mention starts.
 */
const TITLE_RUNS = [1, 2, 3, 4, 5].map(
  (n) => new RegExp(`^\\s+(?:(?:\\p{Lu}[\\p{Ll}.'’-]+|of|for)\\s+){${n}}(?=\\p{Lu})`, 'u'),
);
function anyTitle(c: Ctx, pos: number, after: string): RegExpExecArray | null {
  for (const run of TITLE_RUNS) {
    const m = run.exec(after);
    if (!m) return null;
    const p = mentionAt(c, pos + m[0].length, pos + after.length);
    if (p?.entity.type === 'Person' && p.start === pos + m[0].length) return m;
  }
  return null;
}
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

/** The items coordinated with `first` after it: "A, B and C", "A, title; B, title", "A of X, B of Y". */
export function listAfter(c: Ctx, first: Mention, limit: number): Mention[] {
  const items = [first];
  let last = first;
  for (;;) {
    const next = c
      .inRange(last.end, Math.min(limit, last.end + 140), [first.entity.type], true)
      .find((m) => m.start >= last.end && gapOk(c, last.end, m.start));
    if (!next || items.some((x) => x.entity === next.entity)) break;
    // The apposition of one item may name another entity of the same type ("A, X's deputy, and B"):
    // the item is the one the separator leads to, so no mention may lie between the separator and it.
    items.push(next);
    last = next;
  }
  return items;
}

/** The items coordinated with `last` before it, in text order. */
export function listBefore(c: Ctx, from: number, last: Mention): Mention[] {
  const items = [last];
  let cur = last;
  for (;;) {
    const prev = c
      .inRange(Math.max(from, cur.start - 140), cur.start, [last.entity.type])
      .filter((m) => m.end <= cur.start && gapOk(c, m.end, cur.start))
      .pop();
    if (!prev || items.some((x) => x.entity === prev.entity)) break;
    items.unshift(prev);
    cur = prev;
  }
  return items;
}

/** A demonym at pos ("Canadian", "Indian and Canadian"): its owners and where it ends. */
function demonymsAt(c: Ctx, pos: number, limit: number): { owners: Owner[]; end: number } | undefined {
  const owners: Owner[] = [];
  let i = pos;
  for (;;) {
    const w = /^(\s*)((?:North|South)\s+\p{Lu}\p{L}+|\p{Lu}[\p{L}.]*)/u.exec(c.work.slice(i, limit));
    const country = w ? demonymCountry(w[2]!) : undefined;
    if (!w || !country) break;
    const start = i + w[1]!.length;
    owners.push({ country, start, end: start + w[2]!.length });
    i = start + w[2]!.length;
    const and = /^\s*(?:,|and|,\s*and)\s+(?=\p{Lu})/u.exec(c.work.slice(i, limit));
    if (!and) break;
    const after = /^\s*(\p{Lu}[\p{L}.]*)/u.exec(c.work.slice(i + and[0].length, limit));
    if (!after || !demonymCountry(after[1]!)) break;
    i += and[0].length;
  }
  return owners.length ? { owners, end: owners[owners.length - 1]!.end } : undefined;
}

/**
 * The noun phrase that starts at pos (after determiners and numbers) and ends by limit: its named
 * entities (a list, or the person named in an apposition to a role: "the ambassador to Seoul, Koichi
 * Ibushi,", "its envoy to Israel Jorge Carvajal", "our ambassador (Margarita Manjarrez)"), or its head
 * and owners.
 */
export function phraseAt(c: Ctx, pos: number, limit: number, listLimit = limit): NounPhrase | undefined {
  // A list a colon introduces: "OFAC is designating: A, minister of …; B, …".
  const colon = /^\s*:\s+(?=\p{Lu})/u.exec(c.work.slice(pos, limit));
  if (colon) pos += colon[0].length;
  const pro = objectPronounAt(c.work.slice(pos, limit), pos);
  if (pro) return { ...pro, entities: [], owners: [], objectPronoun: true };
  // A role phrase that is itself a mention ("the French ambassador", resolved to the envoy).
  const whole = mentionAt(c, pos, limit);
  if (whole && /^\s*(?:the|a|an|its|his|her|their)\s/i.test(c.work.slice(pos, whole.end))) {
    const items = listAfter(c, whole, limit);
    return {
      start: whole.start,
      end: items[items.length - 1]!.end,
      entities: items.map((x) => x.entity),
      owners: [],
      role: true,
      head: roleHead(c.work.slice(whole.start, whole.end)),
    };
  }
  const det = DET.exec(c.work.slice(pos, limit))![0];
  const possessed = /\b(?:its|his|her|their|our)\s/i.test(det);
  let i = pos + det.length;
  const start = i;
  const owners: Owner[] = [];
  let head: string | undefined;
  let deputy = false;
  let title: string | undefined;
  for (let step = 0; step < 8 && i < limit && !head; step++) {
    const found = mentionAt(c, i, limit);
    // "its ambassador to Israel" is whose "its" says, not an envoy a role phrase was matched to.
    const m =
      found && !(possessed && /^\p{Ll}/u.test(c.work.slice(found.start, found.end))) ? found : undefined;
    if (m) {
      const after = c.work.slice(m.end, limit);
      const poss = /^['’]s?\s+/.exec(after);
      if (poss) {
        owners.length = 0;
        owners.push({ entity: m.entity, start: m.start, end: m.end });
        i = m.end + poss[0].length;
        continue;
      }
      // A country before a capitalised title and a name: "Pakistan High Commissioner Sohail Mahmood", "US
      // Ambassador Nicholas Burns": the phrase is the person.
      const titled =
        m.entity.type !== 'Person' ? (TITLE_THEN_NAME.exec(after) ?? anyTitle(c, m.end, after)) : null;
      const person = titled ? mentionAt(c, m.end + titled[0].length, limit) : undefined;
      if (person?.entity.type === 'Person' && person.start === m.end + titled![0].length) {
        const items = listAfter(c, person, colon ? listLimit : limit);
        return {
          start: m.start,
          end: items[items.length - 1]!.end,
          entities: items.map((x) => x.entity),
          owners: [{ entity: m.entity, start: m.start, end: m.end }],
          head: /(ambassador|high commissioner|envoy|consul\S*|charg\S+ d\S+)\s*$/i
            .exec(titled![0])?.[1]
            ?.toLowerCase(),
          deputy: /\b(?:Deputy|Acting|Vice)\b/.test(titled![0]),
        };
      }
      // A name used as a modifier: "UNICEF representative", "U.N. officials".
      const mod = /^\s+((?:senior\s+|top\s+)?(\p{Ll}+(?:\s+\p{Ll}+)?))\b/u.exec(after);
      const hw = mod ? headWord(mod[2]!) : undefined;
      if (hw && m.entity.type !== 'Person') {
        owners.push({ entity: m.entity, start: m.start, end: m.end });
        head = hw;
        i = m.end + mod![0].indexOf(hw) + hw.length;
        break;
      }
      const items = listAfter(c, m, colon ? listLimit : limit);
      return {
        start,
        end: items[items.length - 1]!.end,
        entities: items.map((x) => x.entity),
        owners,
        head: title,
        deputy,
      };
    }
    // "four Iranians": people of a country.
    const people = /^\s*(\p{Lu}\p{L}+)s\b/u.exec(c.work.slice(i, limit));
    if (people && demonymCountry(people[1]!)) {
      const at = i + people[0].length - people[1]!.length - 1;
      owners.push({ country: demonymCountry(people[1]!), start: at, end: at + people[1]!.length + 1 });
      head = 'nationals';
      i += people[0].length;
      break;
    }
    const dem = demonymsAt(c, i, limit);
    if (dem) {
      owners.push(...dem.owners);
      i = dem.end;
      continue;
    }
    const w = /^\s*([\p{L}][\p{L}'’.-]*)/u.exec(c.work.slice(i, limit));
    if (!w) break;
    const word = w[1]!;
    // "the country's ambassador": a possessor that names nothing.
    if (/['’]s$/.test(word)) {
      i += w[0].length;
      owners.length = 0;
      continue;
    }
    if (/^\p{Lu}/u.test(word)) {
      // Title words before a name ("Acting High Commissioner", "Ambassador"): a head of mission's title
      // says what the named person is.
      if (/^(?:Deputy|Acting|Vice|Former|Interim)$/.test(word)) deputy = true;
      if (/^(?:Ambassador|Envoy|Commissioner)$/.test(word))
        title = word === 'Commissioner' ? 'high commissioner' : word.toLowerCase();
      i += w[0].length;
      continue;
    }
    const hw = headWord(c.work.slice(i + w[0].length - word.length, limit));
    if (hw) {
      head = hw;
      i += w[0].length - word.length + hw.length;
      break;
    }
    // "High Commissioner of Pakistan Sohail Mahmood": a capitalised title, its country, then the person.
    if (word === 'of' && title) {
      const titled = titleOfCountry(c, i + w[0].length, limit);
      if (titled) return { start, ...titled, head: title, deputy };
    }
    if (/^(?:of|to|from|in|on|for|with|by|at|and|or|that|which|who|as|after|over|including|like)$/.test(word))
      break;
    if (/^(?:deputy|acting|former|vice|assistant|interim)$/.test(word)) deputy = true;
    i += w[0].length;
  }
  if (!head) return undefined;
  const np: NounPhrase = { start, end: i, entities: [], head, owners, deputy, possessed };
  complement(c, np, limit, listLimit);
  return np;
}

/** After "<Title> of": a country (or body) and right after it the person the title names. */
function titleOfCountry(
  c: Ctx,
  pos: number,
  limit: number,
): Pick<NounPhrase, 'end' | 'entities' | 'owners' | 'head'> | undefined {
  const lead = /^\s+(?:the\s+)?/.exec(c.work.slice(pos, limit))?.[0].length ?? 0;
  const owner = mentionAt(c, pos + lead, limit);
  if (!owner || owner.entity.type === 'Person' || owner.start !== pos + lead) return undefined;
  const person = mentionAt(c, owner.end, limit);
  if (person?.entity.type !== 'Person' || !/^\s+$/.test(c.work.slice(owner.end, person.start)))
    return undefined;
  return {
    end: person.end,
    entities: [person.entity],
    owners: [{ entity: owner.entity, start: owner.start, end: owner.end }],
  };
}

/** The head word (one or two words) at the start of s, when it is one. */
function headWord(s: string): string | undefined {
  const two = /^(\p{Ll}+[\s-]\p{L}+['’]?\p{L}*)/u.exec(s)?.[1];
  if (two && (TWO_WORD_HEAD.test(two.replace(/-/g, ' ')) || HEAD_WORDS.test(two))) return two;
  const one = /^(\p{Ll}+)/u.exec(s)?.[1];
  return one && HEAD_WORDS.test(one) ? one : undefined;
}

/** What follows a head: "of Norway", "from A, B and C", "to Seoul, Koichi Ibushi,", "— A, B —", ": A; B". */
function complement(c: Ctx, np: NounPhrase, limit: number, listLimit: number): void {
  const rest = () => c.work.slice(np.end, limit);
  const of = /^\s+(?:of|from)\s+(?:the\s+)?/.exec(rest());
  if (of && !np.owners.length && !(ENVOY_HEAD.test(np.head!) && /^\s+from/.test(of[0]) && np.possessed)) {
    const m = mentionAt(c, np.end + of[0].length, limit);
    if (m && m.entity.type !== 'Person') {
      const items = listAfter(c, m, limit);
      np.owners = items.map((x) => ({ entity: x.entity, start: x.start, end: x.end }));
      np.end = items[items.length - 1]!.end;
    }
  }
  // The posting: "to Seoul", "in Paris" (kept in the phrase, not an owner).
  const post = /^\s+(?:to|in|from)\s+(?:the\s+)?/.exec(rest());
  if (post && ENVOY_HEAD.test(np.head!)) {
    const m = mentionAt(c, np.end + post[0].length, limit);
    if (m && m.entity.type === 'Place') {
      const items = listAfter(c, m, limit);
      np.postings = items.map((x) => x.entity);
      np.end = items[items.length - 1]!.end;
    }
  }
  // A name in apposition, in brackets or right after the role.
  const appo = /^(?:\s*,\s*|\s*\(\s*|\s+)/.exec(rest());
  if (appo) {
    const m = mentionAt(c, np.end + appo[0].length, limit);
    if (m && m.entity.type === 'Person' && ENVOY_HEAD.test(np.head!)) {
      const items = listAfter(c, m, limit);
      np.entities = items.map((x) => x.entity);
      np.end = items[items.length - 1]!.end;
      return;
    }
  }
  // Named members of an unnamed group: "six Indian diplomats, including the High Commissioner X",
  // "five officials, among them A and B".
  const incl = /^\s*,?\s*(?:including|among them|such as|notably)\s+(?:the\s+)?/.exec(rest());
  if (incl && PEOPLE_OR_ENVOY.test(np.head!)) {
    const m = c
      .inRange(np.end + incl[0].length, Math.min(listLimit, np.end + incl[0].length + 60), ['Person'], true)
      .find((x) => /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(c.work.slice(np.end + incl[0].length, x.start)));
    if (m) np.including = listAfter(c, m, listLimit).map((x) => x.entity);
  }
  // Named entities coordinated with an unnamed group: "14 EU countries, as well as Canada".
  const and = /^\s*,?\s*(?:and|as well as|along with)\s+(?:the\s+)?/.exec(rest());
  if (and && /^(?:countries|states|nations|allies)$/.test(np.head!)) {
    const m = mentionAt(c, np.end + and[0].length, limit);
    if (m) {
      const items = listAfter(c, m, limit);
      np.entities = items.map((x) => x.entity);
      np.end = items[items.length - 1]!.end;
      return;
    }
  }
  // A list set off by a dash or a colon.
  const list = /^\s*[—–:]\s*/.exec(rest());
  if (list) {
    const m = c
      .inRange(np.end + list[0].length, Math.min(listLimit, np.end + list[0].length + 60), undefined, true)
      .find((x) => /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(c.work.slice(np.end + list[0].length, x.start)));
    if (m) {
      const items = listAfter(c, m, listLimit);
      np.entities = items.map((x) => x.entity);
      np.end = items[items.length - 1]!.end;
    }
  }
}

/** The entity an owner stands for, made from the demonym's country when the article has none. */
export function ownerEntity(c: Ctx, o: Owner): Entity {
  return o.entity ?? c.countryByDemonym(o.country!, o.start, o.end);
}

/** The head word of a role phrase matched to a person ("the French ambassador" → ambassador). */
export function roleHead(text: string): string | undefined {
  const w = /(\p{L}+)\s*$/u.exec(text)?.[1]?.toLowerCase();
  return w && HEAD_WORDS.test(w) && !/\b(?:deputy|acting|vice)\b/i.test(text) ? w : undefined;
}
