// The receiving state of an envoy whose sentence does not name it ("Russia's ambassador Ivan Petrov
// was summoned", "the Chinese envoy, Li Wei, was told to leave" in an article about Canada expelling
// him), read from the structure of the article once its events are found. A head of mission (an
// ambassador, envoy or high commissioner; no deputy, chargé or acting head) with no posting found by
// any other rule is AMBASSADOR_TO, by the first rule that gives exactly one state other than his own:
// - `leaves-country`: the country he leaves or is told to leave ("X would leave Lithuania"; "to leave
//   the country": the one host state below, else the dateline's);
// - `acting-state` (his origin known): the one state that summons or expels envoys in the article or
//   that an envoy is recalled from; `acted-on-by-name` (origin unknown): the one that does so to him by
//   name, never a state that recalls (it sends), since an envoy merely mentioned may be the host's own;
// - `in-capital`: a capital his sentence places him in ("summoned to the ministry in Warsaw"), before
//   `acting-state` when it names one state;
// - `dateline`: the country of the place the article is dated from ("WARSAW, May 2 (Agency) –");
// - `principal-state` (his origin known, last): the one other state the article is about (principal-states.ts).
// The evidence is the sentence that names him as an envoy (or that he leaves from).
import type { Ctx } from '../context.js';
import type { Entity, Mention } from '../entities/index.js';
import { CAPITALS, demonymCountry } from '../lexicon.js';
import {
  HEAD_OF_MISSION,
  HEAD_OF_MISSION_CASED,
  HEAD_OF_MISSION_TITLE,
  IN_POST_BEFORE_HEAD,
  NOT_HEAD_OF_MISSION,
} from '../role-nouns.js';
import type { Sentence } from '../text.js';
import { postingState } from '../relations/envoys.js';
import { countryOf, datelineState } from './dateline-place.js';
import { ceremonyEnvoys } from './ceremony-envoys.js';
import { headsMission } from './envoys.js';
import { namedHost, placedHere, unnamedPostings } from './envoy-postings.js';
import { principalOtherState, titledOrigin } from './principal-states.js';
import type { EvOut, RelOut } from './types.js';

/** Who acts on an envoy in each kind of event (the host), and who is acted on. */
const HOSTS: Record<string, { actor: string; patient: string }> = {
  summons: { actor: 'summoner', patient: 'summoned' },
  expulsion: { actor: 'expeller', patient: 'expelled' },
};

/** The country before the title: "Russia's ambassador", "the Chinese envoy", "UK High Commissioner". */
const ORIGIN_BEFORE = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?:['’]s)?\s+${IN_POST_BEFORE_HEAD}${HEAD_OF_MISSION_CASED}\s*,?\s*$`,
  'u',
);

/** Words that make a title no head of mission's: "deputy UK high commissioner", "special envoy". */
const NOT_HEAD = new RegExp(String.raw`\b${NOT_HEAD_OF_MISSION}\s+(?:\S+\s+){0,3}$`, 'i');
/** A head-of-mission title right before a name: "UK High Commissioner Jane Doe", "the envoy, Li Wei". */
const TITLE_RIGHT_BEFORE = new RegExp(String.raw`\b${HEAD_OF_MISSION}\s*,?\s*$`, 'i');

/** Whether the text names the person with a head-of-mission title that no deputy or former one qualifies. */
function titledHead(c: Ctx, m: Mention): boolean {
  const lead = c.work.slice(Math.max(0, m.start - 60), m.start);
  const t = TITLE_RIGHT_BEFORE.exec(lead);
  return !!t && !NOT_HEAD.test(lead.slice(0, t.index));
}

/** The mention that names a person as an envoy: a head-of-mission title within a few words before it. */
function titledMention(c: Ctx, p: Entity): Mention | undefined {
  const ms = c.mentions.filter((m) => m.entity === p && !m.nominal);
  return (
    ms.find((m) => HEAD_OF_MISSION_TITLE.test(c.work.slice(Math.max(0, m.start - 45), m.start))) ??
    ms.find((m) => HEAD_OF_MISSION_TITLE.test(c.work.slice(m.end, m.end + 60)))
  );
}

