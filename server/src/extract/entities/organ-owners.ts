// An organ named by its own words, then "of the" and the body that owns it: "the Council of Foreign
// Ministers of the Organisation of Islamic Cooperation (OIC)", "the Authority of Heads of State … of the
// Economic Community of West African States (ECOWAS)". The chunker makes two bodies of it; the organ is
// named by its owner's acronym, "OIC Council of Foreign Ministers" (the gold style, the long form an
// alias), and the owner stays a body of its own (rule organ-owners:owner-acronym). An organ named bare
// elsewhere, "the Council of Foreign Ministers", is that one when a single body on the page is named by an
// acronym and those words ("SCO Council of Foreign Ministers"; rule organ-owners:bare-organ). Only an
// owner with an acronym: without one the page names the organ no shorter way ("the Executive Council of
// the African Union" stays as the chunks read it). (sub-bodies.ts joins organs named by generic words only.)
import { demonymCountry, isKnownPlace, KNOWN_ORGS } from '../lexicon.js';
import type { Builder } from './builder.js';
import type { Entity, Mention } from './types.js';

/** The head words of a body's organ: a council or assembly of members, its secretariat, its authority. */
const ORGAN_HEAD = String.raw`(?:Council|Committee|Assembly|Authority|Secretariat|Commission|Conference|Summit|Bureau|Board)`;
/**
 * An organ's own words: capitalised words around its head, "of" and the members it gathers ("Council of
 * Foreign Ministers", "Authority of Heads of State and Government", "Executive Council").
 */
const ORGAN_NAME = new RegExp(
  String.raw`^(?:\p{Lu}\p{Ll}+\s)*${ORGAN_HEAD}(?:\sof(?:\s(?:\p{Lu}\p{Ll}+|of|and))+)?$`,
  'u',
);
/** An organisation's acronym: capitals only ("OIC", "ECOWAS"). */
const ACRONYM = /^[A-Z]{2,7}$/;

/** Whether the name is an organ's own words: two words at least, no country, place or known body in it. */
function organName(name: string): boolean {
  if (!/\s/.test(name) || !ORGAN_NAME.test(name)) return false;
  if (KNOWN_ORGS.has(name.toLowerCase())) return false;
  return !name.split(/\s+/).some((w) => !!demonymCountry(w) || isKnownPlace(w));
}

/** The acronym a body goes by on the page: its name, or the one alias in capitals. */
function acronymOf(e: Entity): string | undefined {
  if (ACRONYM.test(e.name)) return e.name;
  const short = [...e.aliases].filter((a) => ACRONYM.test(a));
  return short.length === 1 ? short[0] : undefined;
}

/** Members "and" a last capitalised word joins: "Heads of State" and "Government" ("… and Government of"). */
const MEMBERS_END = /\sof\s\p{Lu}\p{Ll}+s\sof\s\p{Lu}\p{Ll}+$/u;
const AND_LAST = /^[^\S\n]+and[^\S\n]+(\p{Lu}\p{Ll}+)(?=[^\S\n]+\p{Ll}|[,.;:)]|$)/u;

/**
 * The organ's mention over the members' last word when the chunker cut it at "and": "the Authority of Heads
 * of State and Government said" (rule organ-owners:joined-members); the word is no one's own name.
 */
function withMembersJoined(b: Builder, m: Mention): Mention {
  if (!MEMBERS_END.test(m.entity.name)) return m;
  const and = AND_LAST.exec(b.work.slice(m.end, m.end + 40));
  if (!and) return m;
  const end = m.end + and[0].length;
  const word = and[1]!;
  if (demonymCountry(word) || isKnownPlace(word) || KNOWN_ORGS.has(word.toLowerCase())) return m;
  if (b.mentions.some((x) => x !== m && x.start < end && m.end < x.end)) return m;
  const from = m.entity;
  b.mentions = b.mentions.filter((x) => x !== m);
  const surface = b.text.slice(m.start, end).replace(/\s+/g, ' ');
  const e = b.orgMention(m.start, end, surface, 'entities/organ-owners:joined-members');
  if (!b.mentions.some((x) => x.entity === from)) b.entities.delete(from.id);
  return b.mentions.find((x) => x.entity === e && x.start === m.start && x.end === end) ?? m;
}

/** Names each organ "of the" an acronymed body by that acronym, and joins its bare mentions to it. */
export function organOwners(b: Builder): void {
  for (const first of / of the /.test(b.work) ? [...b.mentions] : []) {
    if (first.entity.type !== 'Organization' || first.nominal || !b.entities.has(first.entity.id)) continue;
    if (!organName(first.entity.name)) continue;
    const organ = withMembersJoined(b, first);
    const e = organ.entity;
    const of = /^[^\S\n]+of[^\S\n]+the[^\S\n]+/.exec(b.work.slice(organ.end, organ.end + 12));
    if (!of) continue;
    const at = organ.end + of[0].length;
    const owner = b.mentions.find((x) => x.start === at && x.entity.type === 'Organization');
    const acronym = owner && owner.entity !== e ? acronymOf(owner.entity) : undefined;
    if (!acronym || e.name.startsWith(`${acronym} `)) continue;
    const named = b.get('Organization', `${acronym} ${e.name}`, 'entities/organ-owners:owner-acronym');
    if (named === e) continue;
    named.aliases.add(b.text.slice(organ.start, owner!.end).replace(/\s+/g, ' '));
    b.absorb(e, named);
  }
  // ("the Council of Foreign Ministers" after "the SCO Council of Foreign Ministers": one body.)
  const orgs = [...b.entities.values()].filter((x) => x.type === 'Organization');
  // (Not an organ owned by another body: "the Parliamentary Assembly of the Council of Europe".)
  const owned = (x: Entity) =>
    b.mentions.some((m) => m.entity === x && /^[^\S\n]+of[^\S\n]+the\s/.test(b.work.slice(m.end, m.end + 9)));
  for (const bare of orgs) {
    if (!organName(bare.name) || owned(bare)) continue;
    const longer = orgs.filter((x) => {
      const m = /^(\S+)\s(.+)$/.exec(x.name);
      return !!m && ACRONYM.test(m[1]!) && m[2] === bare.name && b.entities.has(x.id);
    });
    if (longer.length === 1 && b.entities.has(bare.id)) b.absorb(bare, longer[0]!);
  }
}
