// One body named in two wordings in the same article (after mergeOrgs, which merges "State Department"
// into "US State Department" and names differing only in dots or in how the country is worded):
// - "Ministry of X" and "X Ministry", "Foreign Affairs" and "Foreign", "Defense" and "Defence" are one
//   wording of a body's head and field ("Ministry of Defense" = "Ministry of Defence");
// - a body named without its owner ("the Ministry of Foreign Affairs said") is the one body of that
//   head and field an owner's name precedes in the article ("the South Korean Foreign Ministry"),
//   the owner being a country's name or adjective of one to three words; with two such owners it stays
//   apart;
// - a body named with its country before or after its head is one body: "the Government of Canada" and
//   "the Canadian Government";
// - a national Red Cross or Red Crescent is one body with or without "Society" ("the Russian Red Cross"),
//   named with it.
import { canonicalPlace, demonymCountry, isKnownPlace } from '../lexicon.js';
import type { Builder } from './builder.js';
import type { Entity } from './types.js';

/** A body's head and field in one wording: "Ministry of Foreign Affairs" -> "foreign ministry". */
export function bodyKey(name: string): string {
  let n = name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
  const of = /^(ministry|department|office) (?:of|for) (?:the )?(.+)$/.exec(n);
  if (of) n = `${of[2]} ${of[1]}`;
  return n
    .replace(/\bdefense\b/g, 'defence')
    .replace(/\b(foreign|external|internal|home) affairs\b/g, '$1')
    .replace(/\b(red (?:cross|crescent)) society$/, '$1');
}

/** The owner (a country, canonical) and the rest of a body's name: "Canadian Government", "Government of Canada". */
function owner(name: string): { country: string; body: string } | undefined {
  const words = name.split(/\s+/);
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const lead = words.slice(0, k).join(' ');
    const country = demonymCountry(lead) ?? (isKnownPlace(lead) ? canonicalPlace(lead) : undefined);
    if (country) return { country, body: words.slice(k).join(' ') };
  }
  const of = /^(\p{Lu}\S*) of (?:the )?(\p{Lu}.*)$/u.exec(name);
  if (of && isKnownPlace(of[2]!)) return { country: canonicalPlace(of[2]!), body: of[1]! };
  return undefined;
}

/** The article's organisations in the order they are first named (one pass over the mentions). */
function orgsByFirstMention(b: Builder): Entity[] {
  const first = new Map<Entity, number>();
  for (const m of b.mentions) first.set(m.entity, Math.min(first.get(m.entity) ?? Infinity, m.start));
  const at = (e: Entity) => first.get(e) ?? Infinity;
  return orgs(b).sort((x, y) => at(x) - at(y));
}

const orgs = (b: Builder) => [...b.entities.values()].filter((e) => e.type === 'Organization');

export function mergeOrgVariants(b: Builder): void {
  // One wording of head and field: the first named keeps its name.
  const byKey = new Map<string, Entity>();
  for (const e of orgsByFirstMention(b)) {
    const key = bodyKey(e.name);
    const first = byKey.get(key);
    // (The full name over the short one: "Iranian Red Crescent Society", whose initials an acronym spells.)
    if (first && first !== e && / Society$/.test(e.name) && !/ Society$/.test(first.name)) {
      b.absorb(first, e);
      byKey.set(key, e);
    } else if (first && first !== e) b.absorb(e, first);
    else byKey.set(key, e);
  }
  // One country's body named with the country before or after its head.
  const byOwner = new Map<string, Entity>();
  for (const e of orgsByFirstMention(b)) {
    const o = owner(e.name);
    if (!o) continue;
    const key = `${o.country.toLowerCase()}|${bodyKey(o.body)}`;
    const first = byOwner.get(key);
    if (first && first !== e && b.entities.has(first.id)) b.absorb(e, first);
    else byOwner.set(key, e);
  }
  // A body named without its owner: the one owned body of that head and field.
  const owned = new Map<string, Entity[]>();
  for (const e of orgs(b)) {
    const body = owner(e.name)?.body;
    if (!body || !/\s/.test(body)) continue;
    const key = bodyKey(body);
    owned.set(key, [...(owned.get(key) ?? []), e]);
  }
  for (const e of orgs(b)) {
    if (owner(e.name) !== undefined) continue;
    const into = owned.get(bodyKey(e.name));
    if (into?.length !== 1 || into[0] === e || !b.entities.has(into[0]!.id)) continue;
    b.absorb(e, into[0]!);
  }
}
