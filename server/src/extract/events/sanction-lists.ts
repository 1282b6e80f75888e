// The people a sanctions list names, told after the sanctions themselves: "The sanctioned individuals
// include A; B; and C", "The list incorporates A and B", "Among the officials targeted are A and B", "They
// include A and B", "The measures target A and B", "This round of sanctions includes freezing the assets
// of A and B", "The package of sanctions includes A", "Also sanctioned (named, listed) were A and B", "… have been
// designated for sanctions, including A, B and five others", "sanctions on 34 officials and entities,
// including A and B" (or "a travel ban and asset freeze on eight officials, including A and B"), "Oligarchs now subject to X's sanctions include A and B", "Allies now sanctioned
// include A", "officials who have been designated include A", "Those newly-sanctioned by X include A",
// "Those hit by the new sanctions are A" (or in a reported clause, "it said that those sanctioned include A"), and after an entry ban "The ban targets … A" or "Officials
// barred from entry include A" (sanctioned by the ban's sanctioners); also "The latest companies to be
// sanctioned include A; B", "Individuals include A", "The individuals include A" (the group the sanctions
// just named), "The new measures hit A", "The sanctions list was
// also supplemented by A and B". Each person, and each organisation listed as an item of its own (not
// "founder of X", not "X leader A"; but "…; as well as on X", an item that repeats the preposition of the
// sanctions), joins the last sanctions event of the article (or, when the clause that named the
// sanctioner named no target, "imposed sanctions on 28 individuals", a new one of that sanctioner),
// sanctioned by each of its sanctioners.
import type { Ctx } from '../context.js';
import { demonymCountry } from '../lexicon.js';
import { BODY_TITLE } from '../role-nouns.js';
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { EventRule } from './hit.js';
import { lastBan, lastSanction, lastSanctioners } from './sanctions.js';
import { stateOf } from './parties.js';
import { AIM_VERB, MEASURE_NOUN } from './sanction-measures.js';
import type { EvOut } from './types.js';

/** What may follow a listed name and make it no target: a possessive, a speaker's verb. */
const NOT_LISTED = /^(?:['’]s\b|\s*,?\s+(?:said|says|told|added|stated|announced|according)\b)/;

/** The prepositions of a description ("founder of", "adviser to"). */
const PREPOSITIONS = 'of|at|to|for|with|by|from|in|on|under|near|against|over';

/** A preposition right before a name: the name belongs to a description ("founder of Tinkoff Bank"), no target. */
const DESCRIBED = new RegExp(String.raw`\b(?:${PREPOSITIONS})\s+(?:the\s+)?$`, 'i');

/** A word of a description or clause in a list item before an organisation: it is no item of its own. */
const ITEM_TAIL = new RegExp(String.raw`\b(?:${PREPOSITIONS}|who|which|whose|that)\b`, 'i');

/** A lower-case officer's title right after a body: "the Communist Party chief in X, A" (the body qualifies the title). */
const OFFICER_AFTER = new RegExp(String.raw`^\s+${BODY_TITLE}s?\b`);

/** A relative pronoun: the item it opens is a clause about the item before, not one of its own. */
const RELATIVE_ITEM = /\b(?:who|whom|whose|which)\b/i;

/** The text of a list's item before a position: since the last comma, semicolon or dash. */
const itemBefore = (text: string) => text.split(/[,;–—]|\s-{1,2}\s/).pop() ?? '';

/** "and on", "as well as on", "plus against": an item that repeats the preposition the sanctions took. */
const REPEATED_ON = /^\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)(?:also\s+)?(?:on|against)\s+/;
/** The same, right before a name: "; as well as on X". */
const REPEATED_ON_BEFORE =
  /[,;]\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)(?:also\s+)?(?:on|against)\s+(?:the\s+)?$/;

/**
 * The persons a list names from `from` to `to`, in order (no possessors, no speakers, no one a
 * description names), and, with `bodies`, the organisations listed as items of their own (not one that
 * qualifies a person, "Hamas leader A", nor one a description names, "founder of Tinkoff Bank").
 */
