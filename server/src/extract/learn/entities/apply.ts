// The learned entities step at extraction time: right after the rules' entities (extract/index.ts), each
// candidate name the rules did not keep (candidates.ts) is scored once per type by the trained model
// (models/entities.json, `npm run train -- entities`); the best type at or above the model's threshold
// makes an entity of that type, credited to `learned/entities`, with a mention at every occurrence no
// kept (or newly added) mention overlaps. Ids follow the rules' scheme (`person:|organization:|place:` +
// slug of the name).
import { canonicalPlace, isCommonWord, isFirstName } from '../../lexicon.js';
import { slugify, span, type Sentence, type Token } from '../../text.js';
import type { Entity, EntityIndex, EntityType } from '../../entities/types.js';
import { CompiledModel, type LogisticModel } from '../logistic.js';
import model from '../models/entities.json' with { type: 'json' };
import { ENTITY_TYPES, findCandidates } from './candidates.js';

export const LEARNED_ENTITY_RULE = 'learned/entities';
const MODEL: LogisticModel = model;
/** The committed model, compiled once for the hot path. */
const COMPILED = new CompiledModel(MODEL);
/** typedFeatures(cand, type) for each type, scored without building its strings. */
const scorerOf = (c: CompiledModel) => c.crossedScorer(ENTITY_TYPES, ['any'], (type) => [type]);
const SCORE = scorerOf(COMPILED);
const PREFIX: Record<EntityType, string> = { Person: 'person', Organization: 'organization', Place: 'place' };

/**
 * A name of several words whose first is a common word that only opens its sentences or lines ("Officials
 * Brennick and …"): the word is the sentence's, as the rules read it (classification.ts), not the name's.
 */
function commonOpener(work: string, name: string, spans: readonly { start: number }[]): boolean {
  const first = name.split(' ')[0]!;
  return (
    first !== name &&
    isCommonWord(first) &&
    !isFirstName(first) &&
    spans.every((s) =>
      /(?:^|[.!?]["”’]?[^\S\n]+|\n[^\S\n]*)$/.test(work.slice(Math.max(0, s.start - 4), s.start)),
    )
  );
}

/** Adds the entities the model accepts to `idx` (entities, mentions) in place. */
export function learnedEntities(
  text: string,
  work: string,
  toks: Token[],
  sents: Sentence[],
  idx: EntityIndex,
  m: LogisticModel = MODEL,
  read?: readonly Token[][],
): Entity[] {
  const scorer = m === MODEL ? COMPILED : new CompiledModel(m);
  // An abstaining model (threshold over 1) takes nothing: no candidates to find or score.
  if (scorer.threshold > 1) return [];
  const score = m === MODEL ? SCORE : scorerOf(scorer);
  const scored = findCandidates(work, toks, sents, idx.entities, read)
    .map((cand) => {
      const probabilities = score(cand.features);
      let best = { type: ENTITY_TYPES[0]!, p: -1 };
      ENTITY_TYPES.forEach((type, k) => {
        if (probabilities[k]! > best.p) best = { type, p: probabilities[k]! };
      });
      return { cand, ...best };
    })
    .filter((s) => s.p >= scorer.threshold && !commonOpener(work, s.cand.name, s.cand.spans))
    .sort((a, b) => b.p - a.p || a.cand.spans[0]!.start - b.cand.spans[0]!.start);
  if (!scored.length) return [];
  const ids = new Set(idx.entities.map((e) => e.id));
  const taken: { start: number; end: number }[] = [];
  const added: Entity[] = [];
  for (const { cand, type } of scored) {
    const name = type === 'Place' ? canonicalPlace(cand.name) : cand.name;
    const id = `${PREFIX[type]}:${slugify(name)}`;
    if (ids.has(id)) continue;
    const spans = cand.spans.filter((s) => !taken.some((t) => t.start < s.end && t.end > s.start));
    if (!spans.length) continue;
    const e: Entity = {
      id,
      type,
      name,
      aliases: new Set(cand.name !== name ? [cand.name] : []),
      mentions: spans.map((s) => span(text, s.start, s.end)),
      rule: LEARNED_ENTITY_RULE,
    };
    ids.add(id);
    taken.push(...spans);
    added.push(e);
    idx.entities.push(e);
    for (const s of spans) idx.mentions.push({ start: s.start, end: s.end, entity: e });
  }
  if (added.length) {
    idx.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    const placeByName = idx.placeByName;
    const places = new Map(added.filter((e) => e.type === 'Place').map((e) => [e.name.toLowerCase(), e]));
    idx.placeByName = (n) => placeByName(n) ?? places.get(canonicalPlace(n).toLowerCase());
  }
  return added;
}
