// Unknown names accepted from where they stand. A capitalised run of two to four name-shaped words that
// the lexicon does not know and the shape rules did not take (name-shapes.ts) becomes a person when its
// position says so: after an honorific ("Mr. Sylvain Itte", "[Ghanaian President] Nana Akufo-Addo"), in a
// coordination or list with a known person ("Joe Biden and Xi Jinping", "A, B, C and D"), one of its words
// used alone elsewhere after a title ("President Xi"), the subject of a clause reported by a speech verb
// ("the ministry said Şakir Özkan Torunlar was being recalled"), the subject of a verb of travel, meeting
// or speech ("Narendra Modi visited Tokyo"), the object of a meeting ("met with X", "hosted by X"), the
// object of a change of office ("the resignation of X", "appointing X"; no firm engaged "as auditor"), after
// a title's field ("Minister of State for Information and Broadcasting X"), in a list of postings ("include X to
// Mexico, Y to Germany") or of countries and names ("Egypt, X; Mongolia, Y"), with a role in apposition
// ("X, Chinese vice foreign minister,") or set off after a role ("the ambassador, Li Wei, said": every
// word a known name, family name first, which the shape rules leave) or after a title with a long field or
// a bracketed qualifier ("Minister of Trade, Industry and Tourism, X,", field-set-off.ts), or an item of a
// list of names, one a line ("- X", "2. X", two items or more). An acronym the lexicon knows may stand before the name in a
// list or a subject's place ("S Jaishankar and NSA Ajit Doval", "NSA Ajit Doval met"). Then every verbatim
// repetition of a known person's full name is a mention of that person (a name taken once is taken
// everywhere, whatever surrounds the other occurrences).
import { patternOf, matchesOf } from '../regex-matches.js';
import { demonymCountry, isKnownPlace, KNOWN_ORGS, ORG_HEADS } from '../lexicon.js';
import type { Token } from '../text.js';
import { FULL_TITLE_TAIL } from '../role-nouns.js';
import type { Builder } from './builder.js';
import { isTitle, NAME_PARTICLES } from './chunking.js';
import { agentCue } from './name-agents.js';
import { referredAsBody, thingName } from './thing-names.js';
import { ORG_DOMAIN_WORD, PERSON_NOUN, ROLE_BEFORE, ROLE_NOUN } from './name-shapes.js';
import { afterFieldSetOff } from './field-set-off.js';
import { GEO_FEATURE } from './known-segments.js';
import { NAME_HONORIFIC, NAME_STYLE } from '../honorifics.js';
import { REPORTING_THAT, sayingAlternation } from '../saying-verbs.js';

/** One name word, any script: "Şakir", "Akufo-Addo", "McCarthy", "O'Neill", "Jong-un", "al-Otaibi". */
const NAME_WORD =
  /^(?:(?:al|el|ad|ul|bin|ibn|abu)[-‘’'])?(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:[-‘’']\p{L}[\p{Ll}\p{M}]+)*$/u;
