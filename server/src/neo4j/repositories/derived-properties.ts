// Properties the loader derives and keeps for fast reads: Statement.quoteKey (the quotation normalised,
// so corroboration finds the same quotation given to another speaker), Entity.mentions (the articles
// that mention the entity, so the overview ranks the archive from an index) and Entity.firstDate /
// lastDate (its period, so entity resolution reads a hub's period without reading its articles), and the
// corroboration counts of relations, events and statements (corroboration-writes.ts, so an entity page
// reads them instead of judging its items), and each relation's evidence outlets and dates
// (evidence-sources.ts). Graphs loaded before these existed get them here, once, at start; then the
// graph is marked complete (DERIVED_PROPERTIES on the ingestion lock node) and later starts skip the
// scans (~2-3 s on the 70k-article bench graph). Only a loader older than a property could write items
// without it after the mark. Nothing but the mark is written when none is missing, and a database
// that refuses writes is served all the same.
import { normalizeSentence } from '../../corroboration/rules.js';
import type { Database } from '../database.js';
import {
  emptyScope,
  judgeCounts,
  judgedItems,
  writeCounts,
  type CorroborationScope,
} from './corroboration-writes.js';
import { backfillEvidenceSources } from './evidence-sources.js';
import { readRelationTypes } from './relation-types.js';

const BATCH = 5000;

/** Cypher: the value of Entity.mentions for entity `e` (kept so by the loader's writes and retractions). */
export const ENTITY_MENTIONS = (e: string) => `COUNT { (${e})-[:MENTIONED_IN]->() }`;

/** Cypher: `first` and `last`, the period of entity `e` as the graph holds it (null: no date). */
export const PERIOD_OF = (e: string) => `
  CALL (${e}) {
    CALL (${e}) {
      MATCH (${e})-[:MENTIONED_IN]->(a) WHERE a.published IS NOT NULL RETURN a.published AS d
      UNION ALL
      MATCH (${e})-[r]-(:Entity) WHERE r.date IS NOT NULL RETURN r.date AS d
      UNION ALL
      MATCH (${e})-[:PARTICIPATED_IN]->(ev) WHERE ev.date IS NOT NULL RETURN ev.date AS d
    }
    RETURN min(d) AS first, max(d) AS last
  }`;
async function backfillQuoteKeys(db: Database): Promise<number> {
  let done = 0;
  for (;;) {
    const res = await db.read((tx) =>
      tx.run(
        `MATCH (s:Statement) WHERE s.quoteKey IS NULL AND s.quote IS NOT NULL
         RETURN s.id AS id, s.quote AS quote LIMIT ${BATCH}`,
      ),
    );
    const rows = res.records.map((r) => ({
      id: r.get('id') as string,
      key: normalizeSentence(r.get('quote') as string),
    }));
    if (rows.length === 0) return done;
    await db.write((tx) =>
      tx.run('UNWIND $rows AS row MATCH (s:Statement {id: row.id}) SET s.quoteKey = row.key', { rows }),
    );
    done += rows.length;
  }
}

async function backfillMentions(db: Database): Promise<number> {
  let done = 0;
  for (;;) {
    const missing = await db.read((tx) =>
      tx.run('MATCH (e:Entity) WHERE e.mentions IS NULL RETURN count(e) > 0 AS any'),
    );
    if (!missing.records[0]!.get('any')) return done;
    const res = await db.write((tx) =>
      tx.run(
        `MATCH (e:Entity) WHERE e.mentions IS NULL
         WITH e LIMIT ${BATCH}
         SET e.mentions = ${ENTITY_MENTIONS('e')}
         RETURN count(e) AS n`,
      ),
    );
    done += res.records[0]!.get('n') as number;
  }
}

/** Entities without a period that have dates: once through them in id order. */
async function backfillPeriods(db: Database): Promise<number> {
  let done = 0;
  let after = '';
  for (;;) {
    const res = await db.read((tx) =>
      tx.run(
        `MATCH (e:Entity) WHERE e.id > $after AND e.firstDate IS NULL
         WITH e ORDER BY e.id LIMIT ${BATCH}
         ${PERIOD_OF('e')}
         RETURN e.id AS id, first, last`,
        { after },
      ),
    );
    if (res.records.length === 0) return done;
    after = res.records[res.records.length - 1]!.get('id') as string;
    const rows = res.records
      .map((r) => ({ id: r.get('id') as string, first: r.get('first'), last: r.get('last') }))
      .filter((r) => r.first !== null);
    if (rows.length === 0) continue;
    await db.write((tx) =>
      tx.run(
        'UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e.firstDate = row.first, e.lastDate = row.last',
        { rows },
      ),
    );
    done += rows.length;
  }
}

/** Items judged per transaction when counts are filled in. */
const COUNTS_BATCH = 500;

