// When an unknown capitalised name is a person: a surname shape, or its position (a speech verb after
// it, an apposition to a role before or after it, a relation noun or a country's possessive before it).
import {
  canonicalPlace,
  demonymOf,
  isCommonWord,
  isFirstName,
  isKnownPlace,
  isLastName,
  isNameLikeAbbreviation,
  lexTags,
} from '../lexicon.js';
import { isTitle, NAME_PARTICLES } from './chunking.js';
import type { Token } from '../text.js';
import { referredAsBody, thingName } from './thing-names.js';
import { SPOKESPERSON } from '../role-nouns.js';
import { FIELD_WORD } from './field-words.js';

export const SURNAME_END =
  /(?:ov|ova|ev|eva|in|ina|sky|skaya|ska|ski|skiy|enko|uk|chuk|yan|ian|ez|son|sen|aya|ich|vich|vic|ić|escu|oglu|ashvili|idze|shvili|berg|stein|mann|ini|etti)$/;
/**
 * An unknown two- or three-word capitalised name (no word in the lexicon) is a person when the surname
 * looks like one ("Navalnaya", "Trepelkov") or the context says so: a speech verb after it, an
 * apposition (", the widow of"), or a relation noun before it ("his daughter, Dasha Navalnaya").
 */
export function looksLikeName(work: string, toks: Token[]): boolean {
  // (Initials before the surname are no words to judge: "J. K. Ndlovu", "Kwame J. Ndlovu".)
  const parts = toks.filter(
    (t, i) => !(i > 0 && NAME_PARTICLES.has(t.text)) && !(i < toks.length - 1 && nameInitial(t.text)),
  );
  if (
    !parts.length ||
    parts.length > 4 ||
    parts.some((t) => !/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text))
  )
    return false;
  // ("Hurricane Helene", "Mahatma Gandhi Memorial": a storm, an operation, a site or a prize.)
  if (thingName(parts.map((t) => t.text))) return false;
  if (referredAsBody(work, work.slice(toks[0]!.start, toks[toks.length - 1]!.end))) return false;
  // Known first names or surnames among words the lexicon does not know: "Saif Mohammed Al Zaabi",
  // "Hardeep Singh Nijjar", "Haj Ahmad Mirzaei".
  const known = parts.filter((t) => lexTags(t.text).length > 0 && !isNameLikeAbbreviation(t.text));
  if (
    known.length &&
    known.length < parts.length &&
    known.every((t) => isFirstName(t.text) || isLastName(t.text))
  )
    return true;
  const last = toks[toks.length - 1]!;
  const after = work.slice(last.end, last.end + 30);
  const before = work.slice(Math.max(0, toks[0]!.start - 40), toks[0]!.start);
  const before80 = work.slice(Math.max(0, toks[0]!.start - 80), toks[0]!.start);
  if (setOffAfterRole(work, toks)) return true;
  if (known.length || parts.length > 3) return false;
  if (SURNAME_END.test(last.text)) return true;
  return (
    /^,?\s+(?:said|says|told|added|wrote|who|the\s+\p{Ll}+\s+of)\b/u.test(after) ||
    // What a person has: "X's visit to Paris", "X's remarks" (what a person does: name-positions.ts).
    /^['’]s\s+(?:(?:first|state|official|two-day|three-day|recent|upcoming|planned)\s+)?(?:visit|trip|talks|remarks|comments|phone\s+call|letter|speech|spokes(?:wo)?man|spokesperson)\b/.test(
      after,
    ) ||
    // The source of "according to X," is someone ("according to Kwame Mensah, the …").
    (/\baccording to\s+$/.test(before) && /^\s*[,.]/.test(after)) ||
    // An apposition to a role: "the charge d'affaires, Kristjan Tamm,", "ambassador to Russia, Kenji Morita,".
    (ROLE_BEFORE.test(before80) && /^\s*[,.;:]/.test(after)) ||
    // An envoy's post then the name: "envoy to India Sohail Mahmood", "High Commissioner to Pakistan X".
    ROLE_TO_PLACE.test(before80) ||
    // A role after it: "Bujar Osmani, North Macedonia's foreign minister", "X, the Czech envoy".
    ROLE_AFTER.test(work.slice(last.end, last.end + 60)) ||
    KIN_OR_AIDE_BEFORE.test(before) ||
    // A country's own, then the clause goes on: "leaders including Finland's Arvo Tamm and …".
    (countryOwned(before) &&
      !parts.some((t) => isCommonWord(t.text) || PLACE_HEAD.test(t.text)) &&
      /^\s*(?:[,.;:)]|and\b|\p{Ll}+ed\b|said\b|says\b)/u.test(after))
  );
}