/** Honorifics (honorifics.ts, and a few more courtesy words and ranks) and a bracketed title right before a name. */
const HONORIFIC_BEFORE = new RegExp(
  String.raw`(?:\b(?:${NAME_STYLE}|(?:${NAME_HONORIFIC}|Mme|Gen|Sen|Rep|Gov|Amb|Sheikh|Shaikh|Lord|Lady|Madam|Monsieur|Señor|Senor|Herr)\.?)|\[[^\]\n]{2,40}\b(?:President|Minister|Ambassador|Secretary|Chancellor|Premier|Leader|King|Prince|Spokes\p{L}*)\])\s+$`,
  'u',
);
// (An acronym title may open the next item: "Minister S Jaishankar and NSA Ajit Doval".)
const SEPARATOR = /^\s*(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:\p{Lu}{2,4}\s+)?$/u;
/** "…, along with X": X is one more of what the sentence listed before. */
const ALONG_WITH = /\b(?:along with|together with|as well as)\s+$/;
const TITLE_BEFORE = new RegExp(
  String.raw`(?:\b(?:President|Presidents|Prime Minister|Minister|Premier|Chancellor|Ambassador|Secretary|${NAME_HONORIFIC}|Sheikh|Spokesman|Spokeswoman|Spokesperson|King|Crown Prince|Prince|Emir|Governor|Senator|General)\.?|${NAME_STYLE})\s+$`,
);
/** A reported clause: its subject right after a speech verb, a finite verb right after the name. */
const REPORTED_BEFORE = new RegExp(String.raw`\b(?:${sayingAlternation(REPORTING_THAT)})\s+(?:that\s+)?$`);
const FINITE_AFTER = /^\s+(?:was|is|has|had|will|would|could|must|should|were|have)\b/;
/** A verb only a person (or a delegation's head) does right after a name: travel, meeting, speech. */
const PERSON_VERB_AFTER =
  /^\s+(?:(?:also|then|later|earlier|first|recently|personally|warmly|today|yesterday|has|had|will|would|is|was)\s+){0,2}(?:visit(?:ed|s|ing)?|met|meets|meeting|arriv(?:ed|es|ing)|travel(?:l?ed|s)|flew|flies|departed|hosted|hosts|received|receives|welcomed|welcomes|held talks|holds talks|spoke|speaks|telephoned|phoned|thanked|thanks|signed|discussed|told|tells|said|says|added|stressed|noted|insisted|urged|warned|summoned|expressed|reiterated|emphasi[sz]ed|invited|paid|presented|led|attended|chaired|inaugurated|congratulated|briefed|assured|agreed|called for|called on)\b/;