/** Judges `scope` in a read transaction and writes what it found (nothing: no write transaction). */
async function fillCounts(db: Database, scope: CorroborationScope): Promise<number> {
  const judged = await db.read((tx) => judgeCounts(tx, scope));
  if (judgedItems(judged) > 0) await db.write((tx) => writeCounts(tx, judged));
  return judgedItems(judged);
}

/** Events and statements without corroboration counts: once through them in id order. */
async function backfillNodeCounts(
  db: Database,
  label: 'Event' | 'Statement',
  progress: Progress,
): Promise<number> {
  let done = 0;
  let after = '';
  for (;;) {
    const res = await db.read((tx) =>
      tx.run(
        `MATCH (n:${label}) WHERE n.id > $after AND n.corrArticles IS NULL
         WITH n ORDER BY n.id LIMIT ${COUNTS_BATCH}
         RETURN n.id AS id`,
        { after },
      ),
    );
    const ids = res.records.map((r) => r.get('id') as string);
    if (ids.length === 0) return done;
    after = ids[ids.length - 1]!;
    const scope = emptyScope();
    scope[label === 'Event' ? 'events' : 'statements'] = ids;
    done += await fillCounts(db, scope);
    progress(label, done);
  }
}

/** Relations without corroboration counts: once through their source entities in id order. */
async function backfillRelationCounts(db: Database, progress: Progress): Promise<number> {
  const types = await db.read((tx) => readRelationTypes(tx));
  if (types.length === 0) return 0;
  const pattern = `[r:${types.join('|')}]`;
  const missing = await db.read((tx) =>
    tx.run(`MATCH ()-${pattern}->() WHERE r.corrArticles IS NULL RETURN true AS any LIMIT 1`),
  );
  if (!missing.records[0]?.get('any')) return 0;
  let done = 0;
  let after = '';
  for (;;) {
    const res = await db.read((tx) =>
      tx.run(
        `MATCH (s:Entity) WHERE s.id > $after
         WITH s ORDER BY s.id LIMIT ${COUNTS_BATCH}
         RETURN s.id AS id, COLLECT {
           MATCH (s)-${pattern}->(t:Entity) WHERE r.corrArticles IS NULL
           RETURN {source: s.id, type: type(r), target: t.id, key: r.key}
         } AS refs`,
        { after },
      ),
    );
    if (res.records.length === 0) return done;
    after = res.records[res.records.length - 1]!.get('id') as string;
    const refs = res.records.flatMap((r) => r.get('refs') as CorroborationScope['relations']);
    for (let at = 0; at < refs.length; at += COUNTS_BATCH) {
      done += await fillCounts(db, { ...emptyScope(), relations: refs.slice(at, at + COUNTS_BATCH) });
      progress('relation', done);
    }
  }
}

/** Told, after each batch, what kind of item is being filled in and how many of it so far. */
type Progress = (kind: string, done: number) => void;

/** Corroboration counts for the relations, events and statements that lack them; returns how many. */
export async function backfillCorroborationCounts(
  db: Database,
  progress: Progress = () => {},
): Promise<number> {
  return (
    (await backfillRelationCounts(db, progress)) +
    (await backfillNodeCounts(db, 'Event', progress)) +
    (await backfillNodeCounts(db, 'Statement', progress))
  );
}

/**
 * The derived properties this version keeps, named: changed with each new one. A graph whose ingestion
 * lock node (article-writes.ts) carries this name lacks none of them, and a start skips the scans.
 */
export const DERIVED_PROPERTIES = 'quoteKey mentions period corroboration-counts evidence-sources';

async function markedComplete(db: Database): Promise<boolean> {
  const res = await db.read((tx) =>
    tx.run(`MATCH (l:IngestLock {id: 'ingest'}) RETURN l.derived = $names AS done`, {
      names: DERIVED_PROPERTIES,
    }),
  );
  return res.records[0]?.get('done') === true;
}

/**
 * Marks the graph complete (a graph never loaded has no lock node, and is scanned again). A database
 * that refuses writes keeps its scans: nothing else is written when nothing is missing.
 */
async function markComplete(db: Database): Promise<void> {
  try {
    await db.write((tx) =>
      tx.run(`MATCH (l:IngestLock {id: 'ingest'}) SET l.derived = $names`, { names: DERIVED_PROPERTIES }),
    );
  } catch {
    // Read-only: the next start scans again.
  }
}

/** Fills in what graphs loaded by an earlier version lack; returns how many items were written. */
export async function backfillDerivedProperties(db: Database): Promise<number> {
  if (await markedComplete(db)) return 0;
  const written =
    (await backfillQuoteKeys(db)) +
    (await backfillMentions(db)) +
    (await backfillPeriods(db)) +
    (await backfillCorroborationCounts(db)) +
    (await backfillEvidenceSources(db, await db.read((tx) => readRelationTypes(tx))));
  await markComplete(db);
  return written;
}
