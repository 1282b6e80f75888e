// Entity resolution across articles (pure): decides, for each entity an extractor found in a new article,
// whether it is a node the graph already holds, and rewrites the document to use that node's id.
//   names.ts    how names compare (normalized strings, a person's name proper, role phrases)
//   periods.ts  how dates compare (a role phrase joins a node only within its period)
//   rules.ts    the rules in order (same id, exact name, alias, surname, role phrase) and the kept
//               decision of an article loaded before
//   rewrite.ts  the document rewritten with the node ids, and the notes each merge leaves on its node
// Every merge of a different id is kept as a note on the node (`resolution`), written in the article's
// transaction and retracted with it.
import type { AnnotatedEntity, AnnotationDocument } from '@dossier/model';
import { normalizeName, personName, ROLE_WORDS, words } from './names.js';
import { rewriteDocument, type ResolutionOutcome } from './rewrite.js';
import { decide, keptDecision, type Decision, type LocalPerson } from './rules.js';
import type { ExistingEntity, PreviousResolution } from './types.js';

export { givenNamesCompatible, isRolePhrase, normalizeName, personName } from './names.js';
export { dateBounds, dateRange, entityDates, ROLE_WINDOW_YEARS } from './periods.js';
export type { ResolutionOutcome } from './rewrite.js';
export type { ExistingEntity, PreviousResolution, ResolutionNote } from './types.js';

/** The full-text terms that find an entity's candidates: its names, a person's surnames, role words. */
export function entityTerms(e: AnnotatedEntity): string[] {
  const terms = new Set<string>();
  for (const s of [e.name, ...e.aliases].slice(0, 12)) {
    const clean = s.replace(/["\\]/g, ' ').trim().slice(0, 120);
    if (clean) terms.add(clean);
    if (e.type === 'Person') {
      const { surname } = personName(s);
      if (surname && surname.length > 1) terms.add(surname);
    }
    for (const w of words(normalizeName(s))) if (ROLE_WORDS.has(w.replace(/'s$/, ''))) terms.add(w);
  }
  return [...terms];
}

/** What a resolver looks up in the graph for a document: the ids, and full-text terms per entity. */
export function resolutionLookup(doc: AnnotationDocument): { ids: string[]; terms: string[] } {
  return {
    ids: doc.entities.map((e) => e.id),
    terms: [...new Set(doc.entities.flatMap(entityTerms))],
  };
}

/**
 * Resolves a document's entities against existing nodes and rewrites every entity id the document uses.
 * An article loaded before keeps the nodes its entities resolved to then (`previous`); the others go
 * through the rules. The document is then rewritten (rewrite.ts).
 */
export function resolveEntities(
  doc: AnnotationDocument,
  candidates: ExistingEntity[],
  /** What this article's extracted entities resolved to when it was last loaded, by extracted id. */
  previous: ReadonlyMap<string, PreviousResolution> = new Map(),
): ResolutionOutcome {
  const warnings: string[] = [];
  const decisions = new Map<string, Decision>();
  const localSurnames = new Map<string, LocalPerson[]>();
  // Full names first, then names with initials, then lone surnames, so that the latter can see which
  // people of the article they might mean.
  const rank = (e: AnnotatedEntity) => {
    if (e.type !== 'Person') return 0;
    const n = personName(e.name);
    return n.words <= 1 ? 2 : n.givens.every((g) => g.length === 1) ? 1 : 0;
  };
  const order = [...doc.entities].sort((a, b) => rank(a) - rank(b));
  for (const e of order) {
    const before = previous.get(e.id);
    const d = (before && keptDecision(e, before, candidates)) ?? decide(e, doc, candidates, localSurnames);
    decisions.set(e.id, d);
    if (d.warning) warnings.push(d.warning);
    if (e.type === 'Person') {
      const { surname, given, words: n } = personName(e.name);
      if (surname && n > 1) {
        const list = localSurnames.get(surname) ?? [];
        list.push({ id: d.candidate?.id ?? d.keepId ?? e.id, given });
        localSurnames.set(surname, list);
      }
    }
  }

  return rewriteDocument(doc, decisions, candidates, warnings);
}
