// A lone acronym the acronym rule typed an organisation stays one only when the page explains it as a body:
// defined in brackets after a name ("Penalty (ECPM)"), set in a list beside a body ("the UN, CIS and SCO"),
// or read where a body or an outlet stands: before a verb of saying or reporting ("ONA reports"), a body's
// noun or officer ("MEA spokesman", "MIKTA member countries"), after a media noun, "of" a body's part or a
// post held in it ("news agency PTI", "the frameworks of AU", "coordinator for OCHA"). Unexplained ("WWII", "R907", "PNG", "the JKIA") it names no body.
import { OUTLET_REPORTING, SAYING_AFTER_SUBJECT, sayingAlternation } from '../saying-verbs.js';
import { BODY_TITLE, BODY_TITLE_WORDS } from '../role-nouns.js';
import { ORG_HEADS } from '../lexicon.js';
import type { Builder } from './builder.js';
import type { Entity } from './types.js';

/** Nouns after a body's name that say it is a body or an outlet ("the SCO summit", "ISNA news agency"). */
const BODY_NOUNS_AFTER = [
  ...BODY_TITLE_WORDS,
  'statement',
  'news agency',
  'agency',
  'news',
  'channel',
  'television',
  'website',
  'meeting',
  'meetings',
  'summit',
  'summits',
  'ministers',
  'ministerial',
  'framework',
  'format',
  'mechanisms?',
  'members',
  'member states',
  'countries',
  'nations',
  'leaders',
  'leadership',
  'officials',
  'troops',
  'forces',
  'personnel',
  'jawans',
  'rebels',
  'militants',
  'fighters',
  'boss',
  'sessions?',
  'sidelines',
  'secretariat',
  'delegation',
];
const WORD_AFTER = new RegExp(
  String.raw`^(?:['’]s)?[^\S\n]+(?:(?:state|official)[^\S\n]+)?(?:${[
    ...BODY_NOUNS_AFTER,
    sayingAlternation(SAYING_AFTER_SUBJECT),
    sayingAlternation(OUTLET_REPORTING),
  ].join('|')})\b`,
  'i',
);
/** A name joined to a participle that makes it an agent ("ISRO-built", "AU-led"), or an outlet's web address. */
const JOINED_AFTER =
  /^(?:-(?:led|backed|built|run|owned|brokered|sponsored|funded|hosted|mediated)\b|\.[a-z]{2,3}\b)/;
/** Words before a body's or an outlet's name ("news agency PTI", "told AAP", "quoted by the KCNA", "members of the OIC"). */
const WORD_BEFORE =
  /(?:\b(?:news agency|agency|agencies|broadcasters?|news portal|portals?|newspapers?|daily|channels?|outlets?|radio|told|by|according to|(?:members?|frameworks?|ministers|secretary[- ]general|chair|summit|session|sidelines|head|chief|leaders) of)[^\S\n]+(?:the[^\S\n]+)?)$/i;
