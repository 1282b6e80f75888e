// A statement named by where it appeared or who put it out, before or after its verb: "a statement issued
// by the ministry said", "said a statement released online by the embassy", "a press release from the
// ministry", "a statement on the ministry's website said", "read a statement posted on the Russian Foreign
// Ministry's Telegram channel", "said a statement on the website of X", and a body's own outlet, "the
// ministry's website said". The owner is read by the ordinary phrase reader (a name, "the ministry" …), or
// is the person a role names ("on the Ukrainian president's official website": role-coreference.ts);
// with "on", only a site, account or channel the owner has speaks for it ("a statement on Telegram" is no
// one's).

import type { Entity, Mention } from '../entities/index.js';
import { personByRole, THE_ROLE } from './role-coreference.js';
import { HEAD_OF_MISSION } from '../role-nouns.js';

/** A speaker and the rule that found them (speakers.ts's Attribution, not imported: it imports this file). */
interface Attribution {
  speaker?: Entity;
  rule: string;
  deferred?: boolean;
}

/** The statement noun and what ties it to its owner, up to the owner's phrase (group 1: the connector). */
const VEHICLE =
  /^(?:[Aa]n?|[Tt]he)\s+(?:(?:new|short|brief|written|separate|joint|official|press|news)\s+)?(?:statement|release|communiqu[ée]|post|message|notice)\s+(?:(?:issued|released|published|posted|put\s+out|shared)\s+(?:(?:online|(?:on|late|early)\s+\p{Lu}\p{Ll}+(?:\s+(?:morning|afternoon|evening|night))?)\s+)?)?(by|from|on\s+the\s+(?:official\s+)?(?:website|web\s*site|site|page)\s+of|on)\s+/u;

/** A site, account or channel of its owner, after the owner's name ("'s website", "’s Telegram channel"). */
const OUTLET =
  /^(?:['’]s)?\s*(?:official\s+)?(?:website|web\s*site|site|(?:\p{Lu}[\p{L}]*\s+)?(?:account|channel|page|feed))\b/u;

/** After a place's name, the rest of the phrase it qualifies: a capitalised word or a role or body noun. */
const QUALIFIED = new RegExp(
  String.raw`^\s+(?:\p{Lu}|(?:foreign|prime|defen[cs]e|interior|deputy|vice|government|ministry|embassy|office|president|minister|secretary|spokes|${HEAD_OF_MISSION}|authorities)\b)`,
  'u',
);

/** Owner readings that name a body or a person outright (not "it", "he", an unnamed source). */
export const OWNER_RULES = new Set([
  'quotes:name',
  'quotes:body-by-kind',
  'quotes:collective-body',
  'quotes:owner-voice',
]);

/** The phrase readers of the speaker index (speakers.ts's SpeakerIndex). */
interface Reader {
  readonly persons: readonly Mention[];
  mentionsAt(pos: number, limit: number): Mention[];
  whoAt(pos: number, limit: number, anchor: number): { att: Attribution; end: number } | undefined;
}

/**
 * The speaker of a statement phrase at p (`rest`: the text from p, `limit` where reading stops, `anchor`
 * the quotation's opening) and where the phrase ends: the name at the owner's place whose site it is, or
 * what the phrase there names; undefined when the phrase is no such statement or names no owner.
 */
export function statementVehicle(
  work: string,
  sp: Reader,
  rest: string,
  p: number,
  limit: number,
  anchor: number,
): { att: Attribution; end: number } | undefined {
  const m = VEHICLE.exec(rest);
  if (!m) return undefined;
  const at = p + m[0].length;
  const outletAfter = (end: number) => OUTLET.exec(work.slice(end, end + 40))?.[0].length ?? 0;
  // ("on the Russian Foreign Ministry's Telegram channel": the name whose site it is, not the platform.)
  const site = /^on$/.test(m[1]!) ? sp.mentionsAt(at, limit).find((x) => outletAfter(x.end) > 0) : undefined;
  if (site) return { att: { speaker: site.entity, rule: RULE }, end: site.end + outletAfter(site.end) };
  // ("on the Ukrainian president's official website": the person the role names, whose site it is.)
  const role = /^on$/.test(m[1]!) ? THE_ROLE.exec(work.slice(at, limit).replace(/['’]s\b/u, '  ')) : null;
  const roleEnd = role ? at + role[0].length : 0;
  const holder =
    role && outletAfter(roleEnd) && personByRole(work, sp.persons, role[3]!, anchor, role[1], role[2]);
  if (holder) return { att: { speaker: holder, rule: RULE }, end: roleEnd + outletAfter(roleEnd) };
  const owner = sp.whoAt(at, limit, anchor);
  if (!owner?.att.speaker || !OWNER_RULES.has(owner.att.rule)) return undefined;
  // ("released by the UK Foreign Secretary": a place that only qualifies the owner's phrase is no owner.)
  if (owner.att.speaker.type === 'Place' && QUALIFIED.test(work.slice(owner.end, owner.end + 40)))
    return undefined;
  // ("a statement on X" without a site of X: X is what the statement is about.)
  const outlet = outletAfter(owner.end);
  if (/^on$/.test(m[1]!) && !outlet) return undefined;
  return { att: { speaker: owner.att.speaker, rule: RULE }, end: owner.end + outlet };
}

const RULE = 'quotes:statement-vehicle';

/** A body's own site or channel after its phrase ("the ministry's website said"): where the phrase ends. */
export function ownOutletEnd(work: string, end: number): number {
  const outlet = OUTLET.exec(work.slice(end, end + 40));
  return outlet ? end + outlet[0].length : end;
}
