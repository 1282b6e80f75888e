// The state a group of unnamed people stands for when a meeting is with them: "held talks with Chinese
// officials", "met a Ukrainian delegation", "talks between X and senior Chinese diplomats", "talks
// between Russian and Japanese foreign and defence ministers". The group's demonym names the state (the
// real pages' gold makes it a participant and MET it).
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';

const GROUP =
  /^\s*(?:(?:a|an|the|his|her|their|its|senior|top|high-level|visiting)\s+){0,3}((?:North\s+|South\s+)?\p{Lu}\p{Ll}+)((?:\s+and\s+(?:North\s+|South\s+)?\p{Lu}\p{Ll}+)?)\s+(?:[\p{Ll}-]+\s+(?:and\s+)?){0,3}?(?:officials|diplomats|delegation|delegations|delegates|ministers|leaders|representatives|envoys|negotiators|counterparts|side|authorities|team)\b/u;

/** The states a group phrase at pos names by its demonyms (one or two: "Russian and Japanese …"). */
export function groupStates(c: Ctx, pos: number, limit: number): Entity[] {
  const m = GROUP.exec(c.work.slice(pos, limit));
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
