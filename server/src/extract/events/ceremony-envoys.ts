// The receiving state of envoys in an article about a credentials ceremony, when the sentence naming the
// envoy does not give it ("The ambassador of Peru, Luis Gomez, was the first to present his letters";
// "They are: Ana Ruiz, Ambassador of Chile; …"; "The envoys are Ana Ruiz (Chile) and …"). Envoys who
// present credentials are posted where the ceremony is, so every head of mission the article names with
// no posting found by any other rule, of no origin equal to it, is AMBASSADOR_TO the ceremony's state: the
// first of these that gives exactly one state:
// - the state of the head of state who receives the credentials (by the ceremony event, by "the President
//   of X", "X's King", "Xian President Name" in a sentence about the credentials or the headline);
// - a state the article accredits envoys to ("accredited to X", "ambassadors to X");
// - the country of a capital a sentence about the credentials places the ceremony in ("at State House,
//   Nairobi", "in Ottawa");
// - the country the article is dated from.
// The evidence is the sentence that names the person as an envoy.
import type { Ctx } from '../context.js';
import { HEAD_OF_MISSION_CASED as HEAD } from '../role-nouns.js';
import type { Entity, Mention } from '../entities/index.js';
import { CAPITALS, demonymCountry } from '../lexicon.js';
import type { Sentence } from '../text.js';
import { HONORIFIC_ONE } from '../honorifics.js';
import { countryOf, datelineState } from './dateline-place.js';
import { calledEnvoy } from './meetings-calls.js';
import type { EvOut, RelOut } from './types.js';
import { matchesOf } from '../regex-matches.js';

/** A sentence about credentials being presented or received. */
const CEREMONY = /\b(?:credentials|letters?\s+of\s+credence|credence\s+letters?|credential\s+letters?)\b/i;

/** Heads of state who receive credentials (a ceremony's host), by role. */
const HEAD_OF_STATE = String.raw`(?:President|King|Queen|Emir|Sultan|Governor[- ]General|Grand Duke|Prince|Head of State)`;
/** A title that makes its holder a head of state ("President", "Grand Duke"). */
const HEAD_OF_STATE_TITLE = new RegExp(String.raw`\b${HEAD_OF_STATE}\b`, 'i');
/** "the President of X", "King of X" (group 1: the state). */
const HEAD_OF_STATE_OF = new RegExp(
  String.raw`\b${HEAD_OF_STATE}\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})`,
  'gu',
);
/** "X's President", "Xian President" (group 1: the state or its adjective). */
const STATES_HEAD = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?:['’]s)?\s+${HEAD_OF_STATE}\b`,
  'gu',
);

/** The country named at `at` (a place mention or a demonym), when the article names it. */
function countryNamedAt(c: Ctx, at: number, text: string): Entity | undefined {
  const m = c.idx.mentions.find((x) => x.start === at && x.entity.type === 'Place');
  if (m) return countryOf(c, m.entity);
  const w = text.split(/\s+/);
  const country = demonymCountry(text) ?? demonymCountry(w[w.length - 1]!) ?? demonymCountry(w[0]!);
  // ("Russian President X" in an article that names Russia no other way: the country by its adjective.)
  const word = w[0]!;
  if (country && demonymCountry(word) === country) return c.countryByDemonym(country, at, at + word.length);
  return country ? c.idx.countryEntity(country) : undefined;
}

/** After a head of state: receiving ("The President of Kenya received …", "King Carlos, who accepted …"). */
const RECEIVING = /^[^.;]{0,60}?\b(?:received|receives|receiving|accepted|accepts|welcomed)\b/;
/** Before a head of state: the one credentials are presented to ("presented credentials to the King of Spain"). */
const PRESENTED_TO = /\b(?:credentials|credence|letters?)\b[^.;]{0,40}?\b(?:to|before)\s+(?:the\s+)?$/i;

