// Noun phrases as the event and relation rules need them. A phrase either names entities, one or a
// coordinated list ("Jordan, Chile and Colombia", "Grant Leaity, deputy coordinator for OCHA, and Adele
// Khodr", "four Iranians: A, minister of culture; B, …", "Russian oligarchs A, B and C", "six diplomats —
// Acting High Commissioner A, B —"), or names none and has a lower-case head ("diplomats", "ambassador",
// "government") and owners: whose the head is, from a demonym ("Canadian diplomats"), a possessor
// ("Lithuania's ambassador") or a complement ("the ambassador of Norway", "representatives from the US,
// Netherlands and Italy"). Head words and quantities: head-words.ts; mentions and lists of them:
// mention-lists.ts; what follows the head: complement.ts.
import type { Ctx } from '../context.js';
import type { Entity, Mention } from '../entities/index.js';
import { PERSON_NOUN, ROLE_NOUN } from '../entities/name-shapes.js';
import { demonymCountry } from '../lexicon.js';
import { complement } from './complement.js';
import { BODY_HEAD, DET, ENVOY_HEAD, headTail, headWord, NUM, roleHead } from './head-words.js';
import {
  demonymsAt,
  listAfter,
  listBefore,
  mentionAt,
  mentionEndingAt,
  roleListAfter,
  type NounPhrase,
  type Owner,
} from './mention-lists.js';
import { objectPronounAt } from './object-pronoun.js';
import { personAfterHonorific } from './honorific-names.js';
import { HONORIFIC_RUN } from '../honorifics.js';

export { BODY_HEAD, ENVOY_HEAD, listAfter, listBefore, mentionAt, mentionEndingAt, roleHead };
export type { NounPhrase, Owner };

