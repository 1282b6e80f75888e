// Single capitalised words left for after the full names are known (builder.ts PendingSingle): the
// surname of a full name ("Lavrov" of "Sergei Lavrov", particles included: "Le Drian"), the first word of
// one full name ("Prince Faisal"), else a titled or known surname on its own, a known body, an acronym, a
// party word, an outlet after "told", or an unknown name set off by a role or crediting a quotation.
import {
  demonymCountry,
  isCommonWord,
  isFirstName,
  isKnownPlace,
  isLastName,
  isLexOrg,
  KNOWN_ORGS,
  lexTags,
  NOT_ACRONYM_ORGS,
  ORG_ALIASES,
  ORG_HEADS,
} from '../lexicon.js';
import type { Builder, PendingSingle } from './builder.js';
import { definedAcronyms } from './defined-acronyms.js';
import { MONTHS, NAME_PARTICLES, WEEKDAYS } from './chunking.js';
import { PARTY_WORDS, PLACE_HEADS, WEAPON_AFTER } from './known-segments.js';
import type { Surnames } from './merging.js';
import { ROLE_AFTER, ROLE_NOUN } from './name-shapes.js';
import { surnameSkeleton } from './name-variants.js';
import type { Entity } from './types.js';
import { SAYING_RIGHT_AFTER } from '../saying-verbs.js';
import { inSpeechFrame } from './speech-frame-names.js';

/** The surnames by their skeleton (name-variants.ts), for keys of four letters or more; null when two persons share one. */
function surnameVariants(surnames: Surnames): Map<string, Entity | null> {
  const out = new Map<string, Entity | null>();
  for (const [word, p] of surnames) {
    const key = surnameSkeleton(word);
    if (key.length < 4) continue;
    out.set(key, out.has(key) && out.get(key) !== p ? null : p);
  }
  return out;
}