/** An initial of a name ("J.", "J.K."), not a country's or a body's ("U.S.", "U.N."). */
function nameInitial(t: string): boolean {
  return /^(?:\p{Lu}\.){1,2}$/u.test(t) && !/^(?:U\.S\.|U\.N\.|U\.K\.|E\.U\.)$/.test(t);
}

/** A place's head word, no name's: "Ostland's Velna Island". */
const PLACE_HEAD =
  /^(?:Islands?|Bay|River|Lake|Mount|Mountains?|Hills?|Sea|Coast|Park|Square|Street|Road|Avenue|Bridge|Port|Harbou?r|Valley|Province|Region|District|City|Town|Village|Airport|Palace|Hotel|Cent(?:er|re)|Hall|House|Tower|Beach|Desert|Forest|Canal|Strait|Gulf|Ocean|Peninsula|Shoal|Reef|Atoll|Base|Plant|Field|Fort)$/;

/** A known country's possessive right before ("Ostland's "). */
function countryOwned(before: string): boolean {
  const m = /(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)['’]s\s+$/u.exec(before);
  return !!m && isKnownPlace(m[1]!) && !!demonymOf(canonicalPlace(m[1]!));
}

/**
 * Set off by commas right after a role ("China's new ambassador to Washington, Qin Gang,"; a dash, a parenthesis
 * or the full stop may close it), two or three
 * capitalised words are a name even when the lexicon knows one of them as a common noun ("Gang"), as long
 * as another is unknown to it.
 */
export function setOffAfterRole(work: string, toks: Token[]): boolean {
  const parts = toks.filter((t, i) => !(i > 0 && NAME_PARTICLES.has(t.text)));
  if (parts.length < 2 || parts.length > 3) return false;
  if (parts.some((t) => !/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text))) return false;
  const known = parts.filter((t) => lexTags(t.text).length > 0);
  if (known.length === parts.length) return false;
  if (!known.every((t) => lexTags(t.text).every((g) => /^(?:Singular|Plural|Noun|Uncountable)$/.test(g))))
    return false;
  const last = toks[toks.length - 1]!;
  const before80 = work.slice(Math.max(0, toks[0]!.start - 80), toks[0]!.start);
  // (Set off after it as well: a comma, a dash, a parenthesis or the sentence's end.)
  return ROLE_BEFORE.test(before80) && /^\s*(?:[,(–—]|\.(?:\s|$)|$)/.test(work.slice(last.end, last.end + 3));
}

/**
 * "Sonny Au Chik-wong", "Dick Wong Chung-chun": an English first name before a surname and a hyphenated
 * Chinese given name (as Hong Kong writes names: short syllables, "Chik-wong") belongs to the name even when it
 * is a common word.
 */
export function englishNameFirst(c: readonly Token[]): boolean {
  return (
    c.length === 3 &&
    /^\p{Lu}\p{Ll}+$/u.test(c[0]!.text) &&
    /^\p{Lu}[a-z]{1,5}$/u.test(c[1]!.text) &&
    /^\p{Lu}[a-z]{1,5}-[a-z]{2,5}$/u.test(c[2]!.text)
  );
}

/** Fields a body's name ends in ("Committee on International Affairs X"), never part of a person's name. */
export const ORG_DOMAIN_WORD = FIELD_WORD;

/** Nouns that only persons are: "the Sikh activist X", "dissident X". */
export const PERSON_NOUN = String.raw`(?:activist|journalist|dissident|businessman|businesswoman|blogger|reporter|cleric|politician|militant|separatist|rapper|singer|actor|actress|scientist|researcher|analyst|professor|lecturer|economist|historian|scholar|opposition leader|opposition figure|tycoon|billionaire|industrialist|entrepreneur|banker|oligarch|founder|co-founder)`;
/** A kin or aide word right before a name: "his widow, X", "the aide X" (looksLikeName). */
const KIN_OR_AIDE_BEFORE = new RegExp(
  String.raw`\b(?:widow|wife|husband|son|daughter|brother|sister|mother|father|aide|adviser|advisor|lawyer|${SPOKESPERSON}|deputy|${PERSON_NOUN})\s*,?\s*$`,
);
export const ROLE_NOUN = String.raw`(?:ambassador|envoy|counterpart|(?:high )?commissioner|counsellor|counselor|charg[ée] d['’]affaires|minister|secretary|${SPOKESPERSON}|chairman|chairwoman|president|prime minister|judge|prosecutor|diplomat|consul|governor|mayor|commander|chief|leader|speaker|premier|senator|director|head|deputy|vice[- ]president)`;
export const ROLE_BEFORE = new RegExp(
  // (Two places or bodies after it too: "the ambassador of the Russian Federation in Chisinau, ".)
  // (An envoy's brief, a field and a lower-case noun: "envoy on Afghanistan reconciliation, ".)
  String.raw`\b${ROLE_NOUN}(?:\s+(?:to|in|at|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}){0,2}(?:\s+(?:on|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}(?:\s+\p{Ll}[\p{Ll}-]+)?)?\s*,\s*$|\b(?:letter|message|note)\s+to\s+$`,
  'iu',
);
const ROLE_TO_PLACE = new RegExp(
  String.raw`\b(?:ambassador|envoy|high commissioner|charg[ée] d['’]affaires|consul(?:-general)?)\s+(?:to|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+$`,
  'iu',
);
export const ROLE_AFTER = new RegExp(
  String.raw`^,\s+(?:(?:the|a|an)\s+|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s\s+|(?=(?:(?:Official|Chief|Deputy|Senior|Acting|Foreign|Prime|Vice|Press)\s+){0,2}(?:Spokes|Minister|Ambassador|Secretary|President|Chairman|Director|Envoy|Governor|Mayor))|(?=(?:(?:deputy|chief|senior|acting|vice)\s+)?${ROLE_NOUN}\s+(?:of|for|to|at|in)\s))(?:[\p{L}-]+\s+){0,2}?(?:${ROLE_NOUN}|${PERSON_NOUN}|fellow|expert|lawyer|official|founder|editor|director)\b`,
  'iu',
);

/** An initial or a run of initials in a name: "R.", "H.W.", "D.J." (with `bare`, also "R"). */
export function isInitial(t: string, bare = false): boolean {
  return (bare ? /^\p{Lu}\.?$/u : /^\p{Lu}\.$/u).test(t) || /^(?:\p{Lu}\.){2,3}$/u.test(t);
}

/** A known first name, then one or more initials, right before toks[i] ("John R. | Bolton", "Daniel D.J. | Hunt"). */
export function firstNameThenInitials(toks: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isInitial(toks[j]!.text, true)) j--;
  return j >= 0 && j < i - 1 && isFirstName(toks[j]!.text);
}

