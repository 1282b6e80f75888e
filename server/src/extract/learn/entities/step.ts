// The learned entities step, as `npm run train` sees it: per dev page, each candidate name the rules did
// not keep (candidates.ts) gives one example per type (Person, Organization, Place), labelled 1 when its
// normalised text is the name or an alias of a gold entity of that type that no kept entity already
// matches (what the scorer would count as a new true positive), else 0.
import type { AnnotationDocument } from '@dossier/model';
import { findBody } from '../../body.js';
import { mapEntities } from '../../eval/score.js';
import { isKnownAbbreviation, isKnownPlace } from '../../lexicon.js';
import { splitSentences, tokenize } from '../../text.js';
import type { Example } from '../logistic.js';
import type { ExtractResult } from '../../types.js';
import { ENTITY_TYPES, findCandidates, normKey, typedFeatures } from './candidates.js';

/** Gold names (and aliases) by type that the rules' entities leave unmatched. */
function unmatchedGold(document: AnnotationDocument, gold: AnnotationDocument): Map<string, Set<string>> {
  const matched = new Set(mapEntities(document, gold).values());
  const out = new Map<string, Set<string>>(ENTITY_TYPES.map((t) => [t, new Set<string>()]));
  for (const g of gold.entities)
    if (!matched.has(g.id)) for (const n of [g.name, ...g.aliases]) out.get(g.type)?.add(normKey(n));
  return out;
}

/** The rules' view of a page again: body, masked text, sentences and tokens, as extractArticle forms them. */
export function pageTokens(text: string, title: string) {
  const { body, work } = findBody(text, title);
  const { sents } = splitSentences(work, body.start, body.end);
  const toks = tokenize(work, body.start, body.end, isKnownPlace, isKnownAbbreviation);
  return { body, work, sents, toks };
}

/** A training page as steps.ts hands it over (declared here so that steps.ts alone imports this file). */
interface Page {
  id: string;
  result: ExtractResult;
  gold: AnnotationDocument;
}
interface Point {
  threshold: number;
  predicted: number;
  truePositives: number;
}

export function entityExamples(page: Page): Example[] {
  const { document } = page.result;
  const { work, sents, toks } = pageTokens(page.result.text, document.article.title);
  const gold = unmatchedGold(document, page.gold);
  const out: Example[] = [];
  for (const cand of findCandidates(work, toks, sents, document.entities))
    for (const type of ENTITY_TYPES)
      out.push({
        features: typedFeatures(cand, type),
        label: gold.get(type)!.has(cand.key) ? 1 : 0,
        group: page.id,
      });
  return out;
}

/**
 * The threshold that adds the most true positives net of false ones, counting a false positive as
 * COST_OF_EXTRA true ones: an added name pays for the entity F1 (about 0.9) only when its precision is
 * above about one half, and a wrong entity also draws quotations and relations to itself. When no
 * threshold gains (every point of the out-of-fold curve adds more cost than right names), the step
 * abstains: NEVER, a threshold no probability reaches.
 */
const COST_OF_EXTRA = 1.5;
export const NEVER = 1.01;
export function chooseEntityThreshold(curve: readonly Point[]): number {
  const gain = (q: Point) => q.truePositives - COST_OF_EXTRA * (q.predicted - q.truePositives);
  let best: Point | undefined;
  for (const p of curve) if (gain(p) > 0 && (!best || gain(p) > gain(best))) best = p;
  return best?.threshold ?? NEVER;
}

export const ENTITIES_ABOUT =
  'whether a capitalised name the rules did not keep is a Person, Organization or Place (one example per type)';
