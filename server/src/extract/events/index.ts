// Events from trigger words in each sentence (outside quotations), one file per family of rules.
// Participants and their roles come from the entities around the trigger (the subject before it, the
// object after it, places after "from", "for", "to", "in", "at"); the date is the date expression nearest
// the trigger (RuleHit fills date and evidence). Each event carries the typed relations it implies.
// Events of the same type with the same main participant and compatible dates are merged later.
//
// The order of RULES matters: the matches of one sentence are visited rule by rule in this order, and some
// rules carry state to later ones within an article (the last expelling state, the last sanctions event).
import type { Ctx } from '../context.js';
import type { Quote } from '../quotes/find.js';
import type { Entity } from '../entities/index.js';
import { matchesOf } from '../regex-matches.js';
import { indexAt } from '../text.js';
import { appointment, inauguration, inPostSince } from './appointments.js';
import { aid, annexation, invasion, jailing } from './conflict-aid.js';
import { askedToLeave, expulsion } from './expulsions.js';
import { expulsionFollower, similarMove } from './expulsion-followers.js';
import { expulsionTally } from './expulsion-tallies.js';
import { expulsionRoundUp } from './expulsion-round-ups.js';
import { expelledLines, expelledList } from './expelled-lists.js';
import { expelledAlongWith, expelledPeopleListed } from './expelled-people.js';
import { expellerList } from './expeller-lists.js';
import { withoutBuildingTravel } from './building-travel.js';
import { settleEnvoys } from './envoys.js';
import { withoutSummonsMeetings, withoutSummonsNotes } from './summons.js';
import { type EventRule, mayMatch, RuleHit } from './hit.js';
import { interview, letter, speech } from './letters-interviews.js';
import { credentials } from './meetings-calls.js';
import { credentialsListed } from './credential-lists.js';
import { credentialRoster } from './credential-rosters.js';
import { welcomedEnvoys } from './credential-welcomes.js';
import { phoneCall } from './phone-calls.js';
import { phoneCallAnaphora } from './phone-call-anaphora.js';
import { meeting } from './meetings.js';
import { frontedMeeting } from './meeting-fronted.js';
import { heldGapMeeting } from './meeting-held-adverbials.js';
import { greeting } from './meeting-greetings.js';
import { personVisit } from './meeting-visits.js';
import { visitPersonIn } from './visit-host-place.js';
import { summit } from './summits.js';
import { hostedGathering } from './hosted-gatherings.js';
import { listedParticipants } from './meeting-participant-lists.js';
import { arrival, departure, recall, returnHome, visit } from './recalls-returns.js';
import { reachedPlace, stayIn, travelledTo, visitOf } from './arrivals-visits.js';
import { visitUnknownPlace } from './visit-unknown-places.js';
import { firstToVisit } from './visit-firsts.js';
import { arrivalPhrase } from './arrival-phrases.js';
import { sanctionList } from './sanction-lists.js';
import { sanctionedFollowing, sanctionedGroupNamed, sanctionLines } from './sanction-lines.js';
import { sanctionedAnaphora } from './sanction-anaphora.js';
import { sanctionRun } from './sanction-runs.js';
import { sanctionedGroupListed } from './sanction-group-lists.js';
import { sanctionDashLine } from './sanction-dash-lines.js';
import { sanctionReferred } from './sanction-referred.js';
import { sanction } from './sanctions.js';
import { statement } from './statements.js';
import { summons } from './summons.js';
import { handedSummons } from './summons-handed.js';
import { calledInSummons } from './summons-called.js';
import type { EvOut } from './types.js';

export type { EventRule } from './hit.js';
export type { EvOut, RelOut } from './types.js';

/** Every event rule, in the order they are tried within a sentence. */
export const RULES: readonly EventRule[] = [
  recall,
  returnHome,
  departure,
  arrival,
  arrivalPhrase,
  reachedPlace,
  travelledTo,
  heldGapMeeting,
  meeting,
  frontedMeeting,
  greeting,
  personVisit,
  visitPersonIn,
  summit,
  hostedGathering,
  listedParticipants,
  expulsion,
  expulsionFollower,
  expulsionTally,
  similarMove,
  expulsionRoundUp,
  expelledList,
  expelledLines,
  expelledPeopleListed,
  expelledAlongWith,
  expellerList,
  appointment,
  inPostSince,
  sanction,
  sanctionList,
  sanctionLines,
  sanctionRun,
  sanctionDashLine,
  sanctionedAnaphora,
  sanctionedGroupNamed,
  sanctionedFollowing,
  sanctionedGroupListed,
  sanctionReferred,
  letter,
  interview,
  invasion,
  annexation,
  jailing,
  aid,
  askedToLeave,
  statement,
  summons,
  handedSummons,
  calledInSummons,
  visit,
  visitOf,
  visitUnknownPlace,
  firstToVisit,
  stayIn,
  phoneCall,
  phoneCallAnaphora,
  credentials,
  welcomedEnvoys,
  credentialsListed,
  credentialRoster,
  inauguration,
  speech,
];

