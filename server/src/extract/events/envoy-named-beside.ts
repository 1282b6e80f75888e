// The envoy an object phrase names beside its role, read from the text after the verb: "summoned the US
// Ambassador to Beijing, X,", "Ghana's envoy to Nigeria, Ms X", "Ambassador of Chile to Oslo X". The noun
// phrase reader stops at a capitalised title or an honorific and leaves the role's state; the gold of the
// real pages gives the named envoy, not the state, as the one acted on. With no name, the state after
// "of" ("the High Commissioner of Kenya", "a representative of the Embassy of Chile").
import { apposedNameEnds } from '../clauses/set-off-names.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { HONORIFIC_RUN } from '../honorifics.js';
import { CHARGE_D_AFFAIRES_CASED, HEAD_OF_MISSION_CASED } from '../role-nouns.js';
import { isCountry } from './envoys.js';
import { countryOfBody, staffState } from './parties.js';

/** A head of mission's or a chargé's title, either case ("Ambassador", "high commissioner", "Chargé d'Affaires"). */
const TITLE = `(?:${HEAD_OF_MISSION_CASED}|${CHARGE_D_AFFAIRES_CASED})`;
/** Whose the title is, before it: "the US", "Ghana's", "the Chilean", "British Deputy". */
const OWNER = String.raw`(?:(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:the\s+)?\p{Lu}[\p{L}.-]*['’]s?\s+|the\s+)?`;
/** Where and whose after it: "to Beijing", "of the High Commission of Ghana to Nigeria". */
const TAIL = String.raw`(?:\s+(?:of|to|in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}){0,3}`;
/** From the verb's end to the name: the role, a comma or none, honorifics. */
const BESIDE = new RegExp(String.raw`^\s+${OWNER}${TITLE}${TAIL}\s*,?\s+(?:${HONORIFIC_RUN})?$`, 'u');

/** The role itself as a mention of the person named after it ("the U.S. Ambassador to Sweden, X"). */
const ROLE = new RegExp(String.raw`^${OWNER}${TITLE}${TAIL}$`, 'u');
const NAME_AFTER_ROLE = new RegExp(String.raw`^\s*,?\s+(?:${HONORIFIC_RUN})?$`, 'u');

/** The person named right after a singular envoy role that follows the verb ending at `from`, if any. */
export function envoyNamedBeside(c: Ctx, from: number, limit: number): Entity | undefined {
  const ms = c.inRange(from, Math.min(limit, from + 140), ['Person'], true);
  const m = ms[0];
  if (!m) return undefined;
  const apposed = (x: typeof m) => apposedNameEnds(c.work.slice(x.end, x.end + 12));
  if (BESIDE.test(c.work.slice(from, m.start))) return apposed(m) ? m.entity : undefined;
  // The entity step took the role for a mention of the envoy named right after it.
  const name = ms.find((x) => x.start >= m.end);
  if (!name || name.entity !== m.entity || !/^\s+(?:the\s+)?$/.test(c.work.slice(from, m.start)))
    return undefined;
  if (!ROLE.test(c.work.slice(m.start, m.end)) || !NAME_AFTER_ROLE.test(c.work.slice(m.end, name.start)))
    return undefined;
  return apposed(name) ? m.entity : undefined;
}

/** A role of a state's envoy or staff, then "of" its state or mission: "the High Commissioner of Kenya". */
const ROLE_OF = new RegExp(
  String.raw`^\s+(?:(?:the|a|an)\s+)?(?:(?:acting|deputy|senior)\s+)?(?:${TITLE}|representative|diplomat|official)\s+(?:of|from)\s+(?:the\s+)?$`,
  'u',
);
const MISSION = /\b(?:embassy|high commission|mission)\b/i;

/**
 * The state whose envoy or staff member the object after the verb ending at `from` is, named after "of":
 * "summoned the High Commissioner of Kenya" (Kenya), "a representative of the Embassy of Chile" (Chile).
 */
export function envoyOfState(c: Ctx, from: number, limit: number): Entity | undefined {
  const m = c.firstAfter(from, Math.min(limit, from + 80), ['Place', 'Organization']);
  if (!m || !ROLE_OF.test(c.work.slice(from, m.start))) return undefined;
  if (m.entity.type === 'Place') return isCountry(m.entity.name) ? m.entity : undefined;
  if (!MISSION.test(m.entity.name)) return undefined;
  const st = staffState(c, m.entity);
  if (st.type === 'Place') return st;
  // "the Embassy of Chile": the country the body's name gives, when the article names it.
  const country = countryOfBody(m.entity);
  const at = country ? c.work.slice(m.start, m.end).lastIndexOf(country) : -1;
  return at < 0 ? undefined : c.countryByDemonym(country!, m.start + at, m.start + at + country!.length);
}