export function listedPersons(c: Ctx, from: number, to: number, bodies = false): Entity[] {
  const out: Entity[] = [];
  const ms = c.inRange(from, to, bodies ? ['Person', 'Organization'] : P);
  for (const [i, m] of ms.entries()) {
    // A title's tail read as a name ("Minister for Investment"): no one.
    if (/^(?:for|of|and|the)\s/i.test(m.entity.name)) continue;
    if (NOT_LISTED.test(c.work.slice(m.end, Math.min(to, m.end + 20)))) continue;
    if (/\baccording to\s+(?:\S+\s+){0,4}$/.test(c.work.slice(Math.max(from, m.start - 40), m.start)))
      continue;
    const lead = c.work.slice(Math.max(from, m.start - 30), m.start);
    if (DESCRIBED.test(lead.slice(-12)) && !REPEATED_ON_BEFORE.test(lead)) continue;
    // Named inside an item's relative clause ("A, who jailed opposition leader B, and C"): no target.
    if (m.entity.type === 'Person' && RELATIVE_ITEM.test(itemBefore(c.work.slice(from, m.start)))) continue;
    if (m.entity.type === 'Organization') {
      // An item of its own: only modifiers since the last comma or semicolon ("; diamond miner Alrosa"),
      // no description's preposition ("CEO of energy company Gazprom", "officials from A and B").
      // An item may repeat the measure's preposition: "…; as well as on the X Command".
      const item = c.work.slice(from, m.start);
      const own = item
        .slice(Math.max(item.lastIndexOf(','), item.lastIndexOf(';')) + 1)
        .replace(REPEATED_ON, '');
      if (ITEM_TAIL.test(own)) continue;
      // "the Communist Party chief in Xinjiang, A": the body names whose officer the item is, no item itself.
      if (OFFICER_AFTER.test(c.work.slice(m.end, to))) continue;
      const next = ms[i + 1];
      const between = next ? c.work.slice(m.end, next.start) : '';
      if (next?.entity.type === 'Person' && /^\s+(?:[\p{L}-]+\s+){0,3}$/u.test(between)) continue;
    }
    if (!out.includes(m.entity)) out.push(m.entity);
  }
  return out;
}

/**
 * "Among the individuals on the list were", "Among those under the sanctions are", "Among the companies
 * subject to the new measures is", "Among the officials hit by Britain's sanctions were", "Among the
 * persons who fell under the sanctions were": a group qualified by the list or the measures, then a copula.
 */
const AMONG_QUALIFIED = String.raw`[Aa]mong\s+(?:the|those)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:now\s+)?(?:on|in|under|subject\s+to|(?:hit|targeted|affected|covered)\s+by|(?:named|included)\s+in|added\s+to)\s+(?:(?:the|these|this|its|their|today['’]s|\p{Lu}[\p{L}.’'-]*)\s+)?(?:[\p{L}.’'-]+\s+){0,2}?(?:list|blacklist|sanctions|measures|restrictions|designations|package|penalties|round)|(?:who|which|that)\s+(?:fell|fall|came|come|were\s+placed)\s+under\s+(?:the\s+)?(?:\p{Ll}+\s+)?sanctions)\s+(?:is|are|was|were)`;

/**
 * A list's lead made of a group, a participle of a sanctioning verb (or "affected"/"hit") and the action
 * that did it, whatever its noun: "Among those targeted in the Treasury's action are", "The others affected
 * by Friday's announcement are", "Among the officials sanctioned under the new order were", "Those hit by
 * Monday's decision include". The group is "those", "(the) others" or a plural noun of persons; the action is
 * at most five words after "in"/"by"/"under". Not taken: "named/listed in" (an indictment, a report: only the
 * list nouns of AMONG_QUALIFIED), "The families affected by …" (a group that is not of persons named).
 */
