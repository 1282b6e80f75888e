// Corroboration counts kept by the loader against the real Neo4j: after every step of a sequence of real
// ingestions (POST /api/articles) — three outlets that agree, a fourth that dates the expulsion a day
// later and gives the quotation to another speaker, a re-ingest, the fourth re-ingested without its
// date — the counts stored on every relation, event and statement of the graph (the seed's included)
// equal the read-time judging of the same items (corroboration-reads.ts at COUNTS depth + counts.ts).
// The entity page reads them as stored. A graph whose counts are missing gets them from the start-up
// backfill, equal too.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countsOf } from '../../server/src/corroboration/counts.js';
import {
  COUNTS,
  readEventVersions,
  readRelationVersions,
  readStatementVersions,
} from '../../server/src/neo4j/repositories/corroboration-reads.js';
import { backfillCorroborationCounts } from '../../server/src/neo4j/repositories/derived-properties.js';
import { readRelationTypes } from '../../server/src/neo4j/repositories/relation-types.js';
import { corroborateEntity } from '../../server/src/services/corroboration.js';
import type { CorroborationCounts, EntityDetail, IngestResponse, RelationRef } from '@dossier/model';
import { getJson, postJson, startTestApp, type TestApp } from '../helpers/app.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'corroboration');
const read = (file: string) => fs.readFileSync(path.join(FIXTURES, file), 'utf8');
const REUTERS = read('reuters-2022-04-05-lithuania-expels-envoy.txt');
const DELFI = read('delfi-2022-04-06-isakov-given-five-days.txt');
const ISAKOV = 'person:alexei-isakov';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

async function ingest(text: string, outlet: string, published: string): Promise<void> {
  const res = await postJson<IngestResponse>(`${app.url}/api/articles`, { text, outlet, published });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

type Counts = Map<string, CorroborationCounts | null>;
const refName = (r: RelationRef) => `${r.source} ${r.type} ${r.target} ${r.key}`;

/** Every relation, event and statement of the graph: its stored counts, and its counts judged now. */
async function storedAndJudged(): Promise<{ stored: Counts; judged: Counts }> {
  return app.db.read(async (tx) => {
    const types = await readRelationTypes(tx);
    const stored: Counts = new Map();
    const asCounts = (c: Record<string, unknown>) =>
      c.articles === null ? null : (c as unknown as CorroborationCounts);
    const counts = (v: string) => `{articles: ${v}.corrArticles, outlets: ${v}.corrOutlets,
      independent: ${v}.corrIndependent, disputed: ${v}.corrDisputed}`;
    const rel = await tx.run(
      `MATCH (s:Entity)-[r:${types.join('|')}]->(t:Entity)
       RETURN {source: s.id, type: type(r), target: t.id, key: r.key} AS ref, ${counts('r')} AS c`,
    );
    const refs = rel.records.map((r) => r.get('ref') as RelationRef);
    rel.records.forEach((r, i) => stored.set(refName(refs[i]!), asCounts(r.get('c'))));
    const nodes = await tx.run(
      `MATCH (n) WHERE n:Event OR n:Statement
       RETURN n.id AS id, n:Event AS isEvent, ${counts('n')} AS c`,
    );
    for (const r of nodes.records) stored.set(r.get('id') as string, asCounts(r.get('c')));
    const ids = (event: boolean) =>
      nodes.records.filter((r) => r.get('isEvent') === event).map((r) => r.get('id') as string);
    const [events, statements] = [ids(true), ids(false)];

    const judged: Counts = new Map([...stored.keys()].map((k) => [k, null]));
    for (const [i, item] of await readRelationVersions(tx, refs, COUNTS))
      judged.set(refName(refs[i]!), countsOf(item, 'date'));
    for (const [i, item] of await readEventVersions(tx, events, COUNTS))
      judged.set(events[i]!, countsOf(item, 'date'));
    for (const [i, item] of await readStatementVersions(tx, statements, COUNTS))
      judged.set(statements[i]!, countsOf(item, 'speaker'));
    return { stored, judged };
  });
}

/** Stored counts equal the read-time judging for every item; returns the judging. */
async function expectStoredEqualJudged(): Promise<Counts> {
  const { stored, judged } = await storedAndJudged();
  expect(stored.size).toBeGreaterThan(0);
  expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(judged));
  return judged;
}