/** The subject's place: a sentence's or line's start, or after an opening phrase's comma. */
// (An acronym title may stand before the name there: "NSA Ajit Doval met".)
// (A clause may open on a conjunction first: "Before Xi Jinping arrived, …", "When X met …".)
const SUBJECT_BEFORE =
  /(?:^|[.!?]["”’]?\s+|\n[^\S\n]*|,\s+|;\s+)(?:(?:[Bb]efore|[Aa]fter|[Ww]hen|[Ww]hile|As|[Oo]nce|[Uu]ntil|[Ss]ince|[Aa]lthough|[Tt]hough|[Ii]f)\s+)?(?:\p{Lu}{2,4}\s+)?$/u;
/** What only a person is the object of: "met (with) X", "talks with X", "hosted by X". */
const PERSON_OBJECT_BEFORE =
  /\b(?:met|meets|meet|meeting|met with|meeting with|received|talks with|talked with|spoke with|spoke to|phone call with|conversation with|hosted by|received by|welcomed by|invitation of|invited by|accompanied by|congratulated|thanked|telephoned|phoned|called on)\s+$/;

/**
 * What only a holder of office (a person) undergoes: "the resignation of X", "the ouster of X", "voted for
 * appointing X", "Ruto nominated X". A body is appointed or dismissed only in other words ("the board of …").
 */
const OFFICE_CHANGE_BEFORE =
  /\b(?:(?:resignation|dismissal|ouster|impeachment|sacking|removal|reappointment|appointment|nomination|swearing-in|arrest|assassination)\s+of|(?:appointing|nominating|dismissing|sacking|impeaching|reappointing|appointed|nominated|reappointed|impeached))\s+$/;

/** A firm's engagement, no person's office: "the appointment of X as auditor", "appointed X as its advisers". */
const FIRM_ROLE_AFTER =
  /^\s+as\s+(?:(?:the|its|their|a|an|joint|lead|new|sole)\s+){0,2}(?:auditor|adviser|advisor|consultant|contractor|administrator|receiver|liquidator|underwriter|broker|bookrunner|arranger|supplier|operator|manager|custodian|registrar|trustee|partner)s?\b/;

/** A title's field before the name: "Deputy Minister for Political Affairs X", "Minister of State for Information and Broadcasting X". */
// (Also an envoy's or an aide's field, "Special Representative for Afghanistan X", "Special Assistant to the
// Prime Minister on Energy X", and a field of several words listed, "Minister for Planning, Development and Reform X".)
// (A head of state's or a mission's title too: "the President of Sri Lanka X", "the chargé d'affaires of the
// Russian Embassy X".)
const AFTER_TITLE_FIELD = new RegExp(
  String.raw`\b(?:Minister|Secretary|Commissioner|Director|Chairman|Chairwoman|Chair|Governor|Head|Representative|Envoy|Assistant|Adviser|Advisor|Coordinator|President|Ambassador|Consul|Spokesperson|Spokesman|Spokeswoman|[Cc]harg[eé]\s+d['’]affaires)${FULL_TITLE_TAIL}\s+(?:(?:of|for)\s+(?:State\s+for\s+)?|(?:on|to)\s+)(?:the\s+)?\p{Lu}[\p{L}-]+(?:(?:,\s+|\s+(?:and\s+)?)\p{Lu}[\p{L}-]+){0,3}\s+$`,
  'u',
);
/**
 * A role head with two or three complements, then the name: "Minister of Foreign Affairs of Ghana X met",
 * "Ambassador of Ethiopia to Pakistan X", "Under Secretary of the Treasury for Terrorism and Financial
 * Intelligence X". The name must end before a lower-case word, a stop or the line's end (longRoleField).
 */
const LONG_ROLE_FIELD = new RegExp(
  String.raw`\b(?:Minister|Secretary|Ambassador|Envoy|Commissioner|Representative|Consul|Director|Chairman|Chairwoman|Governor|Head|President|Chief)${FULL_TITLE_TAIL}\s+(?:(?:of|for|to|on|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:(?:,\s+|\s+(?:and\s+|&\s+)?)\p{Lu}[\p{L}-]+){0,4}\s+){2,3}$`,
  'u',
);
const LONG_ROLE_END = /^(?:\s*[,;:.)]|\s+\p{Ll}|\s*$)/u;
/** A unit's or a district's head word ends no name after a long field: "… of Uganda Mbarara Municipality". */
const UNIT_TAIL =
  /^(?:Municipality|District|Region|Division|Zone|Ward|Constituency|Council|Authority|Board|Office|Unit|Branch|Station|Directorate|Secretariat|Commission|Committee)$/;
/** The last item of a title's field listed before a name: "Minister for Women, Children and | Poverty Alleviation, X". */
const FIELD_LIST_BEFORE =
  /\b(?:Minister|Ministry|Secretary|Commissioner|Director|Department|Committee)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+(?:,\s+|\s+))+(?:and|&)\s+$/u;
/**
 * A posting in a list: "include X to Mexico, Y to Germany": the name, then "to" and a known place, opening a
 * list (after "include", "are", a colon) or following another posting ("… to Mexico, Y").
 */
const POSTING_AFTER = /^\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s*(?:[,;]|and\b|$)/u;
const POSTING_BEFORE =
  /(?:\b(?:include|includes|included|including|are|were)\s+|:\s+|\bto\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}(?:,\s*|;\s*|\s+and\s+))$/u;
function posting(before: string, after: string): boolean {
  const m = POSTING_AFTER.exec(after);
  return !!m && isKnownPlace(m[1]!) && POSTING_BEFORE.test(before);
}
/**
 * A list of countries and names split by semicolons: "Egypt, X; Mongolia, Y; and Kenya, Z", or opened by
 * envoys of the countries, split by commas too: "the ambassadors of Chile, X, Peru, Y, and Ghana, Z".
 */
const PLACE_ITEM_BEFORE =
  /(?:[;,:]|\bof)\s*(?:and\s+)?(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}),\s+$/u;
