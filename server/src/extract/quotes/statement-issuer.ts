// Who issued the statement a later "the statement said" / "the statement read" quotes: the issuer the text
// introduced it with, the latest before the quotation: "a statement issued by X", "a statement from X",
// "according to a statement released on Tuesday by X", "X issued a statement", "X said in a statement",
// "the department said in the statement" (a body by its kind).
import type { Entity, Mention } from '../entities/index.js';
import { OUTLET_NAME } from '../clauses/outlets.js';
import { matchesOf } from '../regex-matches.js';
import { HEAD_OF_MISSION, SPOKESPERSON } from '../role-nouns.js';

/** What this reads of the speaker index (speakers.ts), by shape, so the two files do not import each other. */
interface SpeakerReader {
  readonly all: Mention[];
  previous: Entity | undefined;
  previousEnd: number;
  issuer: Entity | undefined;
  issuerAt: number;
  inQuote(pos: number): boolean;
  objectOfPrep(m: Mention): boolean;
  whoAt(
    pos: number,
    limit: number,
    anchor: number,
  ): { att: { speaker?: Entity; rule: string }; end: number } | undefined;
  it(anchor: number): Entity | undefined;
}

/** A statement's noun, and the notices a body puts out ("issued a travel advisory", "an alert from X"). */
const NOUN = String.raw`(?:statement|communiqu[ée]|press release|declaration|alert|advisory|bulletin|memo|memorandum|circular|directive)`;
/** Where a body posts its statement: "on the website of X", "on the Telegram channel of X". */
const ON_PAGE_OF = String.raw`on\s+(?:the\s+)?(?:official\s+)?(?:[\p{L}-]+\s+)?(?:website|site|page|account|channel|portal)\s+of`;
/** "statement issued (on Tuesday) by", "statement from", "statement published on the website of": the issuer follows. */
export const ISSUER_AFTER = new RegExp(
  String.raw`\b${NOUN}(?:,?\s+(?:(?:to|on|about|regarding|over)\s+(?:\S+\s+){1,3}?)?(?:was\s+)?(?:issued|released|published|posted|put out|sent|made)\s+(?:\S+\s+){0,3}?(?:by|${ON_PAGE_OF})|\s+(?:from|of|${ON_PAGE_OF}))\s+`,
  'giu',
);
/**
 * "issued a statement", "said in a statement", "in a statement, X", "handed him a note of protest" (not "was
 * handed a note": its subject received it): the issuer is the clause's subject.
 */
export const ISSUED_BEFORE = new RegExp(
  String.raw`\b(?:issued|released|published|put out|posted)\s+(?:an?|its|the)\s+(?:[\p{L}-]+\s+){0,2}?${NOUN}|\b(?:said|stated|announced|added|noted)\s+in\s+(?:an?|the|its)\s+(?:[\p{L}-]+\s+){0,2}?${NOUN}|(?<!\b(?:was|were|been|being|is|are)\s+)\b(?:handed|delivered|sent)\s+(?:(?:him|her|them|the\s+\p{L}+|\p{L}+)\s+)?(?:an?|its|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:note|letter)\b`,
  'giu',
);

/**
 * A sentence opened by its statement: "In a statement, X …", "In a statement on Monday, the ministry …", or
 * by the account it was posted on: "Through its Twitter account, X …", "In a post on X, the embassy …".
 */
const IN_STATEMENT = new RegExp(
  String.raw`(?:^|[.\n]\s*)(?:In\s+(?:an?|its|the)\s+(?:[\p{L}-]+\s+){0,2}?${NOUN}|(?:In|Through|Via|On)\s+(?:an?|its|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:account|tweet|post|message|page|channel))(?:\s+[^,.;\n“”"]{1,40})?,\s*`,
  'gu',
);

/** Readings of a phrase that name a body by its kind ("the department", "the group"). */
export const BY_KIND = new Set(['quotes:body-by-kind', 'quotes:collective-body']);
/** Between a subject and its verb: auxiliaries and adverbs only. */
const ADVERBS = /^\s*(?:(?:has|have|had|also|then|later|further|again|\p{Ll}+ly)\s+)*$/u;

