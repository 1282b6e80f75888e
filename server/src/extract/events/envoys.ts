// Envoys across the events of one article. What a clause says of "the Canadian ambassador" is said of
// the envoy another clause names ("gave Dennis Horak 24 hours to leave"): a relation whose target is
// the country of an unnamed envoy is retargeted to the one person the article's events of that kind act
// on. And an envoy who heads a mission (an ambassador, envoy or high commissioner; no deputy, chargé or
// acting head) and is expelled or summoned by a state is that state's ambassador-in-residence
// (AMBASSADOR_TO the state), as one recalled from a country is the ambassador to it — named with a title,
// or the one person a recall names when another clause of that act recalls the recaller's unnamed own
// head of mission ("it was recalling its ambassador to Chile" … "Ola Berg was being recalled").
import { indefinite } from '../clauses/clause.js';
import type { NounPhrase } from '../clauses/noun-phrase.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { CAPITALS, demonymCountry, demonymOf } from '../lexicon.js';
import { HEAD_OF_MISSION_TITLE } from '../role-nouns.js';
import { stateOf } from './parties.js';
import { postingState } from '../relations/envoys.js';
import type { EvOut, RelOut } from './types.js';

/** Relations whose target stands for an unnamed envoy of that country ("expelled the French ambassador"). */
const forUnnamedEnvoy = new WeakSet<RelOut>();
/** Persons read from a phrase that calls them a head of mission. */
const missionHeads = new WeakMap<Ctx, Set<Entity>>();

const HEAD_ROLE = /^(?:ambassadors?|envoys?|high commissioners?|top diplomats?)$/;

/** Whether a phrase is one unnamed head of mission ("the Canadian ambassador", "its envoy"). */
export function unnamedEnvoy(np: NounPhrase | undefined): boolean {
  return !!np && !np.entities.length && !np.deputy && HEAD_ROLE.test(np.head ?? '') && !/s$/.test(np.head!);
}