const OTHERS_AFFECTED = String.raw`(?:[Aa]mong\s+(?:the|those)\s+(?:\p{Ll}+\s+){0,2}?|(?:The\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|remaining)\s+)?(?:others|other\s+(?:individuals|persons|people|officials)|individuals|persons|officials)\s+|(?:Those|(?<=\bthat\s)those)\s+)(?:targeted|sanctioned|designated|blacklisted|affected|hit)\s+(?:in|by|under)\s+(?:[\p{L}.’'-]+\s+){0,4}?(?:include|includes|included|is|are|was|were)`;

/** "by"/"under" in a list's lead ("The officials sanctioned by the UK include", "Those hit by Canada's measures are"). */
const LEAD_AGENT = /\b(?:by|under)\s+/g;

/**
 * The state or body a list's lead names as the agent of the sanctions ("… sanctioned by the UK include",
 * "The others sanctioned by the Chinese include"): they, not the last event's sanctioners, sanction the
 * people listed. Undefined when the lead names no agent.
 */
function agentOfLead(c: Ctx, at: number, end: number): Entity[] | undefined {
  const lead = c.work.slice(at, end);
  // Only a lead that closes on its verb ("… include", "… were"); "designated by X for sanctions, including"
  // is read by the sanctions clause, whose sanctioners the list then joins.
  if (!/\b(?:include[sd]?|is|are|was|were)$/.test(lead)) return;
  let agent: RegExpExecArray | null = null;
  for (const m of lead.matchAll(LEAD_AGENT)) agent = m;
  if (!agent) return;
  const from = at + agent.index + agent[0].length;
  const named = c.inRange(from, end, ['Place', 'Organization']).filter((m) => m.start >= from);
  if (named.length) return [...new Set(named.map((m) => m.entity))];
  // A people's name as the agent: "sanctioned by the Chinese include" (China).
  const people = /^(?:the\s+)?(\p{Lu}[\p{L}.]*)\s+(?:include[sd]?|is|are|was|were)$/u.exec(
    c.work.slice(from, end),
  );
  const country = people ? demonymCountry(people[1]!) : undefined;
  if (!people || !country) return;
  const start = end - people[0].length + people[0].indexOf(people[1]!);
  return [c.countryByDemonym(country, start, start + people[1]!.length)];
}

