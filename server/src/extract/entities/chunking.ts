// Chunking: the capitalised runs of an article's tokens ("Russian Foreign Minister Sergei Lavrov"), with
// "of"/"for" inside titles and organisation names, a common noun's possessive inside a body's name
// ("National People's Congress") and name particles ("von der Leyen") kept in, then cut
// around known multi-word places and organisations ("United States | Anatoly Antonov").
import {
  demonymCountry,
  isFirstName,
  isKnownPlace,
  KNOWN_ORGS,
  lexTags,
  nameKey,
  ORG_ALIASES,
  ORG_HEADS,
  TITLE_WORDS,
} from '../lexicon.js';
import type { Token } from '../text.js';
import { HONORIFIC_LOWER } from '../honorifics.js';
import { nicknameSurnameAt, unpointedInitialsEnd } from './name-middles.js';
import { placeInBodyName } from './places-in-bodies.js';
import { FIELD_WORD } from './field-words.js';
import { andFieldAfterFor, onFieldAfterHead } from './field-and.js';

export const MONTHS =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)$/;
export const WEEKDAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
export const CONNECTORS = new Set(['of', 'for']);
/** Nouns whose possessive stays inside a body's name ("Tigray People's Liberation Front"). */
const NAME_POSSESSIVES = new Set(
  'people peoples prosecutor prosecutors children women workers veterans farmers journalists'.split(' '),
);
/** A plural common noun ("Students", "Workers"), not a name that ends in s ("Belarus", "Hamas"). */
const pluralCommonNoun = (w: string) =>
  !isKnownPlace(w) && lexTags(w).some((t) => t === 'Plural' || t === 'Actor');
/** Religious and Malay honorifics read as titles before a name ("Ayatollah Ali Khamenei", "Datuk X"); so are
 * the courtesy, professional, West African ones and the styles of office (honorifics.ts), which the name
 * leaves out ("Alhaji Musa Garba", "Barr. X", "Professor X", "Hon. X", "Honourable X", "Ratu X"). */
const HONORIFICS = new Set([
  ...'ayatollah hojatoleslam mullah cardinal archbishop rabbi reverend rev. patriarch datuk dato datin sayyid sayyida sheikha arc.'.split(
    ' ',
  ),
  ...HONORIFIC_LOWER,
]);
export const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'du',
  'von',
  'van',
  'der',
  'den',
  'al',
  'bin',
  'ibn',
  'bint',
  'le',
  'la',
  'Le',
  'La',
  'De',
  'Van',
  'Von',
  'Al',
  'El',
  'el',
  'ter',
  // (Spanish and Portuguese: "Ana Pérez del Río", "Carlos Alvarado y Quesada", "José Eduardo dos Santos".)
  'del',
  'della',
  'dos',
  'das',
  'y',
]);

export function isTitle(t: string): boolean {
  const w = t.toLowerCase();
  if (TITLE_WORDS.has(w) || HONORIFICS.has(w)) return true;
  // "Vice-president", "Deputy-Governor": a hyphenated compound of title words is a title; so is a title
  // named but not yet taken up ("Minister-designate", "President-elect").
  // (A word with no hyphen is one part: no split to make.)
  if (!w.includes('-') && !w.includes('‐')) return false;
  const parts = w.split(/[-‐]/);
  return (
    parts.length > 1 &&
    TITLE_WORDS.has(parts[0]!) &&
    parts.slice(1).every((p) => TITLE_WORDS.has(p) || /^(?:designate|elect|nominee)$/.test(p))
  );
}

/**
 * Abbreviations that open a place's name or a surname: "St. Petersburg", "Ste. Marie", "Mt. Kenya", "Ft.
 * Worth", "Sto. Tomas", "Jose Luis Sta. Romana".
 */
export const PLACE_ABBREVIATIONS = /^(?:St|Ste|Sta|Sto|Mt|Ft)$/;

/**
 * Whether a token names a known organisation on its own. A two-letter word in title case ("Un" of "Kim Jong
 * Un", "Eu") is a name part, never an acronym ("UN", "EU") written in capitals.
 */
export function isKnownOrgWord(t: string): boolean {
  return KNOWN_ORGS.has(nameKey(t)) && !/^\p{Lu}\p{Ll}$/u.test(t);
}