/** Readings of a spokesperson's phrase that name the person ("the spokesperson of the ministry, X"). */
const NAMED_SPOKESPERSON = new Set([
  'quotes:spokesperson-for',
  'quotes:named-after-body',
  'quotes:the-named-spokesperson',
]);

/** A role word a phrase names a person by ("the ministry's spokesperson", "its director"). */
const ROLE_WORD = new RegExp(
  String.raw`\b(?:${SPOKESPERSON}|minister|secretary|${HEAD_OF_MISSION}|director|head|chief|official|representative|president|chairman|chairwoman)\b`,
  'i',
);

/**
 * Who issued a statement, named at `at` after "issued by": a name or a body by its kind, a person a
 * spokesperson's phrase names, or the person named in apposition after a body ("by the spokesperson of
 * the ministry, X.") or after a role ("by the ministry's spokesperson, X,"). Never a place.
 */
function issuerAt(
  work: string,
  sp: SpeakerReader,
  at: number,
  limit: number,
  anchor: number,
): Entity | undefined {
  const who = sp.whoAt(at, limit, anchor);
  const speaker = who?.att.speaker;
  const rule = who?.att.rule ?? '';
  if (speaker && speaker.type !== 'Person') {
    const after = appositionPerson(work, sp, who!.end, limit);
    if (after && /^\s*,\s*$/.test(work.slice(who!.end, after.start))) return after.entity;
  }
  const named =
    rule === 'quotes:name' ||
    BY_KIND.has(rule) ||
    (speaker?.type === 'Person' && NAMED_SPOKESPERSON.has(rule));
  if (speaker && named && speaker.type !== 'Place') return speaker;
  if (who) return undefined;
  const after = appositionPerson(work, sp, at, limit);
  return after && ROLE_WORD.test(work.slice(at, after.start)) ? after.entity : undefined;
}

