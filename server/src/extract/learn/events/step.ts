// The learned event step at run time (rule id `learned/events`): after the event rules, each body sentence
// that names an entity is scored for each event type the model knows and of which the rules made no event
// in the article; at or above the model's threshold it becomes an event of that type with the sentence as
// evidence.
// Its parties are read as the rules read them (clauseOf, actorsOf, entitiesOf) from the clause of a
// trigger, a word of the sentence that weighs for the type (verbs first, heaviest first, the first whose
// clause names someone): who acts and who is acted on, with the roles the rules give that type; else
// every entity the sentence names, acting when it stands before the trigger. A place after "in" or "at"
// is where the event happens, no party; a meeting needs two parties. Events of one type with compatible
// dates take the first one's key, so the merge in extract/index.ts makes them one (an article that tells a
// meeting tells it several times). The step adds no relations: the relations of a sentence are the
// relation rules' and the pairs step's business.
import { isVerb, type Ctx } from '../../context.js';
import type { Entity } from '../../entities/index.js';
import { ANY, actorsOf, clauseOf, entitiesOf } from '../../events/parties.js';
import { RuleHit, type EventRule } from '../../events/hit.js';
import type { EvOut } from '../../events/index.js';
import type { Sentence } from '../../text.js';
import { CompiledModel, type LogisticModel } from '../logistic.js';
import MODEL from '../models/events.json' with { type: 'json' };
import { namesAnEntity, sentenceFeatures, typesNotFound, type LearnedEventType } from './features.js';
import { viewOfCtx } from './view.js';

/** The committed model, compiled once for the hot path. */
const COMPILED = new CompiledModel(MODEL);

export const RULE_ID = 'learned/events';

/** The roles of who acts and who is acted on, per type, as the event rules name them. */
const ROLES: Record<LearnedEventType, [string, string | null]> = {
  meeting: ['participant', 'participant'],
  expulsion: ['expeller', 'expelled'],
  summons: ['summoner', 'summoned'],
  recall: ['recaller', 'recalled'],
  sanction: ['sanctioner', 'sanctioned'],
  visit: ['visitor', 'host'],
  arrival: ['traveller', null],
  interview: ['interviewee', 'interviewer'],
};

/**
 * Types the rules read in a sentence that rule the learned type out of it: a sentence telling a phone
 * call, a letter or an interview tells how two sides spoke, so it is no meeting of theirs as well.
 */
const RIVALS: Partial<Record<LearnedEventType, readonly string[]>> = {
  meeting: ['phone-call', 'letter', 'interview'],
};

const dateCompatible = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);

/** The events the model finds where the rules found none of the type, in sentence order. */
export function learnedEvents(c: Ctx, events: readonly EvOut[], model: LogisticModel = MODEL): EvOut[] {
  const scorer = model === MODEL ? COMPILED : new CompiledModel(model);
  const view = viewOfCtx(c, events);
  const out: EvOut[] = [];
  // The candidate types are the article's (those the rules found none of); a sentence is a candidate for
  // all of them when it names an entity (candidateTypes), so the scorer is prepared once per article.
  const types = typesNotFound(view);
  if (!types.length) return out;
  const score = scorer.crossedScorer(types, [], (type) => [`${type}|bias`]);
  view.sentences.forEach((s, si) => {
    if (!namesAnEntity(view, si)) return;
    const { features, words } = sentenceFeatures(view, si);
    const probabilities = score(features);
    const ruled = view.ruleEvents.filter((e) => e.evidence.some((v) => v.start < s.end && v.end > s.start));
    for (const [k, type] of types.entries()) {
      if (probabilities[k]! < scorer.threshold) continue;
      if (ruled.some((e) => RIVALS[type]?.includes(e.type))) continue;
      const rule: EventRule = { id: RULE_ID, type, re: /(?!)/g, run: () => undefined };
      // Trigger words: those that weigh for the type, verbs first, heaviest first.
      const triggers = words
        .map(([w, at, len]) => ({
          at,
          end: at + len,
          weight: scorer.weight(`${type}|w:${w}`),
          verb: isVerb(c.work.slice(at, at + len).toLowerCase()),
        }))
        .filter((t) => t.weight > 0)
        .sort((x, y) => Number(y.verb) - Number(x.verb) || y.weight - x.weight);
      let hit: RuleHit | undefined;
      let participants: EvOut['participants'] = [];
      for (const t of triggers) {
        hit = new RuleHit(c, s, t.at, t.end, rule);
        participants = standing(c, s, type, clauseParties(hit, type));
        if (participants.length) break;
      }
      // No clause read: what the sentence names, acting before the first trigger, acted on after it.
      if (!participants.length) {
        hit = new RuleHit(c, s, triggers[0]?.at ?? s.start, triggers[0]?.end ?? s.start, rule);
        participants = standing(c, s, type, sideParties(hit, type));
      }
      if (!hit || !participants.length) continue;
      const e = hit.event({ participants, main: participants[0]!.entity });
      // Another sentence of the type with a compatible date tells the same event again.
      const same = out.find((x) => x.type === type && dateCompatible(x.date, e.date));
      if (same) e.key = same.key ?? same.main.id;
      out.push(e);
    }
  });
  return out;
}

const adder = (parties: EvOut['participants']) => (e: Entity, role: string) => {
  if (!parties.some((p) => p.entity === e)) parties.push({ entity: e, role });
};

/** A place after "in" or "at" is where the event happens, not a party to it ("talks in Tianjin"). */
function whereItHappens(c: Ctx, s: Sentence, e: Entity): boolean {
  if (e.type !== 'Place') return false;
  return c
    .inRange(s.start, s.end, ['Place'])
    .some(
      (m) =>
        m.entity === e &&
        /\b(?:in|at)\s+(?:the\s+)?$/.test(c.work.slice(Math.max(s.start, m.start - 12), m.start)),
    );
}

/** Parties the event can stand on: no place it happens in; a meeting needs two sides. */
function standing(c: Ctx, s: Sentence, type: LearnedEventType, parties: EvOut['participants']) {
  const kept = parties.filter((p) => !whereItHappens(c, s, p.entity));
  return type === 'meeting' && kept.length < 2 ? [] : kept;
}

/** Who acts and who is acted on in the trigger's clause, with the type's roles. */
function clauseParties(h: RuleHit, type: LearnedEventType): EvOut['participants'] {
  const { c, s, at } = h;
  const [actorRole, patientRole] = ROLES[type];
  const parties: EvOut['participants'] = [];
  const add = adder(parties);
  const cl = clauseOf(h, ANY);
  for (const e of actorsOf(c, cl.actor, ANY, { at })) add(e, actorRole);
  if (patientRole) for (const e of entitiesOf(c, cl.patient, ANY, { at })) add(e, patientRole);
  // An actor but no object read ("ordered X out"): what the sentence names after the trigger.
  if (patientRole && parties.length && parties.every((p) => p.role === actorRole))
    for (const m of c.inRange(h.end, s.end, ANY)) add(m.entity, patientRole);
  return parties;
}

/** Every entity the sentence names: acting before the trigger, acted on after it. */
function sideParties(h: RuleHit, type: LearnedEventType): EvOut['participants'] {
  const [actorRole, patientRole] = ROLES[type];
  const parties: EvOut['participants'] = [];
  const add = adder(parties);
  for (const m of h.c.inRange(h.s.start, h.s.end, ANY))
    add(m.entity, m.start < h.at || !patientRole ? actorRole : patientRole);
  return parties;
}