/** A post held for or in a body right before its name ("deputy coordinator for OCHA", "a director at NIA"). */
const POST_BEFORE = new RegExp(
  String.raw`\b(?:${BODY_TITLE}|coordinator|representative|officer|staff(?:er)?|employee)s?[^\S\n]+(?:for|of|at|in)[^\S\n]+(?:the[^\S\n]+)?$`,
  'i',
);
/** A name set off in brackets right after a name's last word ("the Death Penalty (ECPM)"), not after a sentence. */
const DEFINED_BEFORE = /\p{L}[^\S\n]+\($/u;
/** Lower-case nouns of bodies: the shared heads of organisations' names, and nouns no name ends in. */
const BODY_WORDS = new Set([
  ...ORG_HEADS,
  ...'body bloc grouping outlet broadcaster newspaper daily portal ngo watchdog regulator'.split(' '),
]);
/** A description set off after the name, up to its end ("QRTA, the regional trade body"). */
const APPOSITION_AFTER = /^,[^\S\n]+(?:the|a|an)[^\S\n]+((?:[\p{L}'’-]+[^\S\n]+){0,4}[\p{L}'’-]+)/u;
/** A long name in brackets right after ("KIM [Advanced Indonesia Coalition]", "CPN (Maoist Centre)"). */
const DEFINED_AFTER =
  /^[^\S\n]*[([]\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}'’-]*|of|the|and|for|on|in))+[)\]]/u;
/**
 * Acronyms of international bodies news writes with no other word to explain them ("the UNSC no longer
 * sanctions", "within the SCO"): known bodies, as the lexicon's KNOWN_ORGS are (which lists more, written out).
 */
const KNOWN_BODY_ACRONYMS = new Set(
  (
    'UNSC UNGA UNHRC UNHCR UNDP UNEP UNESCO UNICEF UNRWA UNIFIL UNCTAD WFP WTO ICC ICJ IOM ILO FAO OECD APEC ' +
    'GCC OIC OAS SCO CIS CSTO EAEU SAARC BIMSTEC NAM AU ECCAS SADC IGAD PIF ECO CICA OSCE ASEAN'
  ).split(' '),
);
/** The lower-case word right after the name ("VTB bank", "the BJP party"): a body's head when ORG_HEADS has it. */
const HEAD_AFTER = /^[^\S\n]+(\p{Ll}+)\b/u;
/** Heads a leader's name or initials may stand before ("the AMLO government"): no sign the name is a body. */
const LEADERS_BODIES = new Set(['government', 'administration', 'cabinet']);
/** A lower-case body noun right before the name ("the opposition party ODM", "the watchdog QRTA"). */
const NOUN_BEFORE = /\b(\p{Ll}+)[^\S\n]+$/u;

/** Joins of a list: ", ", " and ", " & ". */
const LIST_JOIN = /^(?:,|[^\S\n]+(?:and|&)|,[^\S\n]+and)[^\S\n]*(?:the[^\S\n]+)?$/;

/** Whether the mention at [start, end) stands where only a body or an outlet stands. */
function bodyPlace(work: string, start: number, end: number): boolean {
  const after = work.slice(end, end + 60);
  if (WORD_AFTER.test(after) || JOINED_AFTER.test(after)) return true;
  if (DEFINED_AFTER.test(after)) return true;
  const head = HEAD_AFTER.exec(after);
  if (head && ORG_HEADS.has(head[1]!) && !LEADERS_BODIES.has(head[1]!)) return true;
  const before = work.slice(Math.max(0, start - 40), start);
  if (WORD_BEFORE.test(before) || POST_BEFORE.test(before)) return true;
  const set = APPOSITION_AFTER.exec(after);
  if (set && set[1]!.split(/\s+/).some((w) => BODY_WORDS.has(w))) return true;
  const noun = NOUN_BEFORE.exec(before);
  if (noun && BODY_WORDS.has(noun[1]!)) return true;
  return DEFINED_BEFORE.test(before) && work[end] === ')';
}

/** The organisation entities whose mention stands right beside [start, end) in a list, and how they are. */
function listNeighbours(b: Builder, start: number, end: number): Entity[] {
  const out: Entity[] = [];
  for (const m of b.mentions) {
    if (m.entity.type !== 'Organization') continue;
    const gap =
      m.end <= start ? b.work.slice(m.end, start) : m.start >= end ? b.work.slice(end, m.start) : '';
    if (gap.length > 0 && gap.length <= 10 && LIST_JOIN.test(gap)) out.push(m.entity);
  }
  return out;
}

/** Initials of a name's capitalised words, and of all its words ("Ministry of Foreign Affairs": MFA, MOFA). */
function initialsOf(surface: string): string[] {
  const words = surface.split(/[\s-]+/).filter(Boolean);
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!);
  const every = words.map((w) => w[0]!.toUpperCase());
  return capital.length >= 2 ? [capital.join(''), every.join('')] : [];
}

/**
 * The organisations by the initials of a long name the page writes for them ("the Ministry of Foreign
 * Affairs", which the entity names "Romanian Foreign Ministry"); null when two share them.
 */
function bodiesBySpelledInitials(b: Builder): Map<string, Entity | null> {
  const out = new Map<string, Entity | null>();
  for (const m of b.mentions) {
    if (m.entity.type !== 'Organization' || m.nominal || isLoneAcronym(m.entity)) continue;
    const surface = b.work.slice(m.start, m.end);
    if (!/\s/.test(surface)) continue;
    for (const k of initialsOf(surface)) out.set(k, out.has(k) && out.get(k) !== m.entity ? null : m.entity);
  }
  return out;
}

const isLoneAcronym = (e: Entity) =>
  e.type === 'Organization' && e.rule === 'entities/merging:acronym' && /^[A-Z][A-Z0-9]{1,5}$/.test(e.name);

/** Drops the acronym organisations no mention explains (a list explains through an explained neighbour). */
export function dropUnexplainedAcronyms(b: Builder): void {
  const lone = [...b.entities.values()].filter(isLoneAcronym);
  if (lone.length === 0) return;
  // ("… the Ministry of Foreign Affairs … at the MFA headquarters": the long name written out explains it.)
  const spelled = bodiesBySpelledInitials(b);
  for (const e of lone) {
    const body = spelled.get(e.name);
    if (!body) continue;
    for (const m of b.mentions) if (m.entity === e) m.entity = body;
    body.aliases.add(e.name);
    b.entities.delete(e.id);
  }
  const explained = new Set<Entity>();
  const neighbours = new Map<Entity, Entity[]>();
  for (const e of lone) {
    if (!b.entities.has(e.id)) continue;
    const ms = b.mentions.filter((m) => m.entity === e);
    if (KNOWN_BODY_ACRONYMS.has(e.name) || ms.some((m) => bodyPlace(b.work, m.start, m.end)))
      explained.add(e);
    neighbours.set(
      e,
      ms.flatMap((m) => listNeighbours(b, m.start, m.end)),
    );
  }
  // (A body beside it in a list explains it, when that body is no unexplained acronym itself: "UN, OSCE, CIS, SCO".)
  for (let changed = true; changed;) {
    changed = false;
    for (const e of lone) {
      if (explained.has(e) || !neighbours.has(e)) continue;
      if (neighbours.get(e)!.some((n) => !isLoneAcronym(n) || explained.has(n))) {
        explained.add(e);
        changed = true;
      }
    }
  }
  for (const e of lone) {
    if (explained.has(e) || !b.entities.has(e.id)) continue;
    b.mentions = b.mentions.filter((m) => m.entity !== e);
    b.entities.delete(e.id);
  }
}