/** A person named in apposition after a short phrase from `from`, closing it (", X." or ", X,"). */
function appositionPerson(work: string, sp: SpeakerReader, from: number, limit: number): Mention | undefined {
  const m = sp.all.find((x) => x.start >= from && x.end <= limit && x.entity.type === 'Person');
  if (!m || !/^[^,.;:“”"\n]{0,60},\s*$/.test(work.slice(from, m.start))) return undefined;
  return /^\s*(?:[.,;]|$)/.test(work.slice(m.end, m.end + 2)) ? m : undefined;
}

/** The issuer a sentence names after a statement ("the statement issued by X", "Statement of X"), if any. */
export function issuerNamedIn(
  work: string,
  sp: SpeakerReader,
  start: number,
  end: number,
): Entity | undefined {
  for (const m of matchesOf(ISSUER_AFTER, work.slice(start, end))) {
    const at = start + m.index + m[0].length;
    if (sp.inQuote(at)) continue;
    const issuer = issuerAt(work, sp, at, end, end);
    if (issuer) return issuer;
  }
  return undefined;
}

/** The issuer the text last introduced a statement with before anchor, and where. */
export function introducedIssuer(
  work: string,
  sp: SpeakerReader,
  anchor: number,
  inQuote: (pos: number) => boolean,
): { speaker: Entity; at: number } | undefined {
  const from = Math.max(0, anchor - 3000);
  const text = work.slice(from, anchor);
  let best: { speaker: Entity; at: number } | undefined;
  for (const m of matchesOf(ISSUER_AFTER, text)) {
    const at = from + m.index + m[0].length;
    if (inQuote(at)) continue;
    const issuer = issuerAt(work, sp, at, Math.min(anchor, at + 120), anchor);
    if (issuer) best = { speaker: issuer, at };
  }
  for (const m of matchesOf(ISSUED_BEFORE, text)) {
    const at = from + m.index;
    if (inQuote(at) || (best && best.at > at)) continue;
    // The clause's subject: the last name before the verb in its sentence, not after a preposition.
    const start = Math.max(work.lastIndexOf('.', at), work.lastIndexOf('\n', at)) + 1;
    // ("X met Y on Monday, the ministry said in a statement": the reporting clause after the comma.)
    const comma = work.lastIndexOf(',', at) + 1;
    const inverted =
      comma > start
        ? sp.all.find((x) => x.start >= comma && x.end <= at && ADVERBS.test(work.slice(x.end, at)))
        : undefined;
    const subject =
      (inverted?.entity.type === 'Place' ? undefined : inverted) ??
      sp.all.find((x) => x.start >= start && x.end <= at && !sp.objectOfPrep(x));
    // (A country issues statements through a body the text names elsewhere: no issuer of its own here.)
    if (subject?.entity.type === 'Place') continue;
    if (subject) best = { speaker: subject.entity, at };
    // ("the department said in the statement": a body by its kind, the last of that kind named.)
    else {
      // (The clause after an opening phrase's comma: "Using …, the department said in the statement".)
      const clause = Math.max(start, work.lastIndexOf(',', at) + 1);
      const who = sp.whoAt(clause, at, clause);
      if (who?.att.speaker && BY_KIND.has(who.att.rule) && ADVERBS.test(work.slice(who.end, at)))
        best = { speaker: who.att.speaker, at };
    }
  }
  // ("In a statement, the Ministry of Foreign Affairs of Kenya condemned …": the subject after the comma.)
  if (/\b(?:In|Through|Via|On) /.test(text))
    for (const m of matchesOf(IN_STATEMENT, text)) {
      const at = from + m.index + m[0].length;
      if (inQuote(at) || (best && best.at > at)) continue;
      const who = sp.whoAt(at, Math.min(anchor, at + 120), anchor);
      const named = who?.att.rule === 'quotes:name' || BY_KIND.has(who?.att.rule ?? '');
      if (who?.att.speaker && named && who.att.speaker.type !== 'Place')
        best = { speaker: who.att.speaker, at };
    }
  return best;
}

/**
 * "the statement said", "the tweet read": the issuer the text last introduced, unless a quotation credited
 * a statement since or a body (not an outlet reporting it) spoke since; else the last issuer, else what
 * "it" would be (not a platform).
 */
export function statementIssuer(work: string, sp: SpeakerReader, anchor: number): Entity | undefined {
  const intro = introducedIssuer(work, sp, anchor, sp.inQuote);
  const p = sp.previous;
  const since = p && p.type !== 'Person' && sp.previousEnd > (intro?.at ?? 0) && !OUTLET_NAME.test(p.name);
  if (intro && intro.at > sp.issuerAt && !since) return intro.speaker;
  // (A platform the words were posted on, "a message on X", "the tweet said", is no issuer.)
  const it = sp.issuer ?? sp.it(anchor);
  return it && PLATFORM.test(it.name) ? undefined : it;
}

/** Platforms a statement is posted on: the owner of the account speaks, never the platform. */
export const PLATFORM =
  /^(?:X|Twitter|Facebook|Telegram|Instagram|YouTube|Weibo|WeChat|TikTok|Threads|Bluesky|VKontakte|VK)$/;

/** An unnamed source introduced before anchor ("a source said", "sources told", "one diplomatic source"). */
const UNNAMED_SOURCE = /\b(?:an?|one|another)\s+(?:[\p{L}-]+\s+){0,2}?source\b|\bsources\b/iu;

/**
 * "“…,” the source added" after "as indicated in a statement from the ministry": the statement is the
 * source, so its issuer speaks; not when the text introduced an unnamed source, nor within 600 characters
 * of no statement.
 */
export function sourceIsStatement(work: string, sp: SpeakerReader, anchor: number): Entity | undefined {
  const before = work.slice(Math.max(0, anchor - 1500), anchor);
  if (UNNAMED_SOURCE.test(before)) return undefined;
  const intro = introducedIssuer(work, sp, anchor, sp.inQuote);
  return intro && anchor - intro.at < 600 ? intro.speaker : undefined;
}
