// The states of a plural body that expels as the subject: "The foreign ministries of Latvia, Lithuania and
// Estonia announced the expulsion of …", "Authorities in Sweden and Norway expelled …", "The governments of
// A and B declared …". Each state listed is an expeller (one expulsion each), not only the last one the
// subject reader finds after "in", nor none when the subject's head is a lower-case plural body.
import { listAfter } from '../clauses/mention-lists.js';
import type { Entity } from '../entities/index.js';
import { isCountry } from './envoys.js';
import type { RuleHit } from './hit.js';
import { stateOf } from './parties.js';

/** A plural body of several states opening the clause, right before its first state. */
const BODIES =
  /(?:^|[,;:]\s*|\b(?:that|and)\s+)(?:(?:[Tt]he|[Tt]heir)\s+)?(?:(?:[Ff]oreign|[Ii]nterior|[Ff]oreign [Aa]ffairs)\s+)?(?:[Mm]inistries|[Mm]inisters|[Gg]overnments|[Aa]uthorities|[Oo]fficials|[Ll]eaders)\s+(?:of|in|from)\s+(?:the\s+)?$/;

/** Between the list and the trigger: auxiliaries, adverbs, a date, "announced (the)", "decided to". */
const TO_VERB =
  /^\s*(?:(?:have|has|had|are|were|will|would|also|jointly|all|each|both|simultaneously|on\s+\p{Lu}\p{Ll}+|this\s+week|announced|decided\s+to|said\s+they\s+would|the)\s+)*$/u;

/** The states of such a subject, when it lists two or more; else nothing. */
export function bodiesOfStates(h: RuleHit): Entity[] {
  const { c, s, at } = h;
  const first = c
    .inRange(s.start, at, ['Place'], true)
    .find((m) => BODIES.test(c.work.slice(s.start, m.start)));
  if (!first) return [];
  const items = listAfter(c, first, at);
  const last = items[items.length - 1]!;
  if (!TO_VERB.test(c.work.slice(last.end, at))) return [];
  const states = [...new Set(items.map((m) => stateOf(c, m.entity)))].filter((e) => isCountry(e.name));
  return states.length >= 2 ? states : [];
}
