// Speakers a phrase refers to without a name, steps of speakers.ts's whoAt: a pronoun ("he replied": the one
// asked; "he said": the one who spoke last, else the person it stands for; "it said"; "they noted" after
// "said sources"), "the spokeswoman" (the one the text named so, else the body she speaks for), "the group",
// "the statement", "the source", "the junta" (their body, issuer or country), "Canadian diplomats" and "the
// Chinese spokesperson" (their country, its one body), and a role ("the Deputy Foreign Minister": the one
// titled so before; "the spokesman": the one last introduced so; "the country's foreign minister": deferred
// to a name the text gives later). Each step reads the speaker index's state by shape (SpeakerState).
import { genderOf } from '../context.js';
import type { Entity, EntityIndex, Mention } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import type { Sentence } from '../text.js';
import { accordingToPronoun } from './according-pronoun.js';
import { COLLECTIVE, collectiveBody } from './collective-body.js';
import { DEMONYM_SPOKESPERSON, demonymBody, peopleSaying } from './demonym-voice.js';
import { GOVERNING, governedCountry } from './governing-body.js';
import { personAsked, PRONOUN_REPLIED } from './reply-speaker.js';
import { personByRole, roleHolders, THE_ROLE } from './role-coreference.js';
import { genericRoleOfLastSpeaker, personWhoSpokeLast } from './generic-role.js';
import { titledBefore } from './role-titles.js';
import { opensClause, statementNounAt, UNNAMED_OFFICIAL_LEAD, UNNAMED_SOURCES } from './speaker-phrases.js';
import { sourceIsStatement, statementIssuer } from './statement-issuer.js';
import { HEAD_OF_MISSION, SPOKESPERSON } from '../role-nouns.js';

/**
 * A phrase read at `p` (`pos` before its spaces and commas; `rest`: its text, up to 140 characters, not
 * past `limit`) for the quotation opening at `anchor`.
 */
export interface PhraseAt {
  pos: number;
  p: number;
  rest: string;
  limit: number;
  anchor: number;
}

/** A speaker, the rule that found them and where the phrase ends (speakers.ts's Attribution, by shape). */
export interface Found {
  att: { speaker?: Entity; rule: string; deferred?: boolean };
  end: number;
}

/** What the steps read of the speaker index (speakers.ts's SpeakerIndex), by shape: it imports this file. */
export interface SpeakerState {
  readonly work: string;
  readonly sents: Sentence[];
  readonly idx: EntityIndex;
  readonly all: Mention[];
  readonly persons: Mention[];
  readonly orgs: Mention[];
  readonly places: Mention[];
  issuer: Entity | undefined;
  issuerAt: number;
  previous: Entity | undefined;
  previousEnd: number;
  spokesBody: Entity | undefined;
  inQuote(pos: number): boolean;
  lastPersonBefore(at: number, pronoun?: string): Entity | undefined;
  lastOrgBefore(pos: number, head?: string): Entity | undefined;
  objectOfPrep(m: Mention): boolean;
  roleHolder(org: Entity, kind?: RegExp): Entity | undefined;
  mentionsAt(pos: number, limit: number): Mention[];
  it(anchor: number): Entity | undefined;
  whoAt(pos: number, limit: number, anchor: number): Found | undefined;
}

/** "he said", "she replied", "according to him", "it said", "they noted": whom the pronoun stands for. */
export function pronounSpeaker(sp: SpeakerState, { p, rest, anchor }: PhraseAt): Found | undefined {
  const pron = /^(?:he|she)\b/i.exec(rest)?.[0] ?? accordingToPronoun(sp.work, p, rest);
  // ("X asked the ambassador …" then "“…,” he replied": the one asked.)
  const asked =
    pron && PRONOUN_REPLIED.test(rest) ? personAsked(sp.work, sp.persons, anchor, sp.inQuote) : undefined;
  if (asked) return { att: { speaker: asked, rule: 'quotes:the-one-asked' }, end: p + 3 };
  if (pron) {
    // ("“…,” X said. “…,” he said": the one who spoke last, when no other person was named since, but
    // inside a sentence the same pronoun opens.)
    const she = /^(?:she|her)\b/i.test(pron);
    const prev = personWhoSpokeLast(sp, anchor, she ? 'she' : 'he');
    if (prev && (!genderOf(prev) || genderOf(prev) === (she ? 'f' : 'm')))
      return { att: { speaker: prev, rule: 'quotes:pronoun-previous-speaker' }, end: p + 3 };
    return { att: { speaker: sp.lastPersonBefore(anchor, pron), rule: 'quotes:pronoun' }, end: p + 3 };
  }
  const m = /^(?:it|they)\b/i.exec(rest);
  // "…, they noted" after "said sources": the unnamed sources speak, whom no entity stands for.
  if (m && /^they/i.test(m[0]) && UNNAMED_SOURCES.test(sp.work.slice(Math.max(0, anchor - 400), anchor)))
    return { att: { rule: 'quotes:unnamed-sources' }, end: p + m[0].length };
  if (m) return { att: { speaker: sp.it(anchor), rule: 'quotes:it-said' }, end: p + m[0].length };
  return undefined;
}