const ONE_DIPLOMAT =
  /^(?:ambassador|envoy|high commissioner|top diplomat|diplomat|official|representative|charg[ée] d['’]affaires|counsell?or|consul(?:[- ]general)?|attach[ée])$/;

/**
 * Whether a phrase is one unnamed diplomat of a country ("a senior UK diplomat", "a Japanese embassy official";
 * no deputy or acting one), whoever it heads: the person another clause names as acted on, when the
 * article names exactly one.
 */
export function oneUnnamedDiplomat(np: NounPhrase | undefined): boolean {
  return !!np && !np.entities.length && !np.possessed && !np.deputy && ONE_DIPLOMAT.test(np.head ?? '');
}

/** Notes what a phrase says of the persons it names: heads of a mission when its head says so. */
export function noteEnvoys(c: Ctx, np: NounPhrase | undefined, persons: Entity[]): void {
  if (!np || np.deputy || !HEAD_ROLE.test(np.head ?? '')) return;
  let set = missionHeads.get(c);
  if (!set) missionHeads.set(c, (set = new Set()));
  for (const p of persons) if (p.type === 'Person') set.add(p);
}

/** Relations whose target stands for one unnamed diplomat of that country, not a head of mission. */
const forUnnamedDiplomat = new WeakSet<RelOut>();

/** Relations to an envoy brought in by "a"/"another" ("expelled a German ambassador"): someone new. */
const forIndefinite = new WeakSet<RelOut>();

/**
 * Marks a relation made to the country of an unnamed envoy (of an unnamed diplomat: `headOfMission` false);
 * `np` in `c`, when given, tells an indefinite phrase ("a French ambassador"), which only the person the
 * same actor acts on in another clause can be.
 */
export function markUnnamedEnvoy(
  r: RelOut | undefined,
  headOfMission = true,
  c?: Ctx,
  np?: NounPhrase,
): void {
  if (!r) return;
  (headOfMission ? forUnnamedEnvoy : forUnnamedDiplomat).add(r);
  if (c && np && indefinite(c, np.start, np.end)) forIndefinite.add(r);
}

/** The state an envoy is posted to, when the article says it ("the German ambassador to Chad, X"). */
export function postedIn(c: Ctx, e: Entity | undefined): Entity | undefined {
  return e?.type === 'Person' && e.envoy?.target ? c.idx.countryEntity(e.envoy.target) : undefined;
}

const ACTS: Record<string, { actor: string; patient: string }> = {
  expulsion: { actor: 'expeller', patient: 'expelled' },
  summons: { actor: 'summoner', patient: 'summoned' },
  recall: { actor: 'recaller', patient: 'recalled' },
};

/** Whether a place is a state (a country the lexicon knows by its adjective), not a sea, region or city. */
export const isCountry = (name: string) => !!demonymOf(name) || Object.values(CAPITALS).includes(name);

export function headsMission(c: Ctx, p: Entity): boolean {
  if (/\b(?:deputy|acting|charg|vice)/i.test(p.title ?? '')) return false;
  if (missionHeads.get(c)?.has(p)) return true;
  // Named with a head-of-mission title ("Chinese Ambassador Xing Haiming"), never "Acting …" or "Deputy …".
  if (!HEAD_OF_MISSION_TITLE.test(p.title ?? '')) return false;
  return !namedLowerRank(c, p);
}

/** Whether a mention of the person is preceded by a lower or past rank ("Acting Ambassador X", "former envoy X"). */
function namedLowerRank(c: Ctx, p: Entity): boolean {
  return c.mentions.some(
    (m) =>
      m.entity === p &&
      /\b(?:acting|deputy|vice|former|charg\S*|interim)\s+(?:\S+\s+){0,3}$/i.test(
        c.work.slice(Math.max(0, m.start - 40), m.start),
      ),
  );
}

/**
 * Recalls whose clause recalls the recaller's own unnamed head of mission ("Norway said it was recalling
 * its ambassador to Chile"): the one person another clause of the same act names as recalled ("Ola Berg
 * was called home") is that head of mission, titled there or not.
 */
const recallsOfOwnHead = new WeakSet<EvOut>();

/** Marks a recall event read from a clause whose recalled is one unnamed own head of mission ("its ambassador"). */
export function markRecallOfOwnHead(e: EvOut | undefined): void {
  if (e) recallsOfOwnHead.add(e);
}

/**
 * The one person an act's events name as recalled, when one of them recalls an unnamed own head of
 * mission: a person with no other title than a head of mission's and never named with a lower rank.
 */
function recalledOwnHead(c: Ctx, group: EvOut[]): Entity | undefined {
  if (!group.some((e) => recallsOfOwnHead.has(e))) return undefined;
  const persons = new Set(
    group.flatMap((e) =>
      e.participants.filter((x) => x.role === 'recalled' && x.entity.type === 'Person').map((x) => x.entity),
    ),
  );
  if (persons.size !== 1) return undefined;
  const p = [...persons][0]!;
  if (p.title && !HEAD_OF_MISSION_TITLE.test(p.title)) return undefined;
  // Another state's envoy ("Iran's ambassador X") is no recaller's own.
  const recallers = group.flatMap((e) =>
    e.participants.filter((x) => x.role === 'recaller').map((x) => stateOf(c, x.entity).name),
  );
  if (p.envoy?.origin && !recallers.includes(p.envoy.origin)) return undefined;
  if (/\b(?:deputy|acting|charg|vice)/i.test(p.title ?? '') || namedLowerRank(c, p)) return undefined;
  return p;
}

const AT_EMBASSY =
  /^\s*,\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){1,4}(?:at|of|in)\s+the\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+(?:[Ee]mbassy|[Hh]igh [Cc]ommission|[Cc]onsulate)\b/u;

/**
 * The persons the article names as diplomats of a country: an envoy of that origin, or a person whose
 * apposition places them at its embassy ("Akira Yokochi, chief minister at the Japanese Embassy in China"),
 * only envoys for an unnamed head of mission.
 */
function diplomatsOf(c: Ctx, country: Entity, envoysOnly: boolean): Entity[] {
  if (country.type !== 'Place') return [];
  const out = new Set<Entity>();
  for (const m of c.mentions) {
    const p = m.entity;
    if (p.type !== 'Person' || out.has(p)) continue;
    if (p.envoy?.origin === country.name) out.add(p);
    if (envoysOnly) continue;
    const at = AT_EMBASSY.exec(c.work.slice(m.end, m.end + 120));
    if (at && demonymCountry(at[1]!) === country.name) out.add(p);
  }
  return [...out];
}

/** Retargets relations to unnamed envoys and adds the AMBASSADOR_TO that the acts imply. */
export function settleEnvoys(c: Ctx, events: EvOut[]): RelOut[] {
  const out: RelOut[] = [];
  for (const [type, roles] of Object.entries(ACTS)) {
    const evs = events.filter((e) => e.type === type);
    const named = new Set(
      evs.flatMap((e) =>
        e.participants
          .filter((p) => p.role === roles.patient && p.entity.type === 'Person')
          .map((p) => p.entity),
      ),
    );
    for (const e of evs)
      for (const r of e.relations) {
        const head = forUnnamedEnvoy.has(r);
        if (!head && !forUnnamedDiplomat.has(r)) continue;
        let fits = [...named].filter((p) => !p.envoy?.origin || p.envoy.origin === r.target.name);
        // "Mali also expelled a French ambassador" after Niger expelled X: a new envoy, unless the same
        // state acts on X ("summoned a senior UK diplomat. … Scott was summoned by India").
        if (forIndefinite.has(r)) {
          const by = stateOf(c, r.source);
          fits = fits.filter((p) =>
            evs.some(
              (x) =>
                x.participants.some((q) => q.entity === p && q.role === roles.patient) &&
                x.participants.some((q) => q.role === roles.actor && stateOf(c, q.entity) === by),
            ),
          );
        }
        // Nobody named as acted on: the one diplomat of that country the article names at all.
        else if (!named.size) fits = diplomatsOf(c, r.target, head);
        if (fits.length !== 1) continue;
        const p = fits[0]!;
        const origin = r.target;
        r.target = p;
        p.envoy = { origin: p.envoy?.origin ?? origin.name, target: p.envoy?.target };
        if (head) (missionHeads.get(c) ?? missionHeads.set(c, new Set()).get(c)!).add(p);
        const i = e.participants.findIndex((x) => x.entity === origin && x.role === roles.patient);
        if (i >= 0) e.participants.splice(i, 1);
        if (!e.participants.some((x) => x.entity === p))
          e.participants.push({ entity: p, role: roles.patient });
        // One act on one envoy: the clause that named the country and the one that named the person.
        const other = evs.find((x) => x !== e && x.participants.some((q) => q.entity === p));
        if (other?.key) e.key = other.key;
      }
    // The events one act makes (one key): their participants together.
    const groups = new Map<string | EvOut, EvOut[]>();
    for (const e of evs) groups.set(e.key ?? e, [...(groups.get(e.key ?? e) ?? []), e]);
    for (const group of groups.values()) {
      const e = group[0]!;
      const all = group.flatMap((x) => x.participants);
      const actors = all.filter((p) => p.role === roles.actor).map((p) => stateOf(c, p.entity));
      // Posted where they were recalled from, or in the state that expels or summons them.
      const where =
        type === 'recall'
          ? all.filter((p) => p.role === 'recalled-from' && !actors.includes(p.entity)).map((p) => p.entity)
          : actors.filter((a) => a.type === 'Place' && isCountry(a.name)).slice(0, 1);
      const seen = new Set<Entity>();
      const ownHead = type === 'recall' ? recalledOwnHead(c, group) : undefined;
      for (const p of all) {
        if (seen.has(p.entity)) continue;
        seen.add(p.entity);
        if (p.role !== roles.patient || p.entity.type !== 'Person') continue;
        if (p.entity !== ownHead && !headsMission(c, p.entity)) continue;
        if (p.entity.envoy?.target) continue;
        for (const w of where) {
          if (w.name === p.entity.envoy?.origin) continue;
          out.push({
            source: p.entity,
            type: 'AMBASSADOR_TO',
            // A capital recalled from stands for its country, named by its adjective only ("recalled from Hanoi").
            target: type === 'recall' ? postingState(c, w) : w,
            date: null,
            evidence: e.evidence.slice(0, 1),
            rule: 'events/envoys:acted-on-envoy',
          });
        }
      }
    }
  }
  return out;
}
