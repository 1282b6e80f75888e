// The overview, the first view of an archive: the entities most reported in the period, the strongest
// links among them and the events behind those links, few enough to read (the client shows the rest on
// demand: expand, search, zoom). `total` counts every node of those types the period holds, so the view
// can say "showing N of M". Work is bounded per entity (readCandidateLinks reads at most a few hundred of
// a hub's relations). Answers are cached per database and query for CACHE_TTL_MS and dropped at once
// when the archive changes (readArchiveVersion: loads by any process); identical requests in flight share
// one computation, and at most COMPUTING_AT_ONCE overviews are computed at a time, so a burst of new
// periods queues here instead of swamping Neo4j. The answer carries the overview's layout
// (overview-layout.ts, computed in a worker thread: overview-layout-thread.ts), so the browser's first
// view does not run one.
import type { Database } from '../neo4j/database.js';
import { toWireGraph } from '../neo4j/mappers.js';
import { countEdgeOutlets } from '../neo4j/repositories/corroboration-reads.js';
import {
  countArticles,
  countEvents,
  readArchiveVersion,
  readCandidateLinks,
  readOverviewGraph,
  readTopEntities,
  readTopEvents,
  type CandidateLink,
  type Period,
} from '../neo4j/repositories/overview-reads.js';
import type { WireGraph } from '@dossier/model';
import { mentionIndexFor, type MentionIndex } from './mention-index.js';
import { layOutOverviewOffThread } from './overview-layout-thread.js';

/** Share of the overview's nodes given to events (when events are among the types). */
const EVENT_SHARE = 0.2;
/** Links drawn per entity, on average. */
const LINKS_PER_ENTITY = 2;
/**
 * Relations read per entity to find the links among the ranked entities (a hub's newest first). Within a
 * period they are read in proportion to how much of the archive the period holds (a tenth of the
 * articles: ten times as many), up to LINK_READS_MAX.
 */
export const LINK_READS = 200;
export const LINK_READS_MAX = 2_000;
/**
 * How long an answer is kept while the archive's version stays the same (the version already catches
 * loads by any process; this bounds what a change it cannot see, such as a write from outside Dossier,
 * leaves stale).
 */
const CACHE_TTL_MS = 300_000;
const CACHE_ENTRIES = 64;
const COMPUTING_AT_ONCE = 2;

export interface OverviewRequest extends Period {
  types: string[];
  limit: number;
}

/**
 * The links to draw: every entity's strongest pair first (so that no linked entity floats alone), then
 * the strongest remaining pairs, up to `budget` pairs. A chosen pair keeps its link of each type.
 */
export function chooseLinks(links: CandidateLink[], budget: number): CandidateLink[] {
  const pairKey = (l: CandidateLink) => [l.source, l.target].sort().join('\u0000');
  const pairs = new Map<string, { weight: number; links: CandidateLink[]; ends: [string, string] }>();
  for (const l of links) {
    const pair = pairs.get(pairKey(l)) ?? { weight: 0, links: [], ends: [l.source, l.target] };
    pair.weight += l.weight;
    pair.links.push(l);
    pairs.set(pairKey(l), pair);
  }
  const ranked = [...pairs.values()].sort(
    (a, b) => b.weight - a.weight || a.ends.join().localeCompare(b.ends.join()),
  );
  const chosen = new Set<(typeof ranked)[number]>();
  const linked = new Set<string>();
  for (const p of ranked) {
    if (chosen.size >= budget) break;
    if (!linked.has(p.ends[0]) || !linked.has(p.ends[1])) chosen.add(p);
    p.ends.forEach((e) => linked.add(e));
  }
  for (const p of ranked) {
    if (chosen.size >= budget) break;
    chosen.add(p);
  }
  return ranked.filter((p) => chosen.has(p)).flatMap((p) => p.links);
}

/**
 * Builds the overview from the database (uncached). A period's entities are ranked by `index` when one is
 * given for the archive as it is (the same answer as the ranking query, without its pass over the
 * period's mentions), and the links among them found in its link index (every relation of the period,
 * where the query reads a bounded share of each entity's).
 */
