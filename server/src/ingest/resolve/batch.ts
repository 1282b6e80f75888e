// Entity resolution for a batch of articles written in one transaction (pure): each article resolves
// against what the graph held before the batch (read once for all of them) and against what the
// articles before it in the batch wrote, as if each had been loaded on its own, one after the other.
// An article loaded before keeps the nodes its entities resolved to then, and does not count as a
// mention of the nodes its earlier version mentioned (an edited article resolves as if that version
// were not in the graph: a node only it reported is no candidate).
import type { AnnotationDocument } from '@dossier/model';
import { isRolePhrase, normalizeName, words } from './names.js';
import { dateBounds, entityDates } from './periods.js';
import { entityTerms, resolutionLookup, resolveEntities } from './index.js';
import type { ResolutionOutcome } from './rewrite.js';
import type { ExistingEntity, PreviousResolution } from './types.js';

/** A node as resolution sees it, with how many articles mention it. */
export interface BatchCandidate extends ExistingEntity {
  mentions: number;
}

export interface BatchContext {
  /** By id (extracted, or resolved to at an article's last load) or full-text term: the nodes found. */
  found: Map<string, BatchCandidate[]>;
  /** By article id, for articles loaded before: what its entities resolved to, and what it mentions. */
  loaded: Map<string, { previous: Map<string, PreviousResolution>; mentioned: Set<string> }>;
}

/** The extracted ids of a batch's documents, each once (looked up first). */
export function batchIds(docs: AnnotationDocument[]): string[] {
  return [...new Set(docs.flatMap((d) => d.entities.map((e) => e.id)))];
}

/**
 * The full-text terms of a lookup, by how the graph is asked for them: names and surnames for every node
 * they find (the surname rule must see every person of a surname to know one is the only fit), role
 * phrases ("minister", "the foreign minister") for their best hits only, since ever more nodes share
 * them as the archive grows and only the role-phrase rule uses them.
 */
export interface TermLookup {
  names: string[];
  roles: string[];
}

/** Splits full-text terms into names (read whole) and role phrases (read capped). */
export function splitTerms(terms: Iterable<string>): TermLookup {
  const lookup: TermLookup = { names: [], roles: [] };
  for (const t of terms) (isRolePhrase(t) ? lookup.roles : lookup.names).push(t);
  return lookup;
}

/**
 * The full-text terms a batch needs, once its ids are known (`known`: the nodes found by id, and the
 * articles loaded before). An entity whose id names a node of its type that another article mentions
 * is decided by that id (rule 1, same-id), so its names need no search; the others' do.
 */
export function batchTerms(docs: AnnotationDocument[], known: BatchContext): TermLookup {
  const terms = new Set<string>();
  for (const doc of docs) {
    const loaded = known.loaded.get(doc.article.id);
    for (const e of doc.entities) {
      const node = known.found.get(e.id)?.find((c) => c.id === e.id);
      const others = node ? node.mentions - (loaded?.mentioned.has(e.id) ? 1 : 0) : 0;
      if (node?.type === e.type && others > 0) continue;
      for (const t of entityTerms(e)) terms.add(t);
    }
  }
  return splitTerms(terms);
}

const nameWords = (s: string) => words(normalizeName(s));

/** The nodes written by the batch's earlier articles, as they stand now, found by id or by word. */
class Written {
  readonly byId = new Map<string, BatchCandidate>();
  private readonly byWord = new Map<string, Set<string>>();

  /** Written nodes an article's lookup would find: by id, or sharing a word with one of its terms. */
  find(lookup: { ids: string[]; terms: string[] }): BatchCandidate[] {
    const hits = new Set<string>(lookup.ids.filter((id) => this.byId.has(id)));
    for (const t of lookup.terms)
      for (const w of nameWords(t)) for (const id of this.byWord.get(w) ?? []) hits.add(id);
    return [...hits].map((id) => this.byId.get(id)!);
  }

  set(node: BatchCandidate): void {
    this.byId.set(node.id, node);
    for (const s of [node.name, ...node.aliases]) {
      for (const w of nameWords(s)) this.byWord.set(w, (this.byWord.get(w) ?? new Set()).add(node.id));
    }
  }
}

/** A document loaded as it is (reviewed annotations, the seed): its ids are the node ids. */
const asIs = (document: AnnotationDocument): ResolutionOutcome => ({
  document,
  resolution: [],
  warnings: [],
  notes: [],
});

/**
 * Resolves the batch's documents in order (those with `resolve: false` are taken as they are). Returns one
 * outcome per document; `mentions` counts what the graph will hold after each article, so an article later
 * in the batch sees the ones before it.
 */
export function resolveBatch(
  items: { doc: AnnotationDocument; resolve: boolean }[],
  context: BatchContext,
): ResolutionOutcome[] {
  const written = new Written();
  /** The current state of a node: as the batch left it, else as the graph held it. */
  const current = (c: BatchCandidate) => written.byId.get(c.id) ?? c;
  return items.map(({ doc, resolve }) => {
    const lookup = resolutionLookup(doc);
    const loaded = context.loaded.get(doc.article.id);
    const pool = new Map<string, BatchCandidate>();
    const kept = [...(loaded?.previous.values() ?? [])].map((p) => p.to);
    for (const key of [...lookup.ids, ...lookup.terms, ...kept]) {
      for (const c of context.found.get(key) ?? []) pool.set(c.id, current(c));
    }
    for (const c of written.find(lookup)) pool.set(c.id, c);
    // Mentions by other articles: this article's earlier version does not count.
    const others = (c: BatchCandidate) => c.mentions - (loaded?.mentioned.has(c.id) ? 1 : 0);
    const candidates = [...pool.values()].filter((c) => others(c) > 0);
    const outcome = resolve ? resolveEntities(doc, candidates, loaded?.previous) : asIs(doc);

    // What the graph holds once this article is written (article-writes.ts does the same in Cypher).
    const now = new Set(outcome.document.entities.map((e) => e.id));
    for (const id of loaded?.mentioned ?? []) {
      const c = written.byId.get(id) ?? pool.get(id);
      if (c && !now.has(id)) written.set({ ...c, mentions: c.mentions - 1 });
    }
    for (const e of outcome.document.entities) {
      const before = pool.get(e.id) ?? written.byId.get(e.id);
      const aliases = before
        ? [...before.aliases.filter((a) => !e.aliases.includes(a)), ...e.aliases]
        : e.aliases;
      const mentioned = loaded?.mentioned.has(e.id) ?? false;
      written.set({
        id: e.id,
        type: e.type,
        name: before?.name ?? e.name,
        aliases,
        ...dateBounds([
          ...[before?.firstDate, before?.lastDate].filter((d): d is string => !!d),
          ...entityDates(outcome.document, e.id),
        ]),
        mentions: (before?.mentions ?? 0) + (mentioned ? 0 : 1),
      });
    }
    return outcome;
  });
}
