// A leader who recalls envoys the text names only by their post, with no state as the subject ("President
// Bola Tinubu has recalled all Nigeria's ambassadors", "President X recalled France's ambassador to
// Niger"): the person recalls. Recallers are otherwise states (recalls-returns.ts); a person is taken only
// when the clause's subject is one person and its object an envoy phrase that names no one; "the
// ambassador" after a recall the article told is that recall, by its state.
import type { NounPhrase } from '../clauses/noun-phrase.js';
import { ENVOY_HEAD } from '../clauses/head-words.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { actorsOf } from './parties.js';

const TITLED_POST =
  /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*['’]s\s+|\p{Lu}\p{Ll}+\s+)?(?:Ambassador|High Commissioner|Envoy|Charg[ée] d['’]Affaires)(?=\s+(?:to|in|at)\s+(?:the\s+)?\p{Lu}|\s*[,.;]|\s+(?:on|last|for|over|after|with)\b)/u;

/** The one person the subject names, when the object is an unnamed envoy phrase. */
export function leaderRecaller(
  c: Ctx,
  actor: NounPhrase | undefined,
  patient: NounPhrase | undefined,
  at: number,
  end: number,
  last: Entity | undefined,
): Entity | undefined {
  if (!actor || actor.role || patient?.entities.length) return undefined;
  // "recalled Nigeria's High Commissioner to the UK": a capitalised post the phrase reader takes no head from.
  const titled = !patient && TITLED_POST.test(c.work.slice(end, end + 80));
  if (!titled && !(patient?.head && ENVOY_HEAD.test(patient.head))) return undefined;
  const people = actorsOf(c, actor, ['Person'], { at });
  if (people.length !== 1 || actor.entities.length !== 1) return undefined;
  // "President X decided to recall the ambassador" after "Algeria has recalled its ambassador": the
  // recall told already, by the state that made it.
  const definite =
    patient && !patient.owners.length && /\bthe\s+$/i.test(c.work.slice(patient.start - 4, patient.start));
  return definite && last ? last : people[0];
}
