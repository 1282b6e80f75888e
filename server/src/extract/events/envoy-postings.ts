// Three more readings of an envoy's receiving state for events/envoy-hosts.ts, when nothing else gives it:
// - `here`: an envoy of unknown origin whom the text places "here" (or "in this country", "in his host
//   country") is posted in the country the article is dated from ("MOSCOW – Ambassador X, speaking to
//   reporters here, …");
// - `posting-named-before`: the article gives an unnamed envoy's posting in one phrase ("The US ambassador
//   to Russia gave an interview.", "India's high commissioner in Colombo") and names the envoy elsewhere
//   ("John Smith, the ambassador, said …"):
//   the one state such phrases name, for the one head of mission the article names with no posting, of
//   the phrase's origin when both are known;
// - `host-country`: the state a sentence naming the envoy calls his host ("thanked his host country, Kenya").
import { matchesOf } from '../regex-matches.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import { countryOf } from './dateline-place.js';
import { HEAD_OF_MISSION_CASED, IN_POST_BEFORE_HEAD } from '../role-nouns.js';

/** "here", "in this country", "in the host country", "in his host country", outside quotations. */
const HERE = /\b(?:here|in this country|in (?:the|his|her|their) host country)\b/g;

/** Whether a sentence naming the person (outside quotations) places them "here". */
export function placedHere(c: Ctx, p: Entity): boolean {
  for (const m of c.mentions) {
    if (m.entity !== p || m.nominal) continue;
    const s = c.sentenceAt(m.start);
    if (!s) continue;
    for (const h of matchesOf(HERE, c.work.slice(s.start, s.end)))
      if (!c.inQuote(s.start + h.index)) return true;
  }
  return false;
}

/** "the US ambassador to", "Russia's envoy in", "its ambassador to" (group 1: the origin, when named). */
const POSTING = new RegExp(
  String.raw`(?:\b(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?:['’]s)?\s+|\b(?:the|its|his|her|their|a|an)\s+)${IN_POST_BEFORE_HEAD}${HEAD_OF_MISSION_CASED}\s+(?:to|in)\s+(?:the\s+)?`,
  'gu',
);
const NOT_HEAD = /\b(?:deputy|acting|vice|former|ex-|charg\S*|interim|assistant|special|outgoing|late)\s+$/i;

/** The postings of envoys the article gives without a name after them: origin (when named) and state. */
export function unnamedPostings(c: Ctx): { origin?: string; state: Entity }[] {
  const out: { origin?: string; state: Entity }[] = [];
  for (const m of matchesOf(POSTING, c.work)) {
    const at = m.index + m[0].length;
    if (c.inQuote(m.index) || NOT_HEAD.test(c.work.slice(Math.max(0, m.index - 20), m.index))) continue;
    const place = c.inRange(at, at + 40, ['Place'])[0];
    if (!place || place.start !== at) continue;
    // A name right after the phrase is its envoy (the title rules read it).
    const next = c.inRange(place.end, place.end + 6, ['Person'], true)[0];
    if (next && /^\s*,?\s*$/.test(c.work.slice(place.end, next.start))) continue;
    const state = countryOf(c, place.entity);
    if (!state) continue;
    const w = m[1];
    const origin = w
      ? (demonymCountry(w) ??
        demonymCountry(w.split(/\s+/).pop()!) ??
        countryOf(c, c.idx.placeByName(w) ?? state)?.name)
      : undefined;
    out.push({ origin: origin && origin !== state.name ? origin : undefined, state });
  }
  return out;
}

/** "his host country, Kenya", "her host nation Kenya": the state a sentence naming the person calls the host. */
const HOST_NAMED =
  /\b(?:his|her|their|the)\s+host\s+(?:country|nation|state|government),?\s+(?:of\s+)?(?:the\s+)?/g;

/** The state a sentence naming the person calls their host ("thanked his host country, Kenya"). */
export function namedHost(c: Ctx, p: Entity): Entity | undefined {
  for (const m of c.mentions) {
    if (m.entity !== p || m.nominal) continue;
    const s = c.sentenceAt(m.start);
    if (!s) continue;
    for (const h of matchesOf(HOST_NAMED, c.work.slice(s.start, s.end))) {
      const at = s.start + h.index + h[0].length;
      if (c.inQuote(at)) continue;
      const place = c.inRange(at, at + 40, ['Place'])[0];
      const state = place && place.start === at ? countryOf(c, place.entity) : undefined;
      if (state) return state;
    }
  }
  return undefined;
}