/** Single capitalised words: a surname of a full name, or a titled/known surname on its own. */
export function resolveSingles(b: Builder, pendingSingles: PendingSingle[], surnames: Surnames): void {
  const { text, work } = b;
  const variants = surnameVariants(surnames);
  // Lone unknown words with no cue where they stand: a cue later in the text ("…,” Lavrov said) names them.
  const uncued: PendingSingle[] = [];
  const cued = new Map<string, Entity>();
  const defined = definedAcronyms(b, pendingSingles);
  for (const t of pendingSingles) {
    // "al-Qudra" is the "Al-Qudra" of "Ashraf Al-Qudra".
    let target = surnames.get(t.text) ?? surnames.get(t.text.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
    // "Zelensky" of "Volodymyr Zelenskyy", "el-Sisi" of "Al-Sisi": another spelling of one surname (not a
    // common word: "Le" is no "Lee").
    if (target === undefined && !isCommonWord(t.text)) target = variants.get(surnameSkeleton(t.text));
    // A surname two persons share, titled ("President Lukashenko" beside Alexander and Victor Lukashenko):
    // the one of them who holds that title; when none does, someone else of that name (a new person); when
    // several do, no one (left alone, as an untitled shared surname is).
    if (target === null && t.titled && t.title) {
      const holder = titledBearer(b, t.text, t.title);
      if (holder !== null) target = holder;
    }
    // "First Lady Jill Biden … President Biden": an office's title is not the one kin's title names.
    if (target && t.titled && t.title && KIN_TITLE.test(target.title ?? '') && !KIN_TITLE.test(t.title))
      target = undefined;
    // "Mohammed bin Salman … King Salman": a name after "bin" or "ibn" is the father's, not the son's.
    if (target && fathersName(target.name, t.text) && !/\b(?:bin|ibn|bint)\s+$/i.test(work.slice(0, t.start)))
      target = undefined;
    if (t.commonOnly && !target) continue;
    // "Prince Faisal", "[President Volodymyr] Zelensky": the first word of one full name is that person.
    const firstOf = target ? undefined : firstWordOf(b, t.text);
    if (firstOf) {
      b.mention(firstOf, t.start, t.end);
      continue;
    }
    // "Secretary of Agriculture": after a title and "of", a capitalised word is a portfolio, no name.
    if (!target && t.titled && /\bof\s+$/i.test(work.slice(Math.max(0, t.start - 4), t.start))) continue;
    if (target) {
      // "Le Drian", "von der Leyen": the particles of the full name belong to the mention.
      const parts = target.name.split(' ');
      const si = parts.lastIndexOf(t.text);
      let start = t.start;
      for (let pi = si - 1; pi > 0 && NAME_PARTICLES.has(parts[pi]!); pi--) {
        const want = parts[pi]!;
        const before = text.slice(Math.max(0, start - want.length - 1), start);
        if (
          before.toLowerCase() === `${want.toLowerCase()} ` &&
          work.slice(start - want.length - 1, start) === before
        )
          start -= want.length + 1;
        else break;
      }
      b.mention(target, start, t.end);
      if (t.title && !target.title) target.title = t.title;
      if (t.nat && !target.nationality) target.nationality = t.nat;
    } else if (
      target === undefined &&
      (t.titled || (isLastName(t.text) && !isKnownPlace(t.text))) &&
      !noSurnameHere(work, t)
    ) {
      // A peer is known by the peerage: "Lord Collins" (with no first name) is the name; so is a name that
      // holds "Sheikh" when no fuller name is given ("Sheikh Hasina"), and a monarch or royal known by one given
      // name ("King Salman", "Emir Tamim", "Prince Harry").
      const peer = /\b(Lord|Baroness|Sheikh|King|Queen|Emir|Sultan|Prince|Princess)\s+$/.exec(
        work.slice(Math.max(0, t.start - 10), t.start),
      );
      const name = peer ? `${peer[1]} ${t.text}` : t.text;
      const p = b.get('Person', name, `entities/merging:${t.titled ? 'titled-surname' : 'known-surname'}`);
      b.mention(p, t.start - (peer ? peer[0].length : 0), t.end);
      if (t.title) p.title = t.title;
      if (t.nat) p.nationality = t.nat;
      surnames.set(t.text, p);
    } else if (target === undefined) {
      const key = t.text.toLowerCase();
      if (KNOWN_ORGS.has(key) || key in ORG_ALIASES || isLexOrg(key))
        b.orgMention(t.start, t.end, t.text, 'entities/merging:known-organization');
      else if (
        /^[A-Z][A-Z0-9]{1,5}$/.test(t.text) &&
        !NOT_ACRONYM_ORGS.has(t.text) &&
        !WEAPON_AFTER.test(work.slice(t.end, t.end + 12))
      ) {
        // "SA" of South Africa, "RF" of the Russian Federation: the initials of a place the article names
        // are that place; one half of "RFE/RL" names nothing alone; an acronym defined in brackets after a
        // document names nothing, after a person or a place that one (defined-acronyms.ts).
        const place = defined.has(t.text) ? defined.get(t.text) : placeOfInitials(b, t.text);
        if (place) b.mention(place, t.start, t.end);
        else if (place === null) continue;
        else if (work[t.start - 1] !== '/' && work[t.end] !== '/')
          b.orgMention(t.start, t.end, t.text, 'entities/merging:acronym');
      } else if (PARTY_WORDS[key])
        b.orgMention(t.start, t.end, PARTY_WORDS[key]!, 'entities/merging:party-word');
      else if (/\btold\s+$/.test(work.slice(Math.max(0, t.start - 6), t.start)) && !isCommonWord(t.text))
        b.orgMention(t.start, t.end, t.text, 'entities/merging:told-outlet');
      // (A month or a weekday is a date, never someone: "On 31 March, Iran's spokesperson, X, said".)
      else if (!MONTHS.test(t.text) && !WEEKDAYS.test(t.text)) {
        const rule = lonePersonCue(work, t);
        // (With no cue of a person, a word shaped as a firm's is the firm: "sanctions on Korvelbank"; not before
        // a verb of saying, the shared SAYING_RIGHT_AFTER, where it may be a surname.)
        if (!rule && FIRM_WORD.test(t.text) && !SAYING_RIGHT_AFTER.test(work.slice(t.end, t.end + 24))) {
          b.orgMention(t.start, t.end, t.text, 'entities/merging:firm-word');
          continue;
        }
        if (!rule) {
          uncued.push(t);
          continue;
        }
        const p = b.get('Person', t.text, `entities/merging:${rule}`);
        b.mention(p, t.start, t.end);
        surnames.set(t.text, p);
        cued.set(t.text, p);
      }
    }
  }
  // ("The Russian Foreign Minister, Lavrov, spoke … “…”, Lavrov said": the earlier, uncued word too.)
  for (const t of uncued) {
    const p = cued.get(t.text);
    if (p) b.mention(p, t.start, t.end);
  }
}

/** A lower-case media noun right after a word: the word is the outlet's name. */
const OUTLET_NOUN_AFTER =
  /^[^\S\n]+(?:news agency|news portal|newspaper|broadcaster|(?:TV |television )?channel)\b/;

/** A one-word firm whose last syllables say its trade ("Rosbank", "Korvelbank", "Transneft"). */
const FIRM_WORD = /^\p{Lu}\p{Ll}{2,}(?:bank|neft)$/u;

/**
 * A titled or known single word that is no one's surname here: a first name closing an editor's bracket,
 * the name going on after it ("(President Ana) Lind's"), a plural of a body's head word ("the Treasury and
 * State Departments"), a place's head word ("Governors Island"), or a term in quotation marks ("‘Foreign Interference’").
 */
function noSurnameHere(work: string, t: PendingSingle): boolean {
  const after = work.slice(t.end, t.end + 3);
  // ("the official IRNA news agency": a word a media noun follows names the outlet, no one titled.)
  if (OUTLET_NOUN_AFTER.test(work.slice(t.end, t.end + 24))) return true;
  if (isFirstName(t.text) && /^[)\]]\s*\p{Lu}/u.test(after)) return true;
  // ("Governors Island": a place's head word after a title is the place's, no surname.)
  if (PLACE_HEADS.test(t.text)) return true;
  const low = t.text.toLowerCase();
  if (/s$/.test(low) && (ORG_HEADS.has(low.replace(/ies$/, 'y')) || ORG_HEADS.has(low.replace(/s$/, ''))))
    return true;
  return (
    /^[’”"'](?!s\b)/.test(after) &&
    /[‘“"'][^\S\n]*(?:\p{Lu}[\p{L}.-]*[^\S\n]+){1,3}$/u.test(work.slice(Math.max(0, t.start - 40), t.start))
  );
}

/** The one person of several words whose name starts with `word` (none, or several: undefined). */
function firstWordOf(b: Builder, word: string): Entity | undefined {
  const found = [...b.entities.values()].filter(
    (e) => e.type === 'Person' && e.name.includes(' ') && e.name.split(' ')[0] === word,
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * A lone name-shaped word no lexicon knows that a quotation credits: right after its closing mark and
 * before a verb of saying ('…,” Lavrov said'), or before a verb of saying whose colon opens one ('Lavrov
 * told reporters: “…'); or that reported speech credits after a comma at its sentence's end ('…, Lavrov
 * said.').
 */
function surnameCreditingQuote(work: string, t: PendingSingle): boolean {
  const before = work.slice(Math.max(0, t.start - 4), t.start);
  const after = work.slice(t.end, t.end + 50);
  const credited =
    (/[”"],?\s+$/.test(before) && (SAYING_RIGHT_AFTER.test(after) || /^\s+continued\b/.test(after))) ||
    /^\s+(?:said|says|added|wrote|stressed|reiterated|declared|stated|explained|emphasi[sz]ed|told\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s*:\s*[“"]/u.test(
      after,
    ) ||
    // Reported speech credited at the sentence's end: "…with our partners, Landsbergis said."
    (/,\s+$/.test(before) &&
      /^\s+(?:said|says|added|wrote|noted|stressed|insisted|told\s+(?:reporters|journalists))\s*[.;]/.test(
        after,
      ));
  // (A line break before it ends a headline, not a longer name: this credit is strong enough.)
  return credited && unknownLoneName(work, t, false);
}

/**
 * What makes a lone unknown word a person, as the rule's name: a role after it ("Araghchi, Iran's foreign
 * minister, wrote"), a quotation or reported speech it is credited with ('…,” Lavrov said'), a meeting.
 */
function lonePersonCue(work: string, t: PendingSingle): string | undefined {
  if (surnameBeforeRole(work, t)) return 'surname-before-role';
  if (surnameAfterRole(work, t)) return 'surname-after-role';
  if (surnameCreditingQuote(work, t)) return 'surname-crediting-quote';
  if (surnameMeeting(work, t)) return 'surname-meeting';
  if (inSpeechFrame(work, t.start, t.end) && unknownLoneName(work, t, false))
    return 'surname-in-speech-frame';
  return undefined;
}

/** A verb of meeting after a subject ("Modi met", "Erdogan hosted", "Wang held talks"). */
const MEETS_AFTER =
  /^\s+(?:met|meets|hosted|hosts|received|receives|welcomed|welcomes|(?:held|holds)\s+(?:talks|a\s+meeting|bilateral)|shook\s+hands)\b/;
/** A verb of meeting before its object ("met Blinken", "talks with Kishida"; not "visited X", a place). */
const MEETS_BEFORE =
  /\b(?:met|meets|hosted|hosts|received|receives|welcomed|welcomes|(?:met|meets|meeting|talks|talked|spoke|speaks)\s+with)\s+$/;

/** A lone name-shaped word no lexicon knows that meets someone or is met: the one who meets is a person. */
function surnameMeeting(work: string, t: PendingSingle): boolean {
  return (
    (MEETS_AFTER.test(work.slice(t.end, t.end + 40)) ||
      MEETS_BEFORE.test(work.slice(Math.max(0, t.start - 20), t.start))) &&
    unknownLoneName(work, t, false)
  );
}

/** A lone name-shaped word no lexicon knows, with a role in apposition after it ("X, the Czech envoy,"). */
function surnameBeforeRole(work: string, t: PendingSingle): boolean {
  return (
    unknownLoneName(work, t) &&
    ROLE_AFTER.test(work.slice(t.end, t.end + 60)) &&
    // a title before a name is a list's next item, not an apposition (", President Erdoğan")
    !/^,\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(work.slice(t.end, t.end + 40))
  );
}

/** A role noun and its comma right before a name ("the government spokesperson, "). */
const BARE_ROLE_BEFORE = new RegExp(String.raw`\b${ROLE_NOUN}\s*,\s*$`, 'iu');

/**
 * A lone name-shaped word no lexicon knows, set off by commas right after a role noun, its clause going on
 * in lower case ("the government spokesperson, X, has said"); not a field's list ("minister for Trade,
 * Livestock, and Fisheries").
 */
function surnameAfterRole(work: string, t: PendingSingle): boolean {
  return (
    /^,\s+(?!(?:and|or)\b)\p{Ll}/u.test(work.slice(t.end, t.end + 8)) &&
    BARE_ROLE_BEFORE.test(work.slice(Math.max(0, t.start - 40), t.start)) &&
    unknownLoneName(work, t)
  );
}

/** A word shaped like a surname that no lexicon knows, standing alone (no longer name, no body's tail). */
function unknownLoneName(work: string, t: PendingSingle, acrossLines = true): boolean {
  return (
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) &&
    lexTags(t.text).length === 0 &&
    !isKnownPlace(t.text) &&
    !demonymCountry(t.text) &&
    !lexTags(t.text.toLowerCase()).length &&
    // not the end of a longer name the chunker missed ("Ma Zhaoxu", "Robert W.⏎Forden")
    !(
      acrossLines ? /(?:^|\s)(?:\p{Lu}\p{L}*|\p{Lu}\.)\s+$/u : /(?:^|\s)(?:\p{Lu}\p{L}*|\p{Lu}\.)[^\S\n]+$/u
    ).test(work.slice(Math.max(0, t.start - 30), t.start)) &&
    // nor the tail of an organisation's name ("Directorate of Communication, President X's …")
    !/\b(?:of|for|and|the)\s+$/i.test(work.slice(Math.max(0, t.start - 5), t.start)) &&
    // nor a sentence adverb set off by a comma ("Accordingly, the minister …")
    !(
      /^.{4,}(?:ally|ately|ently|antly|ously|ively|edly|ingly|arly|ably|ibly)$/.test(t.text) &&
      /^,/.test(work.slice(t.end))
    )
  );
}

/** The place of the article whose name or alias of two or more words has these initials ("SA", "RF"). */
function placeOfInitials(b: Builder, acronym: string): Entity | undefined {
  for (const e of b.entities.values()) {
    if (e.type !== 'Place') continue;
    for (const n of [e.name, ...e.aliases]) {
      const words = n.split(/\s+/).filter((w) => !/^(?:of|the|and)$/i.test(w));
      if (words.length >= 2 && words.map((w) => w[0]).join('') === acronym) return e;
    }
  }
  return undefined;
}

/** Whether `word` stands in `name` right after "bin", "ibn" or "bint": the father's name, not the bearer's. */
function fathersName(name: string, word: string): boolean {
  const parts = name.split(' ');
  const i = parts.lastIndexOf(word);
  return i > 0 && /^(?:bin|ibn|bint)$/i.test(parts[i - 1]!);
}

/** Titles that say whose relative someone is, not what office they hold. */
const KIN_TITLE = /\b(?:lady|wife|husband|son|daughter|brother|sister|mother|father|spouse)\b/i;

/** Of the persons whose full name ends in `surname`, the one who holds `title`; undefined when none does, null when several do. */
function titledBearer(b: Builder, surname: string, title: string): Entity | null | undefined {
  const head = title.toLowerCase().split(/\s+/).pop()!;
  const bearers = [...b.entities.values()].filter(
    (e) => e.type === 'Person' && e.name.split(' ').length > 1 && e.name.split(' ').pop() === surname,
  );
  const holders = bearers.filter((e) => (e.title ?? '').toLowerCase().split(/\s+/).includes(head));
  if (holders.length === 1) return holders[0];
  return holders.length ? null : undefined;
}