export async function readOverview(
  db: Database,
  q: OverviewRequest,
  index: MentionIndex | null = null,
): Promise<WireGraph> {
  const entityTypes = q.types.filter((t) => t === 'Person' || t === 'Organization' || t === 'Place');
  const withEvents = q.types.includes('Event');
  const eventQuota = !withEvents ? 0 : entityTypes.length ? Math.round(q.limit * EVENT_SHARE) : q.limit;
  const period = { from: q.from, to: q.to };
  const graph = await db.read(async (tx) => {
    const top =
      index && entityTypes.length && (period.from || period.to)
        ? index.rank(entityTypes, period, q.limit)
        : await readTopEntities(tx, entityTypes, period, q.limit);
    // Read by query, a bounded share of each entity's relations: more for a smaller period.
    const linksByQuery = async () => {
      const share = top.articles === null ? 1 : top.articles / Math.max(1, await countArticles(tx));
      const reads = Math.round(Math.min(LINK_READS_MAX, LINK_READS / Math.max(share, 1e-6)));
      return readCandidateLinks(tx, top, period, reads);
    };
    const candidates = index?.links ? index.links.candidates(top, period) : await linksByQuery();
    const among = (ids: string[]) => {
      const set = new Set(ids);
      const links = candidates.filter((l) => set.has(l.source) && set.has(l.target));
      return chooseLinks(links, Math.round(ids.length * LINKS_PER_ENTITY));
    };
    // Events behind the strongest links among the entities that keep their place whatever the events
    // take; entities fill the places events leave.
    let eventIds = [
      ...new Set(
        among(top.ids.slice(0, q.limit - eventQuota))
          .map((l) => l.event)
          .filter((e): e is string => !!e),
      ),
    ].slice(0, eventQuota);
    if (withEvents && !entityTypes.length) eventIds = await readTopEvents(tx, period, q.limit);
    const ids = top.ids.slice(0, q.limit - eventIds.length);
    const events = withEvents ? await countEvents(tx, period) : 0;
    const { nodes, edges } = await readOverviewGraph(
      tx,
      ids,
      eventIds,
      among(ids).map((l) => l.rel),
    );
    await countEdgeOutlets(tx, edges);
    const graph = toWireGraph(nodes, edges, top.total + events);
    // The edges carry their outlet counts; the articles behind an edge are the entity panel's to list.
    for (const e of graph.edges) delete e.attributes.articleIds;
    return graph;
  });
  // Past the transaction, in the layout worker: the event loop goes on answering meanwhile.
  await layOutOverviewOffThread(graph);
  return graph;
}

/** Runs at most `limit` tasks at once; the others wait their turn, first come first served. */
class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

interface CacheEntry {
  at: number;
  version: string;
  graph: Promise<WireGraph>;
}
const states = new WeakMap<Database, { cache: Map<string, CacheEntry>; gate: Gate }>();

/**
 * The overview, from the cache when the same query was answered lately and the archive has not changed
 * since; concurrent identical requests share one computation (the entry is set before any await).
 */
export async function cachedOverview(db: Database, q: OverviewRequest): Promise<WireGraph> {
  const state = states.get(db) ?? { cache: new Map<string, CacheEntry>(), gate: new Gate(COMPUTING_AT_ONCE) };
  states.set(db, state);
  const { cache } = state;
  const key = JSON.stringify([[...q.types].sort(), q.from, q.to, q.limit]);
  // Read before computing: an article loaded meanwhile changes the version, and the next request recomputes.
  const version = await db.read(readArchiveVersion);
  const hit = cache.get(key);
  if (hit && hit.version === version && Date.now() - hit.at < CACHE_TTL_MS) return hit.graph;
  const entry: CacheEntry = {
    at: Date.now(),
    version,
    graph: state.gate.run(() => readOverview(db, q, q.from || q.to ? mentionIndexFor(db, version) : null)),
  };
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  entry.graph.catch(() => cache.get(key) === entry && cache.delete(key));
  return entry.graph;
}
