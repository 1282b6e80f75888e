// The state a group of unnamed people stands for when a meeting is with them: "held talks with Chinese
// officials", "met a Ukrainian delegation", "talks between X and senior Chinese diplomats", "talks
// between Russian and Japanese foreign and defence ministers"), or one unnamed person by role ("met the
// Japanese Prime Minister", "his Indian counterpart" when no Indian is named). The demonym names the state
// (the real pages' gold makes a group's state a participant and MET it, each state of a list of demonyms
// too: "met his Kenyan, Ghanaian and Peruvian counterparts"; meetings.ts claims no MET with the state of
// one unnamed person).
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import { matchesOf } from '../regex-matches.js';

/**
 * Articles and adjectives, demonyms (one, or a list: "Kenyan and Ghanaian", "Kenyan, Ghanaian and
 * Peruvian"), up to three words in lower case: the lead of a group.
 */
const DEMONYM = String.raw`(?:North\s+|South\s+)?\p{Lu}\p{Ll}+`;
/** Each demonym of a list (built once; matchAll copies it). */
const DEMONYMS = new RegExp(DEMONYM, 'gu');
const LEAD = String.raw`^\s*(?:(?:[Aa]n?|[Tt]he|his|her|their|its|senior|top|high-level|visiting)\s+){0,3}(${DEMONYM})((?:(?:,\s+|,?\s+and\s+)${DEMONYM})*)\s+(?:[\p{Ll}-]+\s+(?:and\s+)?){0,3}?`;
/** The nouns of a group of people who stand for their state (shared with meeting-envoy-states.ts). */
export const GROUP_NOUNS =
  'officials|diplomats|delegation|delegations|delegates|ministers|leaders|representatives|envoys|ambassadors|negotiators|counterparts';
const GROUP = new RegExp(LEAD + `(?:${GROUP_NOUNS}|side|authorities|team)\\b`, 'u');
/** One unnamed person by role: "the Japanese Prime Minister" (no name after it). */
const ONE = new RegExp(
  LEAD +
    String.raw`(?:(?:[Pp]rime|[Ff]oreign|[Dd]efen[cs]e)\s+[Mm]inister|[Mm]inister|[Pp]resident|[Aa]mbassador|[Hh]igh\s+[Cc]ommissioner|[Cc]harg[ée]\s+d['’][Aa]ffaires|[Ee]nvoy|[Cc]ounterpart|[Ll]eader|[Cc]hancellor|[Kk]ing|[Ee]mir|[Pp]remier|FM|PM|NSA|EAM)\b(?!\s*,?\s+\p{Lu})`,
  'u',
);

/**
 * The states a group phrase at pos names by its demonyms (one or two: "Russian and Japanese …"); with
 * `one`, the state of one unnamed person named by role ("the Japanese Prime Minister").
 */
export function groupStates(c: Ctx, pos: number, limit: number, one = false): Entity[] {
  const m = (one ? ONE : GROUP).exec(c.work.slice(pos, limit));
  if (!m) return [];
  const out: Entity[] = [];
  // Each demonym with where it stands: the first, then those of the list after it.
  const words: [string, number][] = [[m[1]!, pos + m[0].indexOf(m[1]!)]];
  const listAt = pos + m[0].indexOf(m[1]!) + m[1]!.length;
  for (const w of matchesOf(DEMONYMS, m[2]!)) words.push([w[0], listAt + w.index]);
  for (const [w, at] of words) {
    const country = demonymCountry(w);
    if (!country) return [];
    const e = c.countryByDemonym(country, at, at + w.length);
    if (!out.includes(e)) out.push(e);
  }
  return out;
}
