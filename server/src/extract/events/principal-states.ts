// The article's principal state besides a given one, for events/envoy-hosts.ts: an envoy whose own state
// the title right before his name gives ("Iranian Ambassador X", "the US ambassador, Y", "Ambassador of
// Serbia, Mr Z": `titledOrigin`, never a stand-in's title) and whose posting no sentence gives is posted
// in the one other state the article is about ("Lebanon's ministry set a new date for the Iranian
// Ambassador …"). It reads the states that places and bodies name outside quotations (a capital counts
// for its country, "the Lebanese Foreign Ministry" for Lebanon), once per article.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { HONORIFIC_LOWER, HONORIFIC_RUN } from '../honorifics.js';
import { demonymCountry } from '../lexicon.js';
import {
  HEAD_OF_MISSION_CASED,
  HEAD_OF_MISSION_TITLE,
  IN_POST_BEFORE_HEAD,
  NOT_HEAD_OF_MISSION_WORD,
} from '../role-nouns.js';
import { countryOf } from './dateline-place.js';

/** A head-of-mission title right before a name, its state first: "Iranian Ambassador ", "the US ambassador, ". */
const STATE_TITLE = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?:['’]s)?\s+${IN_POST_BEFORE_HEAD}${HEAD_OF_MISSION_CASED}\s*,?\s*(?:${HONORIFIC_RUN})?$`,
  'u',
);
/** The same with its state after "of" (capitalised words only, so no "… to the Maldives", and no "and": in
 * "Ambassador of Brazil and HE Mr X" the title is the one before X's): "Ambassador of the Republic of
 * Serbia, Mr ", "Ambassador of Oman ". */
const TITLE_OF_STATE = new RegExp(
  String.raw`\b${HEAD_OF_MISSION_CASED}\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|\p{Lu}[\p{L}'’-]*)){0,5})\s*,?\s*(?:${HONORIFIC_RUN})?$`,
  'u',
);

/** The state a span of the text names: a demonym ("Iranian", "South Korean") or a place in it. */
function stateNamed(c: Ctx, start: number, text: string): string | undefined {
  const dem = demonymCountry(text) ?? demonymCountry(text.split(/\s+/).pop()!);
  if (dem) return dem;
  const place = c.inRange(start, start + text.length, ['Place']).pop();
  return place && countryOf(c, place.entity)?.name;
}

/** Whether a title is only honorifics ("Mr", "H.E. Dr."): no office of its own. */
const honorificOnly = (title: string) =>
  title.split(/\s+/).every((w) => HONORIFIC_LOWER.has(w.toLowerCase()));

/**
 * The state of a person the text names as its head of mission with the title right before the name, when
 * he has no other title and no mention of him carries a stand-in's or former holder's word ("Acting High Commissioner of India X").
 */
export function titledOrigin(c: Ctx, p: Entity): string | undefined {
  // A person with another title ("President Marcos") is no envoy whatever comma precedes him.
  if (p.title && !HEAD_OF_MISSION_TITLE.test(p.title) && !honorificOnly(p.title)) return undefined;
  let origin: string | undefined;
  for (const m of c.mentions) {
    if (m.entity !== p || m.nominal) continue;
    const lead = c.work.slice(Math.max(0, m.start - 80), m.start);
    const t = STATE_TITLE.exec(lead) ?? TITLE_OF_STATE.exec(lead);
    if (!t) continue;
    if (NOT_HEAD_OF_MISSION_WORD.test(lead.slice(Math.max(0, t.index - 25)))) return undefined;
    const at = m.start - lead.length + t.index + t[0].indexOf(t[1]!);
    origin ??= stateNamed(c, at, t[1]!);
  }
  return origin;
}

/** How many mentions outside quotations name each state (by a place, its capital or one of its bodies). */
function stateCounts(c: Ctx): Map<Entity, number> {
  const counts = new Map<Entity, number>();
  for (const m of c.mentions) {
    if (m.nominal || (m.entity.type !== 'Place' && m.entity.type !== 'Organization')) continue;
    const state = countryOf(c, m.entity);
    if (state) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return counts;
}

const cache = new WeakMap<Ctx, Map<Entity, number>>();

/** Whether a line (paragraph) that names the envoy names a third state too ("Russia's UN envoy regrets the
 * US envoy's resignation" in a page of Saudi stories): then that line, not the article, tells his post. */
function thirdStateNear(c: Ctx, p: Entity, own: string, host: Entity): boolean {
  for (const m of c.mentions) {
    if (m.entity !== p || m.nominal) continue;
    const start = c.work.lastIndexOf('\n', m.start) + 1;
    const nl = c.work.indexOf('\n', m.end);
    for (const x of c.inRange(start, nl < 0 ? c.work.length : nl, ['Place', 'Organization'])) {
      const state = x.nominal ? undefined : countryOf(c, x.entity);
      if (state && state !== host && state.name !== own) return true;
    }
  }
  return false;
}

/**
 * The state other than `own` (the envoy `p`'s) that the article names most: at least twice, at least twice
 * as often as any third state (none when two compete: "Ottawa and Paris" stories give no host), and no
 * third state in a line that names him.
 */
export function principalOtherState(c: Ctx, own: string, p: Entity): Entity | undefined {
  let counts = cache.get(c);
  if (!counts) cache.set(c, (counts = stateCounts(c)));
  const ranked = [...counts].filter(([s]) => s.name !== own).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (second && first[1] < 2 * second[1])) return undefined;
  return thirdStateNear(c, p, own, first[0]) ? undefined : first[0];
}