/**
 * Whether c[k-1], before the name c[k..], is still the title's: the field after a title's "of" or "for"
 * before a first name ("Secretary of Modernization | Jane Roe") or before a name of two words or more
 * ("Chief of Protocol | Aini Mohd Atan"), or the second word of a Malay honorific ("Datuk Seri | X").
 */
export function titleWordBeforeName(c: readonly Token[], k: number): boolean {
  if (k < 2 || k >= c.length) return false;
  const before = c[k - 2]!.text;
  // ("Datuk Seri X", "Tan Sri X": the second word of a Malay honorific.)
  if (/^(?:Seri|Sri)$/.test(c[k - 1]!.text) && /^(?:Datuk|Dato['’]?|Datin|Tan)$/.test(before)) return true;
  if (!/^(?:of|for|on)$/.test(before)) return false;
  return isFirstName(c[k]!.text) || (k >= 3 && isTitle(c[k - 3]!.text) && c.length - k >= 2);
}

/** "Dato’ Sri X": the second word of a Malay honorific whose first word, closed by its apostrophe, is out of the chunk. */
export function malayHonorificBefore(work: string, c: readonly Token[], k: number): boolean {
  return (
    k === 1 &&
    c.length > 1 &&
    /^(?:Seri|Sri)$/.test(c[0]!.text) &&
    /\b(?:Datuk|Dato['’]?|Datin|Tan)[^\S\n]+$/.test(work.slice(Math.max(0, c[0]!.start - 10), c[0]!.start))
  );
}
