// The phrases the speaker index reads around a quotation: verbs of saying after and before their subject,
// the titles and role words that may lead a name, unnamed sources, appositions, a statement's issuer.
import { QUOTE_FRAME_VERBS, SAYING_AFTER_SUBJECT, sayingAlternation } from '../saying-verbs.js';
import { SPOKESPERSON } from '../role-nouns.js';

/** Verbs of saying only after their subject: a passive or a phrase ("was quoted", "made known"), a verb
 * whose inverted form reads as another clause ("…,” urged X" is rare, "…, suggested X" is no credit). */
const AFTER_SUBJECT_ONLY = [
  'posted',
  'complained',
  'acknowledged',
  'admitted',
  'concluded',
  'was quoted',
  'is quoted',
  'suggested',
  'urged',
  'went on',
  'states',
  'made known',
  'according',
];

/** A verb of saying after its subject ("said", "has made known", "tweeted", "the statement reads"). */
export const SPEECH_AFTER = new RegExp(
  String.raw`^(?:(?:has|have|had|also|then|later|further|again|previously|earlier|once again)\s+)*(?:${sayingAlternation(QUOTE_FRAME_VERBS)}|${AFTER_SUBJECT_ONLY.join('|')})\b`,
  'i',
);

/**
 * A verb of saying before its subject: "…," said the ministry. ("told" is no such verb: in "…," the
 * minister, who arrived on Sunday, told the Senate, the Senate heard the words; nor "tells".)
 */
export const SPEECH_INVERTED = new RegExp(
  String.raw`^[\s,]*(?:${sayingAlternation(QUOTE_FRAME_VERBS, ['told', 'tells'])}|according(?: to)?(?:\s+an?\s+(?:\p{L}+\s+)?(?:statement|release|report)\s+(?:of|from|by))?)\s+`,
  'iu',
);

/** A name's own speech verb right after it ("Islamabad said", "the ministry has said"). */
export const SPEECH_AFTER_NAME = new RegExp(
  String.raw`^\s+(?:(?:has|have|had|also)\s+)*(?:${sayingAlternation(SAYING_AFTER_SUBJECT)})\b`,
);

const ROLE_PREFIX = String.raw`(?:(?:\p{Lu}[\p{L}.’'-]*['’]s|\p{Lu}[\p{L}.’'-]*|of|(?<=\p{Lu}[\p{L}.’'-]*\s+(?:of|for)\s+)the|(?<=(?:\bof\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}|\b(?:Minister|Secretary|Commissioner|Representative|Envoy|Ambassador|Director|Adviser|Advisor|Assistant)\s+))for|(?<=\b(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3})(?:and|&)|cabinet|parliamentary|opposition|party|army|military|intelligence|police|${SPOKESPERSON}|press|secretary|minister|ambassador|envoy|official|adviser|advisor|chief|head|deputy|broadcaster|diplomat|counterpart|leader|lawmaker|senator|commissioner|high|representative|chairman|chairwoman|president|chancellor|premier|governor|mayor|general|commander|state|news|agency|foreign|defen[cs]e|prime|vice|senior|top|former|acting|ministry|embassy|office|department|government|affairs|external|interior|presidential|security|national|party)[\s,]+){0,10}`;
// Case matters: with the i flag \p{Lu} would match any letter.
export const NAME_LEAD = new RegExp(String.raw`^[\s,]*(?:(?:[Tt]he|[Aa]n?)\s+)?${ROLE_PREFIX}$`, 'u');
/** Unnamed sources as the last speakers: "said sources", "sources told X", "people familiar with". */
export const UNNAMED_SOURCES =
  /(?:\b(?:said|told|according to)\s+(?:\S+\s+){0,2}?sources\b|\bsources\s+(?:\S+\s+){0,2}?(?:said|told|say)\b|\bpeople familiar with\b)(?![\s\S]*\b(?:said|says|told|added)\b)/i;
/**
 * The opening of an aside that says where, when or in what act the subject spoke, between the subject and
 * its verb: "X, speaking alongside Y, said", "X, after meeting Y in Z, said", "X, in a call with Y, said",
 * "X, responding to a question about Y, said" (not "…, after which Y said": that clause has its own subject).
 */
export const CIRCUMSTANCE_ASIDE = String.raw`(?:\p{Ll}+ing|after|following|during|in|at|alongside|while|when|upon|amid|before)\s(?!which\b|whom\b|whose\b)`;
const CIRCUMSTANCE_OPEN = new RegExp(String.raw`,\s*${CIRCUMSTANCE_ASIDE}[^,"“”]*$`, 'u');
/**
 * Whether a word stands inside such an aside, closed before the verb: `before` is the text from the clause's
 * start to the word, `after` the text from the word to the verb ("X, after meeting |Y in Z, said").
 */