const TITLE_THEN_NAME =
  /^\s+(?:(?:Deputy|Acting|Vice|Senior|Chief|First|Second|Foreign|Prime|Interior|Defen[cs]e)\s+)*(?:Ambassador|High Commissioner|Envoy|Consul(?:[- ]General)?|Charg[ée] d['’]Affaires|Minister|Secretary|President|Counsell?or|Spokes(?:wo)?man|Spokesperson)\s+/;
/** A role in lower case between a country and a name: "Myanmar military chief X", "US lawmakers A and B". */
const LOWER_ROLE = new RegExp(
  String.raw`^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${ROLE_NOUN}|${PERSON_NOUN}|lawmaker|senator|official|oligarch)s?\s+(?=\p{Lu})`,
  'u',
);
const ROLE_THEN_NAME = new RegExp(
  String.raw`^(?!ambassador|envoy|high commissioner|commissioner|charg|diplomat|consul|counsel)(?:${ROLE_NOUN}|${PERSON_NOUN})(?:\s*,\s*|\s+)(?=\p{Lu})`,
  'u',
);
/** Between a place and the demonyms listed after it: ", ", " and ", ", 5 ", " and 3 ". */
const SEP_DEMONYM = new RegExp(String.raw`^\s*(?:,\s*)?(?:and\s+)?(?:(?:${NUM})\s+(?=\p{Lu}))?`, 'u');
/** A plural role before a list of names: "Russian oligarchs A, B and C", "Iranian officials, A and B,". */
const ROLES_THEN_NAMES = new RegExp(
  String.raw`^(?!ambassadors|envoys|commissioners|diplomats|consuls|counsel)(?:(?:${ROLE_NOUN}|${PERSON_NOUN}|lawmaker|senator|official|oligarch)s|business(?:wo)?men)(\s*,\s*|\s+)(?=\p{Lu})`,
  'u',
);
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

/** A capitalised office word before "of <country> <name>" (head-of-mission titles are read apart). */
const CAP_ROLE =
  /^(?:Minister|President|Secretary|Chancellor|Premier|Chairman|Chairwoman|Chair|King|Queen|Emir|Sultan|Speaker)$/;

/** Honorifics between a title and the name it gives: "…, Mr. Elmar Mammadyarov", ", H.E. Ms. Ana Ruiz", ", Hon. X". */
const HONORIFICS = String.raw`(?:${HONORIFIC_RUN})?`;
const HONORIFICS_AFTER = new RegExp(String.raw`^,?\s*` + HONORIFICS);
const COMMA_HONORIFICS = new RegExp(String.raw`^,\s+` + HONORIFICS);

/**
 * A head of mission's title posted to a place, then the person: after "US" in "US Ambassador to Russia
 * John Sullivan". The match runs to where the person's name starts.
 */
function envoyToPlace(c: Ctx, pos: number, limit: number): RegExpExecArray | null {
  const t =
    /^\s+(?:(?:Deputy|Acting|Special)\s+)?(?:Ambassador|High Commissioner|Envoy|Consul(?:[- ]General)?|Charg[ée] d['’]Affaires)\s+(?:to|in)\s+(?:the\s+)?/.exec(
      c.work.slice(pos, limit),
    );
  if (!t) return null;
  const place = mentionAt(c, pos + t[0].length, limit);
  if (place?.entity.type !== 'Place' || place.start !== pos + t[0].length) return null;
  // (An honorific may stand before the name: "Ambassador to Somalia Mr. Qin Jian", "… H.E. Ms. Ana Ruiz".)
  const gap = /^\s+(?:(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)*/.exec(c.work.slice(place.end, limit));
  return gap ? /^[\s\S]*/.exec(c.work.slice(pos, place.end + gap[0].length)) : null;
}

/** After a place, the compound that makes it a modifier: "-based", " DC-based", "-headquartered". */
const BASED_IN = /^(?:\s+\p{Lu}{1,3}\.?)?[-‐–](?:based|headquartered|registered)\b/u;

/** Whether a place's mention only says where the thing after it is ("the London-based group"). */
export function placeModifier(c: Ctx, m: { start: number; end: number; entity: Entity }): boolean {
  return m.entity.type === 'Place' && BASED_IN.test(c.work.slice(m.end, m.end + 12));
}

/** A name that backs or leads what the phrase names: "the Iran-backed Hezbollah", "a Saudi-led coalition". */
const BACKER_OF =
  /^[-‐–](?:backed|led|supported|sponsored|funded|financed|allied|aligned|controlled|installed|brokered|mediated|designated|armed|trained)\b/u;

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
  // The mark closing scare quotes around the verb before: "‘expelled’ a German ambassador".
  if (/^["”’']/.test(c.work.slice(pos, pos + 1)) && c.oneWordQuote(pos)) pos += 1;
  const pro = objectPronounAt(c.work.slice(pos, limit), pos);
  if (pro) return { ...pro, entities: [], owners: [], objectPronoun: true };
  // A role phrase that is itself a mention ("the French ambassador", resolved to the envoy).
  const whole = mentionAt(c, pos, limit);
  if (whole && /^\s*(?:the|a|an|its|his|her|their)\s/i.test(c.work.slice(pos, whole.end))) {
    const items = listAfter(c, whole, limit, listLimit);
    return {
      start: whole.start,
      ...listSpan(items),
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
  let capRole = false;
  /** The phrase when a list of persons or names ends it, with what the words before it gave. */
  const phraseOfList = (items: readonly Mention[]): NounPhrase => ({
    start,
    ...listSpan(items),
    owners,
    head: title,
    deputy,
  });
  for (let step = 0; step < 8 && i < limit && !head; step++) {
    const found = mentionAt(c, i, limit);
    // "its ambassador to Israel" is whose "its" says, not an envoy a role phrase was matched to.
    const m =
      found && !(possessed && /^\p{Ll}/u.test(c.work.slice(found.start, found.end))) ? found : undefined;
    if (m) {
      const after = c.work.slice(m.end, limit);
      // A place where the thing named is: "the London-based group", "the Washington DC-based body".
      if (placeModifier(c, m)) {
        i = m.end + BASED_IN.exec(after)![0].length;
        continue;
      }
      // ("the Iran-backed Hezbollah group": Iran backs the group the phrase names; it owns the phrase.)
      const backer = BACKER_OF.exec(after);
      if (backer) {
        owners.length = 0;
        owners.push({ entity: m.entity, start: m.start, end: m.end });
        i = m.end + backer[0].length;
        continue;
      }
      const poss = /^['’]s?\s+/.exec(after);
      if (poss) {
        owners.length = 0;
        owners.push({ entity: m.entity, start: m.start, end: m.end });
        i = m.end + poss[0].length;
        continue;
      }
      // A place among demonyms: "the US, German and French ambassadors", "Canadian and New Zealand envoys".
      // Each may carry its own count: "10 US, 5 British and 3 German diplomats".
      const sep = m.entity.type === 'Place' ? SEP_DEMONYM.exec(after)![0] : '';
      if (sep.trim() && demonymsAt(c, m.end + sep.length, limit)) {
        owners.push({ entity: m.entity, start: m.start, end: m.end });
        i = m.end + sep.length;
        continue;
      }
      // A country before a capitalised title and a name: "Pakistan High Commissioner Sohail Mahmood", "US
      // Ambassador Nicholas Burns": the phrase is the person.
      // "US Ambassador to Russia John Sullivan": the title posted to a place, when the name follows it.
      const personAfter = (t: RegExpExecArray | null) => {
        const p = t ? mentionAt(c, m.end + t[0].length, limit) : undefined;
        return p?.entity.type === 'Person' && p.start === m.end + t![0].length ? p : undefined;
      };
      let titled =
        m.entity.type !== 'Person'
          ? (TITLE_THEN_NAME.exec(after) ?? anyTitle(c, m.end, after) ?? LOWER_ROLE.exec(after))
          : null;
      if (m.entity.type !== 'Person' && !personAfter(titled)) titled = envoyToPlace(c, m.end, limit);
      const person = personAfter(titled);
      if (person) {
        const items = roleListAfter(c, person, colon ? listLimit : limit, listLimit);
        return {
          start: m.start,
          ...listSpan(items),
          owners: [{ entity: m.entity, start: m.start, end: m.end }],
          head: /(ambassador|high commissioner|envoy|consul\S*|charg\S+ d\S+)(?:\s+(?:to|in)\s[\s\S]*)?\s*$/i
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
      return phraseOfList(
        (m.entity.type === 'Person' ? roleListAfter : listAfter)(c, m, colon ? listLimit : limit, listLimit),
      );
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
      // "Canadian and New Zealand ambassadors", "Czech, New Zealand and Dutch envoys": a place
      // coordinated after the demonyms.
      const and = /^\s*(?:,\s*(?:and\s+)?|and\s+)/.exec(c.work.slice(i, limit))?.[0];
      if (and && mentionAt(c, i + and.length, limit)?.entity.type === 'Place') i += and.length;
      continue;
    }
    // "the Belarusian Foreign Minister, Vladimir Makei": a capitalised title, then the person after a comma.
    // (An honorific may stand before the name: "the Foreign Minister, Mr. X".)
    const comma = title || capRole ? COMMA_HONORIFICS.exec(c.work.slice(i, limit)) : null;
    const apposed = comma ? mentionAt(c, i + comma[0].length, limit) : undefined;
    if (apposed?.entity.type === 'Person' && apposed.start === i + comma![0].length) {
      return phraseOfList(roleListAfter(c, apposed, limit, listLimit));
    }
    const w = /^\s*["“‘']?([\p{L}][\p{L}'’.-]*)/u.exec(c.work.slice(i, limit));
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
      else if (CAP_ROLE.test(word)) capRole = true;
      i += w[0].length;
      continue;
    }
    // "Iran's foreign minister, X", "its military chief X": a role with the person's name beside it.
    // (An honorific may open the name: "the mayor, Sir X"; honorific-names.ts.)
    const role = ROLE_THEN_NAME.exec(c.work.slice(i + w[0].length - word.length, limit));
    const named = role
      ? personAfterHonorific(c, i + w[0].length - word.length + role[0].length, limit)
      : undefined;
    if (named?.entity.type === 'Person') {
      const items = listAfter(c, named, limit, listLimit);
      return { start, ...listSpan(items), owners };
    }
    // "Russian oligarchs A, B and C": a plural role names the list after it (after a comma, two or more).
    const roles = ROLES_THEN_NAMES.exec(c.work.slice(i + w[0].length - word.length, limit));
    const first = roles ? mentionAt(c, i + w[0].length - word.length + roles[0].length, limit) : undefined;
    const listed = first?.entity.type === 'Person' ? listAfter(c, first, limit) : [];
    if (listed.length > (roles?.[1]!.trim() ? 1 : 0) && listed.every((x) => x.entity.type === 'Person'))
      return { start, end: listed[listed.length - 1]!.end, entities: listed.map((x) => x.entity), owners };
    const hw = headWord(c.work.slice(i + w[0].length - word.length, limit));
    if (hw) {
      head = hw;
      i += w[0].length - word.length + hw.length;
      break;
    }
    // "High Commissioner of Pakistan Sohail Mahmood": a capitalised title, its country, then the person.
    // "the Foreign Minister of the Netherlands X", "the President of Kenya X": any capitalised office.
    if (word === 'of' && (title || capRole)) {
      const titled =
        titleOfCountry(c, i + w[0].length, limit, listLimit) ??
        titleOfField(c, i + w[0].length, limit, listLimit);
      if (titled) return { start, owners, ...titled, head: title, deputy };
    }
    if (/^(?:of|to|from|in|on|for|with|by|at|and|or|that|which|who|as|after|over|including|like)$/.test(word))
      break;
    if (/^(?:deputy|acting|former|vice|assistant|interim)$/.test(word)) deputy = true;
    i += w[0].length;
  }
  if (!head) return undefined;
  // "staff members", "diplomats and six technical staff", "“diplomats”": the head runs on.
  const tail = owners.length ? { len: 0, head } : headTail(head, c.work.slice(i, limit));
  [i, head] = [i + tail.len, tail.head];
  const np: NounPhrase = { start, end: i, entities: [], head, owners, deputy, possessed };
  complement(c, np, limit, listLimit);
  return np;
}

/** After "<Title> of": a country (or body) and right after it the person the title names. */
function titleOfCountry(
  c: Ctx,
  pos: number,
  limit: number,
  listLimit: number,
): Pick<NounPhrase, 'end' | 'entities' | 'owners' | 'head'> | undefined {
  const lead = /^\s+(?:the\s+)?/.exec(c.work.slice(pos, limit))?.[0].length ?? 0;
  const owner = mentionAt(c, pos + lead, limit);
  if (!owner || owner.entity.type === 'Person' || owner.start !== pos + lead) return undefined;
  // "the Foreign Minister of Belarus Vladimir Makei", "the President of Kenya, William Ruto", "…, Mr. X".
  const gap = HONORIFICS_AFTER.exec(c.work.slice(owner.end, limit))![0];
  const person = mentionAt(c, owner.end + gap.length, limit);
  if (person?.entity.type !== 'Person' || person.start !== owner.end + gap.length) return undefined;
  const items = roleListAfter(c, person, limit, listLimit);
  return {
    ...listSpan(items),
    owners: [{ entity: owner.entity, start: owner.start, end: owner.end }],
  };
}

/**
 * After "<Title> of": a field the office is named for, in capitals, not an entity ("Minister of Public
 * Works", "Chief of the General Staff"), then a comma and the person: "the former Minister of Transport,
 * A, and B". Without the comma nothing is taken ("the Minister of Energy Affairs said").
 */
const FIELD_THEN_COMMA = new RegExp(
  String.raw`^\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*\p{Lu}[\p{L}'’-]*){0,5},\s+` +
    HONORIFICS,
  'u',
);
function titleOfField(
  c: Ctx,
  pos: number,
  limit: number,
  listLimit: number,
): Pick<NounPhrase, 'end' | 'entities'> | undefined {
  const m = FIELD_THEN_COMMA.exec(c.work.slice(pos, limit));
  if (!m) return undefined;
  const person = mentionAt(c, pos + m[0].length, limit);
  if (person?.entity.type !== 'Person' || person.start !== pos + m[0].length) return undefined;
  const items = roleListAfter(c, person, limit, listLimit);
  return listSpan(items);
}

/** Where a list of mentions (one at least) ends and the entities it names, as a phrase gives them. */
function listSpan(items: readonly Mention[]): Pick<NounPhrase, 'end' | 'entities'> {
  return { end: items[items.length - 1]!.end, entities: items.map((x) => x.entity) };
}

/** The entity an owner stands for, made from the demonym's country when the article has none. */
export function ownerEntity(c: Ctx, o: Owner): Entity {
  return o.entity ?? c.countryByDemonym(o.country!, o.start, o.end);
}