/** The envoy's own state: as the entity step read it, or the country named before the title. */
function originOf(c: Ctx, p: Entity, m: Mention): string | undefined {
  if (p.envoy?.origin) return p.envoy.origin;
  if (p.nationality) return p.nationality;
  const before = ORIGIN_BEFORE.exec(c.work.slice(Math.max(0, m.start - 60), m.start));
  if (!before) return undefined;
  const w = before[1]!;
  return demonymCountry(w) ?? demonymCountry(w.split(/\s+/).pop()!) ?? demonymCountry(w.split(/\s+/)[0]!);
}

/** An envoy who leaves (or is told to leave) a country: "X would leave Lithuania", "ordered X to leave the country". */
const LEAVES = /^[^.;:]{0,30}?\b(?:leave|depart(?:\s+from)?)\s+(?:(the\s+country)\b|(?=\p{Lu}))/u;

/** The state an envoy named at `m` leaves: a country or capital named right after, or "the country" (`host`). */
function leaves(c: Ctx, m: Mention, host: Entity | undefined): Entity | undefined {
  const l = LEAVES.exec(c.work.slice(m.end, m.end + 70));
  if (!l) return undefined;
  if (l[1]) return host;
  const at = m.end + l[0].length;
  const place = c.mentions.find((x) => x.start === at && x.entity.type === 'Place');
  return place && countryOf(c, postingState(c, place.entity));
}

/** The countries of the capitals a sentence names after "in" ("summoned to the ministry in Warsaw"). */
function capitalsIn(c: Ctx, s: Sentence): Entity[] {
  const out = new Set<Entity>();
  for (const m of c.inRange(s.start, s.end, ['Place'])) {
    if (!CAPITALS[m.entity.name.toLowerCase()] || !/\b[Ii]n\s+$/.test(c.work.slice(m.start - 4, m.start)))
      continue;
    if (c.inQuote(m.start)) continue;
    const state = countryOf(c, postingState(c, m.entity));
    if (state) out.add(state);
  }
  return [...out];
}