export const sanctionList: EventRule = {
  id: 'events/sanctions:list',
  type: 'sanction',
  re: new RegExp(
    String.raw`\b(?:(?:They|These|Those)\s+(?:include|included)|(?:The|This|That|These|Today['’]s)\s+(?:\p{Ll}+\s+){0,2}?(?:${MEASURE_NOUN}|(?:package|round|tranche|batch)(?:\s+of\s+(?:\p{Ll}+\s+)?${MEASURE_NOUN})?)\s+(?:also\s+)?${AIM_VERB}|(?<=^|\n|[.!?]\s)(?:Individuals|Entities|Companies|Firms|Businesses|Organi[sz]ations|Persons|People|Officials|Banks|Targets)\s+(?:(?:sanctioned|designated|targeted|listed|named)\s+)?(?:include|includes|included)|(?:The\s+)?(?:sanctions\s+|black\s*)?list\s+(?:was|has\s+been|is|will\s+be)\s+(?:also\s+)?(?:supplemented|expanded|extended|updated)\s+(?:by|with)|(?:Also|Further|Additionally)\s+(?:sanctioned|designated|targeted|blacklisted|named|listed)\s+(?:were|are|was|is)|(?:The|Those|(?<=\bthat\s)those|Other|Others)\s+(?:\d+\s+|[\p{L}-]+\s+){0,3}?(?:sanctioned|designated|targeted|blacklisted|listed)(?:\s+(?:individuals|persons|people|officials|figures|entities))?(?:\s+(?:by|under)\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,2}?[\p{L}.’'-]+)?\s+(?:include|includes|included|are|were)|(?:The|These)\s+(?:\d+\s+|new\s+|other\s+)?(?:individuals|persons|officials)\s+(?:include|includes|included)|(?:The|This|That)\s+(?:sanctions\s+|black\s*)?list\s+(?:includes|included|incorporates|incorporated|contains|contained|comprises|features|names)|[Aa]mong\s+(?:the|those)\s+(?:[\p{L}-]+\s+){0,3}?(?:targeted|sanctioned|named|listed|blacklisted|designated)\s+(?:is|are|was|were)|${AMONG_QUALIFIED}|${OTHERS_AFFECTED}|(?:designated|sanctioned|blacklisted|(?:sanctions|(?:visa|travel|entry)\s+bans?|asset\s+freezes?|restrictive\s+measures)\s+(?:on|against))\b[^.;]{0,160}?,\s+including|\p{L}+s\s+(?:now\s+|(?:who|that)\s+(?:have|has|had)\s+(?:also\s+)?been\s+|(?:who|that)\s+(?:were|are)\s+|to\s+be\s+(?:newly\s+)?|being\s+)?(?:subject\s+to\s+(?:[\p{L}.]+\s+){0,2}?sanctions|sanctioned|designated|blacklisted|(?:barred|banned)\s+from\s+(?:entry|entering(?:\s+\p{Lu}[\p{L}-]*)?))\s+(?:include|includes|included)|Those\s+(?:\p{Ll}+-)?(?:sanctioned|designated|blacklisted|targeted|hit|barred|banned)\s+(?:by|under|with)\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,3}?(?:include|includes|included|are|were)|The\s+(?:new\s+)?(?:entry\s+|travel\s+|visa\s+)?bans?\s+(?:targets?|targeted|covers?|covered|includes?|included|names?|named|applies\s+to|applied\s+to))\b`,
    'gu',
  ),
  run(h) {
    const { c, s, end } = h;
    const who = listedPersons(c, end, s.end, true);
    if (!who.length) return;
    // "The ban targets …", "officials barred from entry include …": the ban told last, by its sanctioners.
    const ban = /\bban|barred/.test(c.work.slice(h.at, end));
    const last = ban ? lastBan.get(c) : lastSanction.get(c);
    const fromLast = last?.participants.filter((p) => p.role === 'sanctioner').map((p) => p.entity) ?? [];
    // The sanctioners last named ("designated by X for sanctions, including …"), else the last event's.
    const by = agentOfLead(c, h.at, end) ?? (ban ? fromLast : (lastSanctioners.get(c) ?? fromLast));
    if (!by.length) return;
    const fresh = who.filter((w) => !by.includes(w));
    if (!fresh.length) return;
    let e: EvOut;
    // The same state's sanctions: "China's Foreign Ministry imposed sanctions …", "China decided to sanction".
    const sameState = (b: Entity) => fromLast.some((f) => f === b || stateOf(c, f) === stateOf(c, b));
    if (last && by.every(sameState)) {
      // Part of the sanctions just reported: that event gains the people and this sentence.
      e = last;
      for (const w of fresh)
        if (!e.participants.some((p) => p.entity === w))
          e.participants.push({ entity: w, role: 'sanctioned' });
      for (const b of by)
        if (!e.participants.some((p) => p.entity === b))
          e.participants.push({ entity: b, role: 'sanctioner' });
      e.evidence.push(...h.evidence());
    } else {
      const state = stateOf(c, by[0]!);
      e = h.event({
        participants: [
          ...by.map((b) => ({ entity: b, role: 'sanctioner' })),
          ...fresh.map((w) => ({ entity: w, role: 'sanctioned' })),
        ],
        main: fresh[0]!,
        key: `sanction:${state.id}>*`,
      });
      lastSanction.set(c, e);
    }
    // Joined to the sanctions just reported, each of their sanctioners sanctions the people listed.
    const from = e === last ? [...new Set([...by, ...fromLast])] : by;
    for (const b of from)
      for (const w of fresh) h.relation(b, 'SANCTIONED', w, { event: e, date: e.date ?? h.date });
  },
};