/** Envoys of several countries open the list, in its sentence: "received the Ambassadors of …". */
const ENVOYS_OF_LIST = /\b(?:ambassadors|envoys|high commissioners|heads of mission)\s+of\s+[^.;!?]*$/i;
function placeItem(before: string, after: string): boolean {
  const m = PLACE_ITEM_BEFORE.exec(before);
  return (
    !!m &&
    isKnownPlace(m[1]!) &&
    (before.includes(';') || /^\s*;/.test(after) || ENVOYS_OF_LIST.test(before)) &&
    /^\s*(?:[;,.]|and\b|$)/.test(after)
  );
}
/** The end of an apposition: its closing comma, or the sentence's end. */
const SET_OFF_END = /^\s*(?:[,;:]|\.(?:\s|$))/;
/** A list line's bullet or number right before, and the line's end (or a description set off) right after. */
const ITEM_BEFORE = /(?:^|\n)[^\S\n]*(?:[-–•*▪]|\d{1,2}[.)])[^\S\n]+$/;
const ITEM_AFTER = /^[^\S\n]*(?:\n|$|,\s|\s[–—-]\s|\()/;

function listItem(work: string, start: number, end: number): boolean {
  return (
    ITEM_BEFORE.test(work.slice(Math.max(0, start - 8), start)) && ITEM_AFTER.test(work.slice(end, end + 4))
  );
}

/** A role in apposition after the name: "X, Chinese vice foreign minister,", "X, the bloc's envoy". */
// (A verb after the comma is the predicate of a longer subject, no apposition: "the governor of X County,
// was named the Cabinet Secretary".)
const ROLE_APPOSITION_AFTER = new RegExp(
  String.raw`^,\s+(?!(?:was|is|were|are|has|had|have|will|would)\s)(?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:${ROLE_NOUN}|${PERSON_NOUN})(?:\s*[,.;]|\s+(?:of|to|for|in|at)\b)`,
  'iu',
);

/** A line opened by the name, then a dash and a role: "X – Deputy Minister of …", a list's line. */
const LINE_ROLE_AFTER = new RegExp(
  String.raw`^[^\S\n]+[–—-][^\S\n]+(?:(?:the|a|an|former|acting)\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:${ROLE_NOUN}|${PERSON_NOUN})\b`,
  'iu',
);
const LINE_OPEN = /(?:^|\n)[^\S\n]*(?:(?:[-–•*▪]|\d{1,2}[.)])[^\S\n]+)?$/;

/** A run of tokens the classifier left without a person (or any) reading. */
export type Leftover = Token[];

/** A lower-case word hyphened on that no name ends in: "Murkomen-his", "Wagner-linked", "Kyiv-based". */
const LOWER_TAIL = /-(?:his|her|its|their|our|the|and|led|based|linked|backed|born|owned|run|era)$/;

/** Whether the words could be a person's name by shape alone (nothing known to be a place, body or title). */
export function nameShaped(toks: Token[]): boolean {
  return nameShapedWords(toks.map((t) => t.text));
}

/** nameShaped() of the words themselves: "Edit Bucsi-Szabo", "Zanele Makina". */
export function nameShapedWords(all: string[]): boolean {
  const words = all.filter((w, i) => !(i > 0 && i < all.length - 1 && NAME_PARTICLES.has(w)));
  if (words.length < 2 || words.length > 4 || thingName(words)) return false;
  // (A place's head word ends no person's name: "Nakuru County", "Kherson Oblast".)
  if (GEO_FEATURE.test(words[words.length - 1]!)) return false;
  return words.every(
    (w) =>
      NAME_WORD.test(w) &&
      !LOWER_TAIL.test(w) &&
      !isTitle(w) &&
      !demonymCountry(w) &&
      !isKnownPlace(w) &&
      !KNOWN_ORGS.has(w.toLowerCase()) &&
      !ORG_HEADS.has(w.toLowerCase()) &&
      !ORG_DOMAIN_WORD.test(w),
  );
}