/** AMBASSADOR_TO the host state for envoys whose posting no rule found; `known` are the relations so far. */
export function envoyHosts(c: Ctx, events: EvOut[], known: RelOut[]): RelOut[] {
  // Envoys of a credentials ceremony first: posted where the ceremony is (ceremony-envoys.ts).
  const out: RelOut[] = ceremonyEnvoys(c, events, known);
  const posted = new Set([...known, ...out].filter((r) => r.type === 'AMBASSADOR_TO').map((r) => r.source));
  const hosts = new Set<Entity>();
  const senders = new Set<Entity>();
  const actedOn = new Map<Entity, Set<Entity>>();
  const recalledBy = new Map<Entity, string>();
  const note = (p: Entity, host: Entity) => actedOn.set(p, (actedOn.get(p) ?? new Set()).add(host));
  for (const e of events) {
    const roles = HOSTS[e.type];
    if (roles) {
      const actors = e.participants.filter((x) => x.role === roles.actor).map((x) => countryOf(c, x.entity));
      for (const a of actors) if (a) hosts.add(a);
      for (const x of e.participants)
        if (x.role === roles.patient) for (const a of actors) if (a) note(x.entity, a);
    } else if (e.type === 'recall') {
      const from = e.participants
        .filter((x) => x.role === 'recalled-from')
        .map((x) => countryOf(c, x.entity));
      for (const f of from) if (f) hosts.add(f);
      for (const x of e.participants) {
        if (x.role === 'recaller') {
          const s = countryOf(c, x.entity);
          if (s) senders.add(s);
        }
        if (x.role !== 'recalled') continue;
        for (const f of from) if (f) note(x.entity, f);
        // Recalled by a state: that state's envoy.
        const by = e.participants.find((y) => y.role === 'recaller');
        const state = by && countryOf(c, by.entity);
        if (state) recalledBy.set(x.entity, state.name);
      }
    }
  }
  let dl: Entity | undefined | null = null;
  const dateline = () => (dl === null ? (dl = datelineState(c)) : dl);
  // Heads of mission with no posting found, each by the mention that titles them.
  const heads = c.idx.entities.flatMap((p) => {
    if (p.type !== 'Person' || posted.has(p) || p.envoy?.target) return [];
    const m = titledMention(c, p);
    const s = m && c.sentenceAt(m.start);
    if (!m || !s || c.inQuote(m.start) || !(headsMission(c, p) || titledHead(c, m) || titledOrigin(c, p)))
      return [];
    return [{ p, m, s }];
  });
  for (const { p, m, s } of heads) {
    const origin = originOf(c, p, m) ?? recalledBy.get(p);
    const only = hosts.size === 1 ? [...hosts][0] : undefined;
    const left = c.mentions
      .filter((x) => x.entity === p && !x.nominal && !c.inQuote(x.start))
      .map((x) => ({ x, state: leaves(c, x, only ?? dateline()) }))
      .find((y) => y.state && y.state.name !== origin);
    if (left) {
      const ls = c.sentenceAt(left.x.start)!;
      out.push({
        source: p,
        type: 'AMBASSADOR_TO',
        target: left.state!,
        date: null,
        evidence: [c.evidence(ls)],
        rule: 'events/envoy-hosts:leaves-country',
      });
      continue;
    }
    let fits: Entity[];
    let rule: string;
    const named = namedHost(c, p);
    // A capital his own sentence places him in outweighs the states acting elsewhere in the article.
    const capitals = origin ? capitalsIn(c, s).filter((h) => h.name !== origin) : [];
    if (named && named.name !== origin) {
      fits = [named];
      rule = 'events/envoy-hosts:host-country';
    } else if (capitals.length === 1) {
      fits = capitals;
      rule = 'events/envoy-hosts:in-capital';
    } else if (origin) {
      fits = [...hosts].filter((h) => h.name !== origin);
      rule = 'events/envoy-hosts:acting-state';
    } else {
      fits = [...(actedOn.get(p) ?? [])].filter((h) => !senders.has(h));
      rule = 'events/envoy-hosts:acted-on-by-name';
    }
    if (!fits.length && origin) {
      fits = capitalsIn(c, s).filter((h) => h.name !== origin);
      rule = 'events/envoy-hosts:in-capital';
    }
    if (!fits.length && origin) {
      const at = dateline();
      fits = at && at.name !== origin ? [at] : [];
      rule = 'events/envoy-hosts:dateline';
    }
    if (!fits.length && !origin && placedHere(c, p)) {
      const at = dateline();
      fits = at ? [at] : [];
      rule = 'events/envoy-hosts:here';
    }
    // The one posting the article gives an unnamed envoy, for the one head of mission it names.
    if (!fits.length && heads.length === 1) {
      const states = unnamedPostings(c)
        .filter((x) => !origin || !x.origin || x.origin === origin)
        .map((x) => x.state)
        .filter((x) => x.name !== origin);
      fits = [...new Set(states)];
      rule = 'events/envoy-hosts:posting-named-before';
    }
    // The one other state the article is about, for an envoy whose title right before his name gives his own.
    const own = !fits.length ? titledOrigin(c, p) : undefined;
    if (own && (!origin || origin === own)) {
      const other = principalOtherState(c, own, p);
      fits = other ? [other] : [];
      rule = 'events/envoy-hosts:principal-state';
    }
    if (fits.length !== 1) continue;
    out.push({
      source: p,
      type: 'AMBASSADOR_TO',
      target: fits[0]!,
      date: null,
      evidence: [c.evidence(s)],
      rule,
    });
  }
  return out;
}