/**
 * Whether a month closing the run `cur` is a surname: right after a first name that opens the name, only
 * titles before it ("Theresa May", "Prime Minister Theresa May"). A weekday never is, nor a month after a
 * surname that is also a first name: "received Gustavo Petro Tuesday", "met Ivan Petro May 3".
 */
function monthSurname(cur: Token[], t: Token): boolean {
  const prev = cur[cur.length - 1];
  if (!prev || WEEKDAYS.test(t.text) || !isFirstName(prev.text) || prev.end + 1 !== t.start) return false;
  return cur.slice(0, -1).every((x) => isTitle(x.text) || demonymCountry(x.text) !== undefined);
}

/** Splits token lists into capitalised chunks (with "of" inside titles and organisation names). */
export function chunks(work: string, toks: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  const flush = () => {
    // (A connector taken in before a word that then stood alone, "Committee on | Tuesday", is no name's.)
    while (cur.length && /^(?:of|for|on)$/.test(cur[cur.length - 1]!.text)) cur.pop();
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = cur[cur.length - 1];
    // (Nor does a name run across a masked stretch, blank in the work text: "MOSCOW (Reuters) The Kremlin".)
    if (prev && (t.glued || /\n|[^\S\n]{4}/.test(work.slice(prev.end, t.start)))) flush();
    // (A middle initial keeps the name whole: "Robert W. Forden"; so does a saint's or a mount's
    // abbreviation in a place name: "St. Petersburg", "Sault Ste. Marie", "Mt. Kenya".)
    const initial =
      prev &&
      /^\.\s$/.test(work.slice(prev.end, t.start)) &&
      ((/^\p{Lu}$/u.test(prev.text) && cur.length > 1) || PLACE_ABBREVIATIONS.test(prev.text));
    if (
      prev &&
      !initial &&
      work.slice(prev.end, t.start).length > 1 &&
      /\S/.test(work.slice(prev.end, t.start))
    )
      flush();
    // (A quoted nickname is passed over; the surname after it goes on the name: name-middles.ts.)
    const surnameAt = nicknameSurnameAt(work, toks, i, cur);
    if (
      surnameAt !== undefined &&
      !MONTHS.test(toks[surnameAt]!.text) &&
      !WEEKDAYS.test(toks[surnameAt]!.text)
    ) {
      cur.push(toks[surnameAt]!);
      i = surnameAt;
      continue;
    }
    // (Initials whose last point is left off stay one middle part: "Fares H.F Alqub", "Mohammad A.K Rahman".)
    const runTo = prev && cur.length > 1 ? unpointedInitialsEnd(work, toks, i, prev) : undefined;
    if (runTo !== undefined) {
      cur[cur.length - 1] = {
        ...prev!,
        text: work.slice(prev!.start, toks[runTo]!.end),
        end: toks[runTo]!.end,
      };
      i = runTo;
      continue;
    }
    // (The point of such an abbreviation is passed over; the word after it goes on the name.)
    const after = toks[i + 1];
    if (
      prev &&
      t.text === '.' &&
      t.start === prev.end &&
      PLACE_ABBREVIATIONS.test(prev.text) &&
      after?.cap &&
      after.start === t.end + 1
    )
      continue;
    // A month after a first name is a surname ("Theresa May"); otherwise months and weekdays stand alone.
    // (Read only for a capitalised word: nothing below asks about others.)
    if (t.cap && /^[\p{L}\d]/u.test(t.text)) {
      const monthLike = MONTHS.test(t.text) || WEEKDAYS.test(t.text);
      if (!monthLike || monthSurname(cur, t)) {
        cur.push(t);
        continue;
      }
      flush();
      out.push([t]);
      continue;
    }
    // "Secretary of State", "Ministry of Foreign Affairs", "Bank of England"
    const next = toks[i + 1];
    // "National People's Congress", "Prosecutor's Office": a possessive common noun inside a body's name.
    if (
      prev &&
      /^['’][sS]$/.test(t.text) &&
      NAME_POSSESSIVES.has(prev.text.toLowerCase()) &&
      next?.cap &&
      next.start === t.end + 1
    ) {
      cur[cur.length - 1] = { ...prev, text: `${prev.text}${t.text}`, end: t.end };
      continue;
    }
    // "Iranian Students' News Agency": a plural common noun's possessive inside a body's name; a name's only
    // before a body's own organ ("United Nations' Security Council"), not before a person or a place's
    // body ("Belarus' Alexander Lukashenko", "Hamas' Yahya Sinwar" and "Belarus' Security Council" are two).
    if (
      prev &&
      /^['’]$/.test(t.text) &&
      t.start === prev.end &&
      /\p{Ll}s$/u.test(prev.text) &&
      (pluralCommonNoun(prev.text) || (!isKnownPlace(prev.text) && bodyRunAfter(toks, i))) &&
      next?.cap &&
      next.start === t.end + 1
    ) {
      cur[cur.length - 1] = { ...prev, text: `${prev.text}${t.text}`, end: t.end };
      continue;
    }
    if (cur.length && CONNECTORS.has(t.text) && next?.cap && next.start === t.end + 1) {
      const head = cur[cur.length - 1]!.text.toLowerCase();
      if (TITLE_WORDS.has(head) || ORG_HEADS.has(head) || chamberOf(cur[cur.length - 1]!, next)) {
        cur.push(t);
        continue;
      }
    }
    // "Minister of Information and Broadcasting Services", "Secretary of Health and Human Services": a
    // title's field joined by "and" to a field is one title (not a body "Broadcasting Services").
    if (cur.length && t.text === 'and' && titleWithField(cur) && fieldRunAfter(toks, i)) {
      cur.push(t);
      continue;
    }
    // "Foundation for Peace and Development": "and" and a field after a head and "for" (field-and.ts).
    if (cur.length && andFieldAfterFor(cur, toks, i)) {
      cur.push(t);
      continue;
    }
    // "National Security and Defense Council": common words joined by "and" inside a body's name.
    // (Not after a body's head or a connector: "Tanzania University and Addis Ababa University", "Ministry
    // of Defence and Armed Forces" are two bodies.)
    if (
      cur.length &&
      t.text === 'and' &&
      !cur.some((x) => ORG_HEADS.has(x.text.toLowerCase()) || CONNECTORS.has(x.text)) &&
      andInBodyName(toks, i, cur[cur.length - 1]!)
    ) {
      cur.push(t);
      continue;
    }
    // "Committee on Foreign Affairs", "Working Group on Environment" (field-and.ts).
    if (cur.length && onFieldAfterHead(cur, toks, i)) {
      cur.push(t);
      continue;
    }
    // Name particles: "Ursula von der Leyen", "Charles de Gaulle".
    if (
      cur.length &&
      NAME_PARTICLES.has(t.text) &&
      next &&
      next.start === t.end + 1 &&
      (next.cap || NAME_PARTICLES.has(next.text))
    ) {
      cur.push(t);
      continue;
    }
    flush();
  }
  flush();
  return out;
}

/** Splits a chunk around known multi-word places and organisations ("United States | Anatoly Antonov"). */
export function splitKnown(c: Token[], work?: string): Token[][] {
  // (Each token lower-cased once; the keys below are joined from these.)
  const low = c.map((t) => t.text.toLowerCase());
  if (c.length >= 2) {
    const whole = low.join(' ');
    if (KNOWN_ORGS.has(whole) || whole in ORG_ALIASES) return [c];
  }
  const headLast = ORG_HEADS.has(low[low.length - 1]!);
  // "United Nations General Assembly", "UN Security Council": a known body, then a name ending in a head
  // word, is one of its organs.
  // (Also after a sentence's "The": "The United Nations Population Fund sent …".)
  const o = low[0] === 'the' ? 1 : 0;
  if (c.length >= 3 + o && headLast) {
    for (const len of [2, 1]) {
      const lead = low.slice(o, o + len).join(' ');
      if (c.length > o + len + 1 && (KNOWN_ORGS.has(lead) || lead in ORG_ALIASES) && !isKnownPlace(lead))
        return [c];
    }
  }
  const out: Token[][] = [];
  let from = 0;
  for (let i = 0; i < c.length; i++) {
    for (let len = Math.min(3, c.length - i); len >= 2; len--) {
      if (len === c.length) continue;
      const key = len === 2 ? `${low[i]} ${low[i + 1]}` : `${low[i]} ${low[i + 1]} ${low[i + 2]}`;
      const place = isKnownPlace(key);
      if (!(place || KNOWN_ORGS.has(key) || key in ORG_ALIASES)) continue;
      if (i + len < c.length && ORG_HEADS.has(low[i + len]!)) continue;
      // ("Central Bank of Sri Lanka", "Sri Lanka Freedom Party": a place in a body's name, places-in-bodies.ts.)
      const inBody = place && work !== undefined ? placeInBodyName(work, c, low, i, len) : undefined;
      if (inBody === 'inside') continue;
      if (inBody === 'ends') {
        out.push(c.slice(from, i + len));
        from = i + len;
        i += len - 1;
        break;
      }
      // "National Security Council": a known organisation ending a longer organisation name stays in it.
      const tailOfOrg =
        !place &&
        i + len === c.length &&
        i > 0 &&
        headLast &&
        !demonymCountry(c[i - 1]!.text) &&
        !isKnownPlace(c[i - 1]!.text) &&
        !TITLE_WORDS.has(low[i - 1]!) &&
        lexTags(c[i - 1]!.text).some((t) => t === 'Adjective' || t === 'Noun' || t === 'Singular');
      if (tailOfOrg) continue;
      // "US State Department", "Russian Foreign Ministry": a demonym before an organisation belongs to it.
      const s0 = !place && i > from && demonymCountry(c[i - 1]!.text) ? i - 1 : i;
      if (s0 > from) out.push(c.slice(from, s0));
      out.push(c.slice(s0, i + len));
      from = i + len;
      i += len - 1;
      break;
    }
  }
  if (from < c.length) out.push(c.slice(from));
  return out;
}

/** Who sits in a chamber of a legislature or a trade body ("House of Commons", "Chamber of Deputies"). */
const CHAMBER_MEMBERS =
  /^(?:Representatives|Commons|Lords|Deputies|Councillors|Councilors|Delegates|Nationalities|Peers|Commerce)$/;

/** "House of Representatives", "Chamber of Deputies": a chamber named by its members, a body's name. */
export function chamberOf(head: Token, next: Token): boolean {
  return /^(?:House|Chamber)$/.test(head.text) && CHAMBER_MEMBERS.test(next.text);
}

/** A word that ends a title's field ("… and Broadcasting Services", "… and Human Services"). */
const FIELD_END = FIELD_WORD;

/** Whether the run is a title, "of" or "for", and its field's capitalised words ("Minister of Information"). */
function titleWithField(cur: Token[]): boolean {
  const at = cur.findIndex((t, j) => isTitle(t.text) && CONNECTORS.has(cur[j + 1]?.text ?? ''));
  return (
    at >= 0 &&
    cur.length > at + 2 &&
    cur.slice(at + 2).every((t) => t.cap && !ORG_HEADS.has(t.text.toLowerCase()) && !isTitle(t.text))
  );
}

/** Whether one to three capitalised words right after toks[i] end in a field's word ("Broadcasting Services"). */
function fieldRunAfter(toks: Token[], i: number): boolean {
  for (let j = i + 1, prev = toks[i]!; j < toks.length && j <= i + 3; prev = toks[j]!, j++) {
    const t = toks[j]!;
    if (!t.cap || t.start !== prev.end + 1) return false;
    if (FIELD_END.test(t.text)) return true;
  }
  return false;
}

/** Whether one to three capitalised words right after toks[i] end in a body's head ("Security Council"). */
function bodyRunAfter(toks: Token[], i: number): boolean {
  for (let j = i + 1, prev = toks[i]!; j < toks.length && j <= i + 3; prev = toks[j]!, j++) {
    const t = toks[j]!;
    if (!t.cap || t.start !== prev.end + 1) return false;
    if (ORG_HEADS.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether "and" at toks[i] joins two common words inside one body's name: the word before it and the
 * capitalised run after it (up to three words, ending in a body's head) are common words, no place or
 * demonym ("National Security and Defense Council", "Trade and Development Bank"; not "Google and
 * Microsoft Corp", "Britain and European Union").
 */
function andInBodyName(toks: Token[], i: number, before: Token): boolean {
  const run: Token[] = [];
  for (let j = i + 1; j < toks.length && run.length < 3; j++) {
    const t = toks[j]!;
    const prev = run[run.length - 1] ?? toks[i]!;
    if (!t.cap || t.start !== prev.end + 1) break;
    run.push(t);
  }
  const plain = (t: Token) =>
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !isKnownPlace(t.text) &&
    !demonymCountry(t.text) &&
    !isFirstName(t.text) &&
    !lexTags(t.text).some((x) => /^(?:Organization|Person|Place|FirstName|LastName|Country|City)$/.test(x));
  return (
    run.length >= 2 &&
    ORG_HEADS.has(run[run.length - 1]!.text.toLowerCase()) &&
    plain(before) &&
    plain(run[0]!)
  );
}