/** Makes persons of the leftovers whose position names them as persons; returns how many. */
export function positionalPersons(b: Builder, leftovers: Leftover[]): number {
  const { work } = b;
  let made = 0;
  // Words used alone as a person elsewhere: after a title.
  const aloneAsPerson = (word: string, self: Token[]): boolean => {
    const re = patternOf(String.raw`(?<![\p{L}\p{M}'’-])${escape(word)}(?![\p{L}\p{M}'’-])`, 'gu');
    for (const m of matchesOf(re, work)) {
      if (self.some((t) => m.index >= t.start && m.index < t.end)) continue;
      const before = work.slice(Math.max(0, m.index - 20), m.index);
      const after = work.slice(m.index + word.length, m.index + word.length + 4);
      // (Alone: no other capitalised word right next to it.)
      if (/\p{Lu}[\p{L}\p{M}]*\s$/u.test(before) && !TITLE_BEFORE.test(before)) continue;
      if (/^\s\p{Lu}/u.test(after)) continue;
      // (Alone before a speech verb, "Kishida said", was tried too: on the blind split it named one more
      // speaker right but brought two wrong events, so a title is the only cue kept.)
      if (TITLE_BEFORE.test(before)) return true;
    }
    return false;
  };
  const personAt = (pos: number, side: 'before' | 'after'): boolean =>
    b.mentions.some(
      (m) =>
        m.entity.type === 'Person' &&
        !m.nominal &&
        (side === 'before'
          ? m.end <= pos && SEPARATOR.test(work.slice(m.end, pos))
          : m.start >= pos && SEPARATOR.test(work.slice(pos, m.start))),
    );
  const sentStart = (t: Token): number =>
    Math.max(0, work.lastIndexOf('\n', t.start), work.lastIndexOf('. ', t.start));
  const personInSentenceBefore = (t: Token): boolean =>
    b.mentions.some(
      (m) => m.entity.type === 'Person' && !m.nominal && m.end <= t.start && m.start > sentStart(t),
    );
  // Leftovers chained to each other by separators share whether a person is in their list.
  const sorted = [...leftovers].sort((x, y) => x[0]!.start - y[0]!.start);
  const accepted = new Set<Leftover>();
  const cueOf = (c: Leftover): string | undefined => {
    const start = c[0]!.start;
    const end = c[c.length - 1]!.end;
    const before = work.slice(Math.max(0, start - 60), start);
    const after = work.slice(end, end + 30);
    if (HONORIFIC_BEFORE.test(before)) return 'after-honorific';
    // ("Kestrel Hale rejected the offer … Kestrel Hale said its": a body, no person.)
    if (referredAsBody(work, work.slice(start, end))) return undefined;
    if (FIELD_LIST_BEFORE.test(before)) return undefined;
    if (personAt(start, 'before') || personAt(end, 'after')) return 'listed-with-person';
    if (ALONG_WITH.test(before) && personInSentenceBefore(c[0]!)) return 'listed-with-person';
    if (REPORTED_BEFORE.test(before) && FINITE_AFTER.test(after)) return 'subject-of-reported-clause';
    if (SUBJECT_BEFORE.test(before) && PERSON_VERB_AFTER.test(after)) return 'subject-of-person-verb';
    if (PERSON_OBJECT_BEFORE.test(before)) return 'object-of-meeting';
    if (OFFICE_CHANGE_BEFORE.test(before) && !FIRM_ROLE_AFTER.test(work.slice(end, end + 50)))
      return 'object-of-office-change';
    if (AFTER_TITLE_FIELD.test(before)) return 'after-title-field';
    if (
      LONG_ROLE_FIELD.test(work.slice(Math.max(0, start - 140), start)) &&
      LONG_ROLE_END.test(after) &&
      !UNIT_TAIL.test(c[c.length - 1]!.text)
    )
      return 'after-long-role-field';
    if (posting(before, work.slice(end, end + 40))) return 'posting-in-list';
    if (placeItem(work.slice(Math.max(0, start - 200), start), after)) return 'after-place-in-list';
    if (ROLE_BEFORE.test(work.slice(Math.max(0, start - 80), start)) && SET_OFF_END.test(after))
      return 'set-off-after-role';
    if (afterFieldSetOff(work.slice(Math.max(0, start - 160), start)) && SET_OFF_END.test(after))
      return 'set-off-after-field';
    // (After "the" a name no lexicon knows is a building or a body: "the Rashtrapati Bhavan, the …".)
    // (A bracket may come first: "X (Bharatiya Janata Party), the Prime Minister of India".)
    const past = work.slice(end, end + 160).replace(/^[^\S\n]*\([^()\n]{1,80}\)/, '');
    if (ROLE_APPOSITION_AFTER.test(past.slice(0, 80)) && !/\bthe\s+$/i.test(before))
      return 'role-in-apposition';
    if (
      LINE_ROLE_AFTER.test(work.slice(end, end + 80)) &&
      LINE_OPEN.test(work.slice(Math.max(0, start - 8), start))
    )
      return 'line-then-role';
    const words = c.filter((t) => !NAME_PARTICLES.has(t.text));
    if (words.some((t) => aloneAsPerson(t.text, c))) return 'word-used-alone';
    return agentCue(
      work,
      words.map((t) => t.text),
      start,
      end,
    );
  };
  const add = (c: Leftover, cue: string) => {
    const start = c[0]!.start;
    const end = c[c.length - 1]!.end;
    const name = b.text.slice(start, end).replace(/\s+/g, ' ');
    b.mentions = b.mentions.filter((m) => !(m.start >= start && m.end <= end));
    b.mention(b.get('Person', name, `entities/name-positions:${cue}`), start, end);
    accepted.add(c);
    made++;
  };
  for (const c of sorted) {
    const cue = cueOf(c);
    if (cue) add(c, cue);
  }
  // A list of names, one a line ("- X", "2. X"): two items or more, each a name-shaped line of its own.
  // (Items already persons count: "1. Jane Roe, a former judge" then "2. X".)
  const items = sorted.filter((c) => !accepted.has(c) && listItem(work, c[0]!.start, c[c.length - 1]!.end));
  const personItems = b.mentions.filter(
    (m) => m.entity.type === 'Person' && !m.nominal && listItem(work, m.start, m.end),
  );
  if (items.length && items.length + personItems.length >= 2) for (const c of items) add(c, 'list-item');
  // A list's items take what one of them is: "A, B, C and D" once one of them is a person.
  for (let changed = true; changed;) {
    changed = false;
    for (const c of sorted) {
      if (accepted.has(c)) continue;
      const start = c[0]!.start;
      const end = c[c.length - 1]!.end;
      const fieldItem = FIELD_LIST_BEFORE.test(work.slice(Math.max(0, start - 60), start));
      if ((personAt(start, 'before') || personAt(end, 'after')) && !fieldItem) {
        add(c, 'listed-with-person');
        changed = true;
      }
    }
  }
  return made;
}

