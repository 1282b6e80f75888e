// The mention index: per publication date, how many articles mention each entity, kept in memory so that
// the overview of a new period ranks its entities without counting the period's mentions in Neo4j (a
// year of the 70,000-article bench archive is ~56,000 database hits per request otherwise). It answers
// exactly as readTopEntities's period query does (same period test, same order of ties). It is built in
// one pass over the archive's mentions and used only while the archive's version is the one read before
// the build began (readArchiveVersion changes with every loading transaction); after a change the
// overview ranks by query until a rebuild, at most one every REBUILD_GAP_MS, has finished. The same build
// reads every typed relation between entities into the link index (link-index.ts), `links`.
import type { Database } from '../neo4j/database.js';
import {
  readEntityTable,
  readLinkRows,
  readMentionRows,
  type LinkRow,
} from '../neo4j/repositories/mention-reads.js';
import { readRelationTypes } from '../neo4j/repositories/relation-types.js';
import { LinkIndex } from './link-index.js';
import type { Period, RankedEntities } from '../neo4j/repositories/overview-reads.js';
import { readArchiveVersion } from '../neo4j/repositories/overview-reads.js';

const REBUILD_GAP_MS = 60_000;

interface Bucket {
  published: string;
  /** `published` as the first and last day it could be (`-00` / `-99` padded). */
  lower: string;
  upper: string;
  articles: number;
  entities: Int32Array;
  counts: Int32Array;
}

const lowerBound = (d: string) => `${d}-00-00`.slice(0, 10);
const upperBound = (d: string) => `${d}-99-99`.slice(0, 10);

export class MentionIndex {
  private readonly buckets: Bucket[];

  constructor(
    readonly version: string,
    private readonly entities: { ids: string[]; elementIds: string[]; types: string[] },
    rows: { published: string; articles: number; entities: number[]; counts: number[] }[],
    /** The relations among the same entities (null: links are read by query). */
    readonly links: LinkIndex | null = null,
  ) {
    this.buckets = rows.map((r) => ({
      published: r.published,
      lower: lowerBound(r.published),
      upper: upperBound(r.published),
      articles: r.articles,
      entities: Int32Array.from(r.entities),
      counts: Int32Array.from(r.counts),
    }));
  }

  /** Dates the index holds (one bucket per distinct `published`). */
  get size(): number {
    return this.buckets.length;
  }

  /** The latest publication date the archive holds (any precision), or null for an empty archive. */
  get latest(): string | null {
    return this.buckets.reduce<string | null>(
      (m, b) => (m === null || b.published > m ? b.published : m),
      null,
    );
  }

  /** Whether an article published on the bucket's date counts in the period (as overview-reads' query). */
  private inPeriod(b: Bucket, p: Period): boolean {
    if (p.from && !(b.published >= p.from.slice(0, 4) && b.upper >= p.from)) return false;
    if (p.to && !(b.published <= p.to && b.lower <= p.to)) return false;
    return true;
  }

  /** The `limit` entities of `types` most mentioned in the period's articles (ties by id), and the counts. */
  rank(types: string[], period: Period, limit: number): RankedEntities {
    const wanted = new Set(types);
    const weights = new Int32Array(this.entities.ids.length);
    const touched: number[] = [];
    let articles = 0;
    for (const b of this.buckets) {
      if (!this.inPeriod(b, period)) continue;
      articles += b.articles;
      for (let k = 0; k < b.entities.length; k++) {
        const e = b.entities[k]!;
        if (weights[e] === 0) touched.push(e);
        weights[e] += b.counts[k]!;
      }
    }
    const { ids, elementIds, types: typeOf } = this.entities;
    const ranked = touched.filter((e) => wanted.has(typeOf[e]!));
    ranked.sort((a, b) => weights[b]! - weights[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
    const top = ranked.slice(0, limit);
    return {
      ids: top.map((e) => ids[e]!),
      elementIds: top.map((e) => elementIds[e]!),
      total: ranked.length,
      articles,
    };
  }
}

/** Reads the archive's version, then every entity, mention and typed relation: the index for that version. */
export async function buildMentionIndex(db: Database): Promise<MentionIndex> {
  const version = await db.read(readArchiveVersion);
  return db.read(async (tx) => {
    const table = await readEntityTable(tx);
    const position = new Map(table.elementIds.map((e, i) => [e, i]));
    const rows = (await readMentionRows(tx)).map((r) => {
      const entities: number[] = [];
      const counts: number[] = [];
      r.entities.forEach((e, k) => {
        const i = position.get(e);
        if (i === undefined) return; // not an entity of a ranked type
        entities.push(i);
        counts.push(r.counts[k]!);
      });
      return { published: r.published, articles: r.articles, entities, counts };
    });
    const links: LinkRow[] = [];
    await readLinkRows(tx, await readRelationTypes(tx), (row) => links.push(row));
    return new MentionIndex(version, table, rows, new LinkIndex(table, links));
  });
}

interface IndexState {
  ready: MentionIndex | null;
  building: Promise<void> | null;
  startedAt: number;
  /** Why the last build failed, if it did. */
  error: Error | null;
}
const states = new WeakMap<Database, IndexState>();

/**
 * The index for the archive at `version`, or null while there is none (then one is built in the
 * background, unless one is being built or the last began less than REBUILD_GAP_MS ago).
 */
export function mentionIndexFor(db: Database, version: string): MentionIndex | null {
  const state = states.get(db) ?? { ready: null, building: null, startedAt: -Infinity, error: null };
  states.set(db, state);
  if (state.ready?.version === version) return state.ready;
  if (!state.building && Date.now() - state.startedAt >= REBUILD_GAP_MS) {
    state.startedAt = Date.now();
    state.building = buildMentionIndex(db)
      .then((index) => {
        state.ready = index;
        state.error = null;
      })
      // The overview ranks by query meanwhile; the next request after the gap retries.
      .catch((e: unknown) => {
        state.error = e instanceof Error ? e : new Error(String(e));
      })
      .finally(() => {
        state.building = null;
      });
  }
  return null;
}

/** Builds the index for the archive as it is now (when the server starts); rejects when that failed. */
export async function warmMentionIndex(db: Database): Promise<MentionIndex> {
  const version = await db.read(readArchiveVersion);
  mentionIndexFor(db, version);
  await mentionIndexSettled(db);
  const state = states.get(db)!;
  if (state.ready?.version === version) return state.ready;
  throw state.error ?? new Error('the archive changed while it was read');
}

/** Resolves when the build under way (if any) has finished. */
export async function mentionIndexSettled(db: Database): Promise<void> {
  await states.get(db)?.building;
}