const NEG =
  /\b(?:not|never|didn['’]t|did not|held back on|refused to|declined to|without|no plans to|ruled out)\s+(?:\S+\s+){0,2}$/i;
const TRAVEL = /^(?:RETURNED_TO|DEPARTED_FROM|DEPARTED_FOR|ARRIVED_IN|LEFT)$/;

export function findEvents(c: Ctx): EvOut[] {
  const out: EvOut[] = [];
  if (!c.sents.length) return out;
  // Each rule's regex runs once over the body (unless its guard, EventRule.guard, rules it out, or the
  // earlier rule it goes on from, EventRule.after, had no match); matches are visited sentence by sentence,
  // rule by rule.
  const from = c.sents[0]!.start;
  const to = c.sents[c.sents.length - 1]!.end;
  const seg = c.work.slice(from, to);
  const hits: { si: number; ri: number; at: number; end: number }[] = [];
  let segLower: string | undefined;
  const lower = () => (segLower ??= seg.toLowerCase());
  const matched = new Set<string>();
  RULES.forEach((rule, ri) => {
    rule.re.lastIndex = 0;
    if (!mayMatch(rule, seg, lower) || (rule.after && !rule.after.some((id) => matched.has(id)))) return;
    for (const m of matchesOf(rule.re, seg)) {
      const at = from + m.index;
      const end = at + m[0].length;
      const si = indexAt(c.sents, at);
      if (si < 0 || end > c.sents[si]!.end) continue;
      hits.push({ si, ri, at, end });
      matched.add(rule.id);
    }
  });
  hits.sort((x, y) => x.si - y.si || x.ri - y.ri || x.at - y.at);
  // (Facts of a quotation and of a sentence, read once however many hits fall in them.)
  const firstPersonOf = new Map<Quote, boolean>();
  const notYetOf = new Map<number, boolean>();
  const firstPersonIn = (q: Quote) => {
    let fp = firstPersonOf.get(q);
    if (fp === undefined)
      firstPersonOf.set(q, (fp = /\b(?:I|we|We|my|My|our|Our|me|us)\b/.test(c.work.slice(q.start, q.end))));
    return fp;
  };
  for (const { si, ri, at, end } of hits) {
    const s = c.sents[si]!;
    // Inside a quotation only reported third-person facts count ("on March 20, the ambassador is leaving").
    // (Quote marks around the trigger alone are scare quotes: "Rwanda ‘expelled’ a German ambassador".)
    const q0 = c.quoteAt(at);
    const q = q0 && q0.start >= at && q0.end <= end ? undefined : q0;
    // A quotation in the first person counts only when its speaker is known: then "I"/"we" is a party.
    const firstPerson = !!q && firstPersonIn(q);
    if (firstPerson && !q.speaker) continue;
    const speakers = firstPerson ? speakerSides(c, q.speaker!) : [];
    if (NEG.test(c.work.slice(Math.max(s.start, at - 30), at))) continue;
    const hit = new RuleHit(c, s, at, end, RULES[ri]!);
    c.scope = q;
    RULES[ri]!.run(hit);
    c.scope = undefined;
    let notYet = false;
    if (hit.made.length) {
      let ny = notYetOf.get(si);
      if (ny === undefined)
        notYetOf.set(
          si,
          (ny = /\b(?:not yet|has not been|have not been|yet to)\b/.test(c.work.slice(s.start, s.end))),
        );
      notYet = ny;
    }
    for (const e of hit.made) {
      // Not (yet) happened: the event stays, its travel relations do not.
      if (notYet) e.relations = e.relations.filter((r) => !TRAVEL.test(r.type));
      // An event read inside a quotation needs a participant named inside it.
      if (
        q &&
        !e.participants.some((p) =>
          c.idx.mentions.some((m) => m.start >= q.start && m.end <= q.end && m.entity === p.entity),
        )
      )
        continue;
      // In the first person, the speaker (or the speaker's state) takes part.
      if (firstPerson && !e.participants.some((p) => speakers.includes(p.entity))) continue;
      out.push(e);
    }
    if (hit.made.length) hit.made[0]!.relations.push(...hit.loose);
    else
      for (const r of hit.loose)
        out.push({
          type: '',
          date: null,
          participants: [],
          evidence: [],
          relations: [r],
          main: r.source,
          rule: r.rule,
        });
  }
  settleKeys(out);
  for (const r of settleEnvoys(c, out))
    out.push({
      type: '',
      date: null,
      participants: [],
      evidence: [],
      relations: [r],
      main: r.source,
      rule: r.rule,
    });
  return withoutBuildingTravel(withoutSummonsNotes(withoutSummonsMeetings(out)));
}

/** The speaker of a quotation and the state a speaking person belongs to: who "I" and "we" are. */
function speakerSides(c: Ctx, speaker: Entity): Entity[] {
  const country =
    speaker.type === 'Person' && speaker.nationality ? c.idx.countryEntity(speaker.nationality) : undefined;
  return country ? [speaker, country] : [speaker];
}

/**
 * An event whose key leaves a side open ("Serbia expels diplomats": `expulsion:serbia>?`; "the
 * ambassador was recalled": `recall:?>…`) is the one event of its type that the article specifies with
 * the same known side or a shared participant, when there is exactly one.
 */
export function settleKeys(events: EvOut[]): void {
  // A key is `<type>:<actor side>><patient side>`; the sides are entity ids (which hold ':' too), '*' or '?'.
  const parse = (key: string) => {
    const rest = key.slice(key.indexOf(':') + 1);
    const gt = rest.indexOf('>');
    return { a: rest.slice(0, gt), b: rest.slice(gt + 1) };
  };
  for (const e of events) {
    if (!e.key) continue;
    const k = parse(e.key);
    if (k.a !== '?' && k.b !== '?') continue;
    const parts = new Set(e.participants.map((p) => p.entity));
    const fits = new Set(
      events
        .filter((x) => x !== e && x.type === e.type && x.key)
        .filter((x) => {
          const { a, b } = parse(x.key!);
          if (a === '?') return false;
          if (k.a === '?') return x.participants.some((p) => parts.has(p.entity));
          if (b === '?') return false;
          return (k.a === a || a === '*') && (k.b === '?' || k.b === b);
        })
        .map((x) => x.key!),
    );
    if (fits.size === 1) e.key = [...fits][0];
  }
}
