// The overview, the first view of an archive: the entities most reported in the period, the strongest
// links among them and the events behind those links, few enough to read (the client shows the rest on
// demand: expand, search, zoom). `total` counts every node of those types the period holds, so the view
// can say "showing N of M". Answers are cached per database and query for CACHE_TTL_MS, and dropped
// at once when the number of articles changes (articles loaded by another process included).
import type { Database } from '../neo4j/database.js';
import { toWireGraph } from '../neo4j/mappers.js';
import { countEdgeOutlets } from '../neo4j/repositories/corroboration-reads.js';
import {
  countEvents,
  readCandidateLinks,
  readOverviewGraph,
  readTopEntities,
  readTopEvents,
  type CandidateLink,
  type Period,
} from '../neo4j/repositories/overview-reads.js';
import type { WireGraph } from '@dossier/model';

/** Share of the overview's nodes given to events (when events are among the types). */
const EVENT_SHARE = 0.2;
/** Links drawn per entity, on average. */
const LINKS_PER_ENTITY = 2;
const CACHE_TTL_MS = 60_000;
const CACHE_ENTRIES = 64;

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

/** Builds the overview from the database (uncached). */
export async function readOverview(db: Database, q: OverviewRequest): Promise<WireGraph> {
  const entityTypes = q.types.filter((t) => t === 'Person' || t === 'Organization' || t === 'Place');
  const withEvents = q.types.includes('Event');
  const eventQuota = !withEvents ? 0 : entityTypes.length ? Math.round(q.limit * EVENT_SHARE) : q.limit;
  const period = { from: q.from, to: q.to };
  return db.read(async (tx) => {
    const top = await readTopEntities(tx, entityTypes, period, q.limit);
    const candidates = await readCandidateLinks(tx, top, period);
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
    return toWireGraph(nodes, edges, top.total + events);
  });
}

interface CacheEntry {
  at: number;
  articles: number;
  graph: Promise<WireGraph>;
}
const caches = new WeakMap<Database, Map<string, CacheEntry>>();

/** The overview, from the cache when the same query was answered lately and no article came or went. */
export async function cachedOverview(db: Database, q: OverviewRequest): Promise<WireGraph> {
  const cache = caches.get(db) ?? new Map<string, CacheEntry>();
  caches.set(db, cache);
  const key = JSON.stringify([[...q.types].sort(), q.from, q.to, q.limit]);
  const articles = await db.read(async (tx) => {
    const res = await tx.run('MATCH (a:Article) RETURN count(a) AS c');
    return res.records[0]!.get('c') as number;
  });
  const hit = cache.get(key);
  if (hit && hit.articles === articles && Date.now() - hit.at < CACHE_TTL_MS) return hit.graph;
  const entry: CacheEntry = { at: Date.now(), articles, graph: readOverview(db, q) };
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  entry.graph.catch(() => cache.get(key) === entry && cache.delete(key));
  return entry.graph;
}