/** The counts of Isakov's EXPELLED relations, by date. */
function expelled(counts: Counts): Record<string, CorroborationCounts | null> {
  return Object.fromEntries(
    [...counts]
      .filter(([k]) => k.startsWith(`${ISAKOV} EXPELLED `) || k.includes(` EXPELLED ${ISAKOV} `))
      .map(([k, c]) => [k, c]),
  );
}
const disputedNow = (counts: Counts) => new Set([...counts].filter(([, c]) => c?.disputed).map(([k]) => k));

describe('corroboration counts kept by the loader', () => {
  let agreed: Counts;
  let disputed: Counts;

  it('when three outlets agree, then every item stores the counts the read-time judging gives, and the expulsion is not disputed', async () => {
    await ingest(REUTERS, 'Reuters', '2022-04-05');
    await ingest(read('ap-2022-04-05-vilnius-orders-envoy-out.txt'), 'AP', '2022-04-05');
    await ingest(read('bbc-2022-04-05-baltic-state-expels-diplomat.txt'), 'BBC', '2022-04-05');
    agreed = await expectStoredEqualJudged();
    const expulsion = Object.values(expelled(agreed));
    expect(expulsion).toContainEqual({ articles: 3, outlets: 3, independent: 2, disputed: false });
  });

  it('when a fourth outlet dates the expulsion a day later, then the three agreeing reports, untouched by its write, turn disputed too', async () => {
    await ingest(DELFI, 'Delfi', '2022-04-06');
    disputed = await expectStoredEqualJudged();
    expect(Object.values(expelled(disputed))).toContainEqual({
      articles: 3,
      outlets: 3,
      independent: 2,
      disputed: true,
    });
    // The entity page reads the stored counts: the same as its items judged at read time.
    const page = await getJson<EntityDetail>(`${app.url}/api/entities/${encodeURIComponent(ISAKOV)}`);
    expect(page.status).toBe(200);
    const rejudged = await corroborateEntity(app.db, page.body, { judgeAll: true });
    const countsOfPage = (d: EntityDetail) =>
      [...d.relations, ...d.events, ...d.statements].map((x) => x.corroboration);
    expect(countsOfPage(page.body)).toEqual(countsOfPage(rejudged));
    expect(countsOfPage(page.body).filter((c) => c?.disputed).length).toBeGreaterThan(0);
    const turned = [...disputedNow(disputed)].filter((k) => !disputedNow(agreed).has(k) && agreed.has(k));
    expect(turned.length, 'items the earlier articles wrote that Delfi’s version disputes').toBeGreaterThan(
      0,
    );
  });

  it('when an article is ingested again unchanged, then the counts stay as they were', async () => {
    await ingest(REUTERS, 'Reuters', '2022-04-05');
    const again = await expectStoredEqualJudged();
    expect(Object.fromEntries(again)).toEqual(Object.fromEntries(disputed));
  });

  it('when the rival article is ingested again without its date, then the items it disputed are undisputed again', async () => {
    await ingest(DELFI.replace(' on April 5, 2022,', ''), 'Delfi', '2022-04-06');
    const after = await expectStoredEqualJudged();
    expect(Object.values(expelled(after))).toContainEqual({
      articles: 3,
      outlets: 3,
      independent: 2,
      disputed: false,
    });
  });

  it('when a graph lacks its counts, then the start-up backfill writes the same, and a second pass writes nothing', async () => {
    const before = await expectStoredEqualJudged();
    await app.db.write(async (tx) => {
      await tx.run(`MATCH ()-[r]->() WHERE r.corrArticles IS NOT NULL
                    REMOVE r.corrArticles, r.corrOutlets, r.corrIndependent, r.corrDisputed`);
      await tx.run(`MATCH (n) WHERE n.corrArticles IS NOT NULL
                    REMOVE n.corrArticles, n.corrOutlets, n.corrIndependent, n.corrDisputed`);
    });
    expect(await backfillCorroborationCounts(app.db)).toBe([...before.values()].filter(Boolean).length);
    expect(Object.fromEntries((await storedAndJudged()).stored)).toEqual(Object.fromEntries(before));
    expect(await backfillCorroborationCounts(app.db)).toBe(0);
  });
});