/**
 * The states of the heads of state a sentence names as such ("the King of Spain", "Kenyan President X"),
 * those it says receive the credentials (`receiving`) or the others.
 */
function headOfStateStates(c: Ctx, s: Sentence, receiving: boolean): Entity[] {
  const out = new Set<Entity>();
  const receives = (start: number, end: number) =>
    RECEIVING.test(c.work.slice(end, s.end)) ||
    PRESENTED_TO.test(c.work.slice(Math.max(s.start, start - 80), start));
  const text = c.work.slice(s.start, s.end);
  for (const m of [...text.matchAll(HEAD_OF_STATE_OF), ...text.matchAll(STATES_HEAD)]) {
    const g = m[1]!;
    const at = s.start + m.index + m[0].indexOf(g);
    const [start, end] = [s.start + m.index, s.start + m.index + m[0].length];
    if (c.inQuote(at) || receives(start, end) !== receiving) continue;
    const state = countryNamedAt(c, at, g);
    if (state) out.add(state);
  }
  // A head of state the entity step gave a nationality ("Kenyan President William Ruto").
  for (const m of c.inRange(s.start, s.end, ['Person'])) {
    const state = m.entity.nationality ? c.idx.countryEntity(m.entity.nationality) : undefined;
    if (state && HEAD_OF_STATE_TITLE.test(m.entity.title ?? '') && receives(m.start, m.end) === receiving)
      out.add(state);
  }
  return [...out];
}

/** The states of the capitals a sentence names ("at State House, Nairobi", "in Ottawa"). */
function capitalStates(c: Ctx, s: Sentence): Entity[] {
  const out = new Set<Entity>();
  for (const m of c.inRange(s.start, s.end, ['Place']))
    if (CAPITALS[m.entity.name.toLowerCase()]) {
      const state = countryOf(c, m.entity);
      if (state) out.add(state);
    }
  return [...out];
}

/** A state the article accredits envoys to: "accredited to X", "Ambassadors to X", "appointed to X". */
function accreditedStates(c: Ctx): Entity[] {
  const out = new Set<Entity>();
  const re =
    /\b(?:accredited|posted|appointed)\s+to\s+(?:the\s+)?|\b(?:[Aa]mbassadors?|[Hh]igh [Cc]ommissioners?|[Ee]nvoys?)\s+(?:accredited\s+|appointed\s+)?to\s+(?:the\s+)?/g;
  for (const m of matchesOf(re, c.work)) {
    const at = m.index + m[0].length;
    if (c.inQuote(at)) continue;
    const place = c.inRange(at, at + 40, ['Place'])[0];
    const state = place && place.start === at ? countryOf(c, place.entity) : undefined;
    if (state) out.add(state);
  }
  return [...out];
}

/**
 * The countries the article names outside quotations, but those named in a sentence that names an envoy
 * (an envoy's list gives origins, "Ana Ruiz (Chile), Jean Roy (France)", even when a name in it was not
 * read as a person's).
 */
function namedCountries(c: Ctx, envoys: readonly Envoy[]): Entity[] {
  const lists = envoys.map((e) => c.sentenceAt(e.m.start));
  const out = new Set<Entity>();
  for (const m of c.mentions)
    if (
      m.entity.type === 'Place' &&
      countryOf(c, m.entity) === m.entity &&
      !lists.some((s) => s && s.start <= m.start && m.end <= s.end)
    )
      out.add(m.entity);
  return [...out];
}

/**
 * The ceremony's state: the first reading that gives exactly one state no envoy comes from (`origins`; the
 * last reading, the one country named that no envoy comes from, only when every envoy's origin is known).
 */