export function insideCircumstanceAside(before: string, after: string): boolean {
  return CIRCUMSTANCE_OPEN.test(before) && /,/.test(after);
}
/** Readings of a phrase that name a speaker without naming them. */
export const NOMINAL_RULES = new Set([
  'quotes:spokesperson-for',
  'quotes:role-holder',
  'quotes:body-by-kind',
  'quotes:collective-body',
  'quotes:governing-body',
  'quotes:owner-voice',
  'quotes:the-statement',
  'quotes:demonym-officials',
  'quotes:official-of-country',
  'quotes:the-spokesperson',
  'quotes:the-named-spokesperson',
  'quotes:role-coreference',
  'quotes:demonym-spokesperson',
  'quotes:members-of',
  'quotes:statement-vehicle',
]);
/** Where a statement said it, between a subject and its verb: "The ministry in a statement expressed". */
const IN_STATEMENT = String.raw`in\s+(?:an?|its|the|their)\s+(?:\p{Ll}+\s+)?(?:statement|release|communiqu[ée])`;
export const ADVERBS_ONLY = new RegExp(
  String.raw`^\s*(?:(?:also|has|have|had|then|later|further|again|previously|earlier|once|separately|meanwhile|however|,|${IN_STATEMENT})\s*)*$`,
  'u',
);
/** A lower-case apposition after a name: ", spokeswoman for the X," / ", Iran's foreign minister,". */
export const APPOSITIVE = /^,\s+(?:(?:the|a|an)\s+|\p{Lu}[\p{L}.]*['’]s\s+)?\p{Ll}[^,;"“”\n]{2,90}?,\s*/u;
/** A statement's issuer named after it, then adverbs only: " released by the UK Foreign Secretary further". */
export const ISSUED_BY =
  /^\s+(?:issued|released|published|put out|sent)\s+(?:\S+\s+){0,2}?by\s+[^,;"“”]{1,60}?\s+(?:(?:also|further|then|later|has|had)\s+)*$/;
/** The lead of one unnamed official before a country's name or demonym: "a senior ", "an unnamed ", "one top ". */
export const UNNAMED_OFFICIAL_LEAD = String.raw`(?:[Aa]n?|[Oo]ne)\s+(?:(?:senior|top|high-ranking|high-level|anonymous|unnamed)\s+)*`;
/** One unnamed official, read as its lead and noun around a country's name: "a senior ", " official". */
export const UNNAMED_OFFICIAL = new RegExp(String.raw`^[\s,]*${UNNAMED_OFFICIAL_LEAD}\s*official$`);
/**
 * Whether a phrase at pos opens its clause ("A senior US official said", "“…,” a senior US official
 * said", "said a senior US official"), not an object ("India expelled a Pakistani official, declaring …").
 */
export function opensClause(work: string, pos: number): boolean {
  const last = /(\S+)\s*$/.exec(work.slice(Math.max(0, pos - 30), pos))?.[1];
  return !last || /[.,;:!?“”"'‘’(—–]$/.test(last) || /^(?:said|says|told|added|stated|to)$/i.test(last);
}
export const BODY_NOUN =
  /^\s+(?:statement|spokes(?:wo)?man|spokesperson|official|source|representative|release)\b/i;
/**
 * A body by its kind: "the ministry", "a foreign ministry spokesperson", "a statement from the ministry",
 * "the ministry's spokesperson", "the ministry's press service", "the country's foreign ministry", "the ministry of foreign affairs" (the kind
 * in group 1).
 */
export const BODY_KIND =
  /^(?:the|a|an)\s+(?:(?:\p{L}+\s+)?(?:statement|spokes(?:wo)?man|spokesperson|official|source|representative)\s+(?:for|of|at|from)\s+the\s+)?(?:(?:country|nation|state|government|kingdom|republic)['’]s\s+)?(?:[\p{L}\d-]+\s+){0,2}?(ministry|presidency|embassy|office|department|government|kremlin|consulate|mission|delegation|secretariat|bureau|directorate|service|watchdog|party|agency|council|committee|commission|union|alliance|movement|coalition|parliament|assembly|court|organi[sz]ation)\b(?:\s+of\s+(?:foreign|external|internal|home|interior|defen[cs]e|justice|information|ministers)(?:\s+affairs)?\b)?(?:['’]s)?(?:\s+(?:(?:chief|main|official|senior|deputy)\s+)?(?:spokes(?:wo)?man|spokesperson|official|source|representative|statement|press\s+(?:service|office)))?/iu;
/** An owner's unnamed voice, then a verb of saying: "'s office said", "'s spokesman told", "'s statement read" (no name after it). */
export const OWNER_VOICE =
  /^['’]s\s+(?:(?:press|chief|official|main)\s+)?(?:office|spokes(?:wo)?man|spokesperson|press secretary|press service|press office|foreign service|statement|communiqu[ée])(?=\s+(?:(?:has|have|had|also|then|later|further|again)\s+)*(?:said|says|told|tells|added|adds|stated|noted|wrote|insisted|stressed|declared|confirmed|announced|described|called|urged|demanded|expressed|reads?)\b)/u;
/** "the statement", "its statement", "the note", "the letter", "the decree", "the advisory", "the alert", or a statement with no issuer after it ("an official statement."). */
export const STATEMENT_NOUN =
  /^(?:(?:the|its)\s+(?:\p{Ll}+\s+)?(?:statement|release|communiqu[ée]|declaration|note|letter|document|decree|resolution|readout|notice|alert|advisory|bulletin|memo|memorandum|circular|directive|tweet|post|message)\b|an?\s+(?:\p{Ll}+\s+)?(?:statement|release|communiqu[ée])(?=\s*(?:[.,;]|$)))/iu;
/**
 * An unnamed voice of a body named after it: "a spokeswoman for X", "an official of X", "a statement from
 * X", "a statement issued by X" ("…," read a statement issued by the Foreign Office spokesperson).
 */
export const VOICE_OF =
  /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:spokes(?:wo)?man|spokesperson|official|representative|source|statement|release|communiqu[ée]|adviser|aide)\s+(?:for|of|at|from|in|(?<=(?:statement|release|communiqu[ée])\s+)(?:issued|released|published|put\s+out)\s+(?:(?:on|late|early)\s+\p{L}+\s+)?by)\s+/iu;

/** "the statement", "its statement" at the start of `rest`; "a statement" only after "according to" (`before`). */
export function statementNounAt(rest: string, before: string): RegExpExecArray | null {
  const m = STATEMENT_NOUN.exec(rest);
  return m && (/^(?:the|its)\s/i.test(m[0]) || /\baccording to\s+$/i.test(before)) ? m : null;
}