/** Every verbatim repetition of a known person's full name (two words or more) is a mention of them. */
export function repeatedFullNames(b: Builder): void {
  const { work } = b;
  const persons = [...b.entities.values()].filter((e) => e.type === 'Person' && /\s/.test(e.name));
  for (const p of persons) {
    // A plain pattern of the name, its edges checked by hand: a pattern with Unicode classes costs a
    // compilation per person and article, and one opening with a lookbehind is tried at every position.
    const re = patternOf(escape(p.name).replace(/ /g, String.raw`\s+`), 'g');
    for (let m = re.exec(work); m; m = re.exec(work)) {
      const start = m.index;
      const end = start + m[0].length;
      if (wordCharBefore(work, start) || wordCharAt(work, end)) {
        re.lastIndex = start + 1;
        continue;
      }
      const over = b.mentions.filter((x) => x.start < end && x.end > start);
      // (Inside a longer name or a body's name, or already this person's: leave it.)
      if (over.some((x) => x.entity === p || x.end - x.start > end - start || x.entity.type === 'Person'))
        continue;
      b.mentions = b.mentions.filter((x) => !over.includes(x));
      b.mention(p, start, end);
    }
  }
}

const WORD_CHAR = /^[\p{L}\p{M}'’-]/u;

/** Whether the character before `at` (a whole code point) is a letter, a mark, an apostrophe or a hyphen. */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  return wordCharAt(text, low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1);
}

/** Whether the code point at `at` is a letter, a mark, an apostrophe or a hyphen. */
function wordCharAt(text: string, at: number): boolean {
  return at < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