function ceremonyState(
  c: Ctx,
  ceremony: Sentence[],
  hosts: Entity[],
  origins: Set<string>,
  envoys: readonly Envoy[],
): Entity | undefined {
  const allKnown = envoys.every((e) => e.origin);
  const headline = c.sents[0];
  const own = (h: Entity) => (h.nationality ? c.idx.countryEntity(h.nationality) : undefined);
  const said = [...ceremony, ...(headline ? [headline] : [])];
  // Each reading, and whether a state an envoy comes from is left out of it (not of the receiving ones).
  const tiers: [() => (Entity | undefined)[], boolean][] = [
    [() => hosts.map(own), false],
    [() => said.flatMap((s) => headOfStateStates(c, s, true)), false],
    [() => accreditedStates(c), true],
    [() => said.flatMap((s) => headOfStateStates(c, s, false)), true],
    [() => ceremony.flatMap((s) => capitalStates(c, s)), true],
    [() => [datelineState(c)], true],
    [() => (allKnown ? namedCountries(c, envoys) : []), true],
  ];
  for (const [t, exclude] of tiers) {
    const states = [...new Set(t())].filter((x): x is Entity => !!x && !(exclude && origins.has(x.name)));
    if (states.length === 1) return states[0];
    if (states.length > 1) return undefined;
  }
  return undefined;
}

/** The country a phrase names, by its place mention at `at` or as an adjective ("U.S.", "Australian"). */
function countryName(c: Ctx, at: number, phrase: string): string | undefined {
  const m = c.idx.mentions.find((x) => x.start === at && x.entity.type === 'Place');
  if (m) return (countryOf(c, m.entity) ?? m.entity).name;
  const w = phrase.trim().split(/\s+/);
  return demonymCountry(phrase.trim()) ?? demonymCountry(w[w.length - 1]!) ?? demonymCountry(w[0]!);
}

const STATE_WORDS = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}.'’-]*){0,4}`;
/** A head-of-mission title right before a name: "Ambassador", "Peru's envoy,", "the Ambassador of Peru,". */
const TITLE_BEFORE = new RegExp(
  String.raw`(?:\b(${STATE_WORDS})(?:['’]s)?\s+)?\b${HEAD}(?:[- ][Dd]esignate)?(?:\s+(?:of|from)\s+(?:the\s+)?(${STATE_WORDS}))?\s*,?\s*(?:(?:${HONORIFIC_ONE}|HE\.?)\s+)?$`,
  'u',
);
/** A head-of-mission title right after a name: ", Ambassador of Peru", ", the new envoy", " – Peru's Ambassador". */
const TITLE_AFTER = new RegExp(
  String.raw`^\s*(?:,|[–—-]|\()\s*(?:the\s+)?(?:new\s+|incoming\s+)?(?:(${STATE_WORDS})(?:['’]s)?\s+)?${HEAD}\b(?:\s+(?:of|from)\s+(?:the\s+)?(${STATE_WORDS}))?`,
  'u',
);
/** Qualifiers that make a title no head of mission's. */
const NOT_HEAD =
  /\b(?:deputy|acting|vice|former|ex-|charg\S*|interim|assistant|special|outgoing|late|protocol)\b/i;
