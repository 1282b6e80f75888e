// The state a group of unnamed people stands for when a meeting is with them: "held talks with Chinese
// officials", "met a Ukrainian delegation", "talks between X and senior Chinese diplomats", "talks
// between Russian and Japanese foreign and defence ministers"), or one unnamed person by role ("met the
// Japanese Prime Minister", "his Indian counterpart" when no Indian is named). The demonym names the state
// (the real pages' gold makes a group's state a participant and MET it; meetings.ts claims no MET with the
// state of one unnamed person).
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';

/** Articles and adjectives, one or two demonyms, up to three words in lower case: the lead of a group. */
const LEAD = String.raw`^\s*(?:(?:[Aa]n?|[Tt]he|his|her|their|its|senior|top|high-level|visiting)\s+){0,3}((?:North\s+|South\s+)?\p{Lu}\p{Ll}+)((?:\s+and\s+(?:North\s+|South\s+)?\p{Lu}\p{Ll}+)?)\s+(?:[\p{Ll}-]+\s+(?:and\s+)?){0,3}?`;
const GROUP = new RegExp(
  LEAD +
    '(?:officials|diplomats|delegation|delegations|delegates|ministers|leaders|representatives|envoys|negotiators|counterparts|side|authorities|team)\\b',
  'u',
);
/** One unnamed person by role: "the Japanese Prime Minister" (no name after it). */
const ONE = new RegExp(
  LEAD +
    String.raw`(?:(?:[Pp]rime|[Ff]oreign|[Dd]efen[cs]e)\s+[Mm]inister|[Mm]inister|[Pp]resident|[Aa]mbassador|[Ee]nvoy|[Cc]ounterpart|[Ll]eader|[Cc]hancellor|[Kk]ing|[Ee]mir|[Pp]remier)\b(?!\s*,?\s+\p{Lu})`,
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
  const first = demonymCountry(m[1]!);
  const second = m[2] ? demonymCountry(m[2].replace(/^\s+and\s+/, '')) : undefined;
  if (!first || (m[2] && !second)) return [];
  const at = pos + m[0].indexOf(m[1]!);
  out.push(c.countryByDemonym(first, at, at + m[1]!.length));
  if (second) {
    const at2 = pos + m[0].indexOf(m[2]!) + m[2]!.indexOf(m[2]!.replace(/^\s+and\s+/, ''));
    out.push(c.countryByDemonym(second, at2, at2 + m[2]!.replace(/^\s+and\s+/, '').length));
  }
  return out;
}