/**
 * "the spokeswoman added": the unnamed spokesperson last quoted speaks for the same body again. "a
 * spokesperson stated" with no body named: the one body the text gives spokespeople ("State Department
 * spokesperson X" elsewhere in the article).
 */
/** "the government spokesperson", "the ministry's spokeswoman": the qualifying words (group 1). */
const QUALIFIED_SPOKES =
  /^the\s+((?:[\p{L}'’-]+\s+){1,3}?)spokes(?:wo)?(?:man|person)\b(?!\s+(?:for|of)\b)/iu;

/**
 * "the government spokesperson" after "government spokesperson X" was named: the last person named before
 * whose spokesperson's title, or the body it ties them to, holds every qualifying word ("ministry" in
 * "Foreign Ministry spokesperson Mao Ning"); none when no named spokesperson fits.
 */
function namedQualifiedSpokesperson(sp: SpeakerState, { p, rest, anchor }: PhraseAt): Found | undefined {
  const m = QUALIFIED_SPOKES.exec(rest);
  if (!m) return undefined;
  const words = m[1]!
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => w && !/^(?:the|official|new|chief|senior)$/.test(w));
  if (!words.length) return undefined;
  // (The words around a mention of the person: "government spokesperson X", "the Foreign Ministry
  // spokesperson, X,", "X, the ministry's spokeswoman".)
  const fits = (x: Mention) => {
    const before = sp.work
      .slice(Math.max(0, x.start - 50), x.start)
      .split(/[.;“”"\n]/)
      .pop()!;
    const after = sp.work.slice(x.end, x.end + 50).split(/[.;“”"\n]/)[0]!;
    const said = `${before} ${after}`.toLowerCase();
    return /spokes(?:wo)?(?:man|person)/.test(said) && words.every((w) => said.includes(w));
  };
  const holder = sp.persons.filter((x) => x.end <= anchor && fits(x)).pop()?.entity;
  return holder && { att: { speaker: holder, rule: 'quotes:the-named-spokesperson' }, end: p + m[0].length };
}

export function theSpokesperson(sp: SpeakerState, at: PhraseAt): Found | undefined {
  const named = namedQualifiedSpokesperson(sp, at);
  if (named) return named;
  const { p, rest, anchor } = at;
  const m =
    /^(?:the|a|an)\s+spokes(?:wo)?man\b(?!\s+(?:for|of)\b)|^(?:the|a|an)\s+spokesperson\b(?!\s+(?:for|of)\b)/i.exec(
      rest,
    );
  if (!m) return undefined;
  const spokesOrgs = new Set(sp.idx.roleLinks.filter((l) => /spokes/i.test(l.title)).map((l) => l.org));
  const body = sp.spokesBody ?? (spokesOrgs.size === 1 ? [...spokesOrgs][0] : undefined);
  // ("Foreign Ministry spokeswoman Mao Ning said …; the spokeswoman said": the one the text named so.)
  // (Named before it, and "the" one: "a spokesperson stated" is someone not named.)
  const holder = body && /^the\s/i.test(m[0]) ? sp.roleHolder(body, /spokes/i) : undefined;
  const namedBefore = holder && sp.persons.some((x) => x.entity === holder && x.end <= anchor);
  if (holder && namedBefore)
    return { att: { speaker: holder, rule: 'quotes:the-named-spokesperson' }, end: p + m[0].length };
  if (body) return { att: { speaker: body, rule: 'quotes:the-spokesperson' }, end: p + m[0].length };
  return undefined;
}

/** "the alliance", "the statement", "the source", "the junta": a body a common noun stands for. */
export function bodyByCommonNoun(sp: SpeakerState, { p, rest, anchor }: PhraseAt): Found | undefined {
  // "the alliance", "the group": the organisation of no other kind last named.
  let m = COLLECTIVE.exec(rest);
  const collective = m && collectiveBody(sp.orgs, anchor, (x) => sp.objectOfPrep(x));
  if (m && collective)
    return { att: { speaker: collective, rule: 'quotes:collective-body' }, end: p + m[0].length };
  // "the statement reads", "the note indicates", "according to an official statement.": whoever issued
  // the statement last reported ("according to a statement" names no issuer when its clause ends there).
  m = statementNounAt(rest, sp.work.slice(Math.max(0, p - 14), p));
  if (m)
    return {
      att: { speaker: statementIssuer(sp.work, sp, anchor), rule: 'quotes:the-statement' },
      end: p + m[0].length,
    };
  // ("the source added" after "a statement from the ministry": the statement's issuer.)
  m = /^the\s+source\b/i.exec(rest);
  const source = m && sourceIsStatement(sp.work, sp, anchor);
  if (source) return { att: { speaker: source, rule: 'quotes:the-statement' }, end: p + m![0].length };
  // "the junta", "the government": the country the text tied that body to.
  m = GOVERNING.exec(rest);
  const governed = m && governedCountry(sp.work, sp.idx, sp.places, m[1]!, anchor, sp.sents);
  if (m && governed)
    return { att: { speaker: governed, rule: 'quotes:governing-body' }, end: p + m[0].length };
  return undefined;
}

/** "a senior Kenyan official": one unnamed official by his country's demonym. */
const UNNAMED_DEMONYM_OFFICIAL = new RegExp(
  String.raw`^${UNNAMED_OFFICIAL_LEAD}(\p{Lu}\p{L}+)\s+official\b(?!s)`,
  'u',
);

/** "Canadian diplomats calling on …": the country speaks; "The Chinese spokesperson said": its one body. */
export function demonymVoice(sp: SpeakerState, { p, rest, anchor }: PhraseAt): Found | undefined {
  // (Also one unnamed official: "a senior Kenyan official said", as the country's officials do.)
  let m =
    /^(?:the\s+)?(\p{Lu}[\p{L}]+)\s+(?:diplomats|officials|authorities|side|leadership|government)\b/u.exec(
      rest,
    ) ?? (opensClause(sp.work, p) ? UNNAMED_DEMONYM_OFFICIAL.exec(rest) : null);
  const country = m ? demonymCountry(m[1]!) : undefined;
  if (m && country) {
    const place = sp.idx.countryEntity(country);
    if (place) return { att: { speaker: place, rule: 'quotes:demonym-officials' }, end: p + m[0].length };
  }
  // ("The Russians have accused X of “…”", "“…,” the Slovenes say": the people's country; the verb may lie
  // past the phrase's limit, the verb a subject is read before.)
  const people = peopleSaying(sp.work.slice(p, p + 140));
  const land = people && sp.idx.countryEntity(people.country);
  if (people && land)
    return { att: { speaker: land, rule: 'quotes:demonym-officials' }, end: p + people.length };
  // ("The Chinese spokesperson said": the one body of that country named before.)
  m = DEMONYM_SPOKESPERSON.exec(rest);
  const voice = m && demonymCountry(m[1]!) ? demonymBody(sp.orgs, m[1]!, anchor) : undefined;
  if (voice) return { att: { speaker: voice, rule: 'quotes:demonym-spokesperson' }, end: p + m![0].length };
  return undefined;
}

/** "the Congress leader", "the White House spokesman": a role whose modifier is a capitalised name, no acronym (in 1; the role in 2). */
const NAMED_MODIFIER_ROLE = new RegExp(
  String.raw`^(?:[Tt]he|[Tt]his)\s+((?:\p{Lu}\p{Ll}{3,}[\p{L}-]*\s+){1,2})(${SPOKESPERSON}|leader|official|${HEAD_OF_MISSION})\b(?!['’]s)`,
  'u',
);

/** The person titled before with a role a name modifies ("Congress leader X" … "the Congress leader"). */
export function namedModifierRole(sp: SpeakerState, at: PhraseAt): Found | undefined {
  const m = NAMED_MODIFIER_ROLE.exec(at.rest);
  const speaker = m && personByRole(sp.work, sp.persons, m[2]!, at.anchor, m[1]!);
  return speaker
    ? { att: { speaker, rule: 'quotes:role-coreference' }, end: at.p + m![0].length }
    : undefined;
}

/** "the Deputy Foreign Minister": a role the text titled someone with before. */
const TITLED_ROLE = new RegExp(
  String.raw`^the\s+((?:(?:deputy|vice|foreign|defen[cs]e|prime|senior|top)\s+)+(?:minister|${HEAD_OF_MISSION}|secretary))\b`,
  'i',
);
/** "the country's foreign minister": a role whose name the text gives later. */
const ROLE_NAMED_LATER = new RegExp(
  String.raw`^(?:the\s+(?:country|nation|government)['’]s\s+)?(?:(?:top|senior|deputy|foreign|defen[cs]e|prime|vice)\s+)*(?:minister|president|${SPOKESPERSON}|${HEAD_OF_MISSION}|secretary|chancellor|premier)\b`,
  'u',
);

/**
 * A bare capitalised title closing the reporting clause, the article left out ("“…”, said Ambassador."):
 * the person last titled so, as "the ambassador" would be. Only the title alone before the clause's end
 * (not "said Ambassador X", a name's title, nor "President's office"; read on the text, not the phrase,
 * which may stop before the name).
 */
const BARE_TITLE =
  /^(Ambassador|Minister|President|Premier|Chancellor|Secretary|Commissioner|Envoy|King|Queen|Governor|Mayor|Senator)(?=\s*[.,;\n])/u;

/** "the Deputy Foreign Minister", "the spokesman", "the country's foreign minister": a role's holder. */
export function roleSpeaker(sp: SpeakerState, { p, rest, anchor }: PhraseAt): Found | undefined {
  // "the Deputy Foreign Minister was quoted as saying" after "Vice Foreign Minister X": the one person
  // the text titled so before (deputy and vice alike).
  let m = TITLED_ROLE.exec(rest);
  const titled = m ? titledBefore(sp.work, sp.persons, m[1]!, anchor) : undefined;
  if (m && titled)
    return { att: { speaker: titled, rule: 'quotes:role-titled-before' }, end: p + m[0].length };
  // "the spokesman", "the Chinese ambassador": the person last introduced with that role.
  // (Among persons named before the phrase too: in "The monarch noted X's roots and said, “…”" X is named
  // after the role, the one the role refers to before it.)
  m = THE_ROLE.exec(rest);
  // (Of several holders of the role, the one quoted last goes on speaking: "King X … “…,” he said. …
  // King Y … The monarch quipped, “…”" is X.)
  const held = m && roleHolders(sp.work, sp.persons, m[3]!, Math.min(anchor, p), m[1], m[2]);
  const byRole =
    m &&
    (held && !held.official && sp.previous && held.holders.has(sp.previous)
      ? sp.previous
      : personByRole(sp.work, sp.persons, m[3]!, Math.min(anchor, p), m[1], m[2]));
  if (byRole) return { att: { speaker: byRole, rule: 'quotes:role-coreference' }, end: p + m![0].length };
  // (Read on the text itself: the phrase may stop short of the name the title goes with.)
  const bare = BARE_TITLE.exec(sp.work.slice(p, p + 40));
  const byTitle = bare && personByRole(sp.work, sp.persons, bare[1]!, anchor);
  if (byTitle)
    return { att: { speaker: byTitle, rule: 'quotes:role-coreference' }, end: p + bare![0].length };
  // ("“…,” X said. “…,” the Chinese diplomat added": a generic role no one was titled with goes on quoting
  // the person who spoke last, when nothing tells them apart: generic-role.ts.)
  const spoke = m && genericRoleOfLastSpeaker(sp, m, anchor);
  if (spoke) return { att: { speaker: spoke, rule: 'quotes:role-previous-speaker' }, end: p + m![0].length };
  // "the country's foreign minister": a role whose name the text gives later.
  m = ROLE_NAMED_LATER.exec(rest);
  if (m) return { att: { rule: 'quotes:role-named-later', deferred: true }, end: p + m[0].length };
  return undefined;
}