/** Plural heads of mission that open a list of names: "The envoys are", "ambassadors: ", "heads of mission were". */
const PLURAL_HEADS = /\b(?:ambassadors|envoys|high commissioners|heads of missions?|diplomats)\b/i;
/** A sentence that lists what the one before named: "They are …", "These include …". */
const THEY_ARE = /^(?:They|These)\s+(?:are|were|include|included)\b/;
/** After a name in a list of envoys: its state in brackets or after "of" ("Ana Ruiz (Chile)", "Ana Ruiz of Chile"). */
const LISTED_STATE = /^\s*(?:\(\s*(?:the\s+)?|of\s+(?:the\s+)?)(?=\p{Lu})/u;

interface Envoy {
  p: Entity;
  m: Mention;
  origin?: string;
}

/** The mention that names a person as a head of mission, and the state it says they come from. */
function envoyMention(c: Ctx, p: Entity): Envoy | undefined {
  let listed: Envoy | undefined;
  for (const m of c.mentions) {
    if (m.entity !== p || m.nominal) continue;
    const s = c.sentenceAt(m.start);
    if (!s) continue;
    const lead = c.work.slice(Math.max(s.start, m.start - 90), m.start);
    const tail = c.work.slice(m.end, Math.min(s.end, m.end + 80));
    const near = c.work.slice(Math.max(s.start, m.start - 40), Math.min(s.end, m.end + 40));
    const before = TITLE_BEFORE.exec(lead);
    const after = TITLE_AFTER.exec(tail);
    const ofAfter = LISTED_STATE.exec(tail);
    const stateAt = (base: number, x: RegExpExecArray, g: string | undefined) =>
      g ? countryName(c, base + x.index + x[0].indexOf(g), g) : undefined;
    const afterOrigin =
      ofAfter &&
      countryName(
        c,
        m.end + ofAfter[0].length,
        /^[\p{L}.'’ -]{2,40}/u.exec(tail.slice(ofAfter[0].length))?.[0] ?? '',
      );
    if (before && !NOT_HEAD.test(lead.slice(Math.max(0, before.index - 30))))
      return {
        p,
        m,
        origin: stateAt(m.start - lead.length, before, before[2] ?? before[1]) ?? afterOrigin ?? undefined,
      };
    if (after && !NOT_HEAD.test(after[0]) && !NOT_HEAD.test(near))
      return { p, m, origin: stateAt(m.end, after, after[2] ?? after[1]) };
    if (calledEnvoy(c, p) && !NOT_HEAD.test(near)) return { p, m, origin: afterOrigin ?? undefined };
    // In a list the sentence (or the one before it) opens with plural envoys: "Ana Ruiz (Chile)".
    if (ofAfter && afterOrigin && !listed) {
      const prev = c.sents[c.sents.indexOf(s) - 1];
      // Across a paragraph break only when the sentence opens as the list of the one before ("They are").
      const joined =
        !/\n\s*\n/.test(c.work.slice(prev?.end ?? 0, s.start)) || THEY_ARE.test(c.work.slice(s.start, s.end));
      const from = prev && joined ? prev.start : s.start;
      if (PLURAL_HEADS.test(c.work.slice(from, m.start))) listed = { p, m, origin: afterOrigin };
    }
  }
  return listed;
}

/** AMBASSADOR_TO the ceremony's state for the envoys of a credentials article with no posting known. */
export function ceremonyEnvoys(c: Ctx, events: EvOut[], known: RelOut[]): RelOut[] {
  const ceremony = c.sents.filter((s) => CEREMONY.test(c.work.slice(s.start, s.end)) && !c.inQuote(s.start));
  if (!ceremony.length) return [];
  const credentials = events.filter((e) => e.rule === 'events/meetings-calls:credentials');
  const hosts = [...new Set(credentials.map((e) => e.main))];
  const posted = new Set(known.filter((r) => r.type === 'AMBASSADOR_TO').map((r) => r.source));
  const envoys: Envoy[] = [];
  for (const p of c.idx.entities) {
    if (p.type !== 'Person' || hosts.includes(p)) continue;
    const found = envoyMention(c, p);
    if (!found) continue;
    found.origin ??= p.envoy?.origin ?? p.nationality;
    envoys.push(found);
  }
  const origins = new Set(envoys.flatMap((e) => (e.origin ? [e.origin] : [])));
  const state = ceremonyState(c, ceremony, hosts, origins, envoys);
  if (!state) return [];
  const out: RelOut[] = [];
  for (const { p, m, origin } of envoys) {
    if (posted.has(p) || p.envoy?.target || origin === state.name) continue;
    out.push({
      source: p,
      type: 'AMBASSADOR_TO',
      target: state,
      date: null,
      evidence: [c.evidence(c.sentenceAt(m.start)!)],
      rule: 'events/ceremony-envoys:credentials-host',
    });
  }
  return out;
}
