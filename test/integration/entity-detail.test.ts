// Entity detail, capped: each list (relations, statements, events, articles) holds one page, newest
// first, with its total; GET /api/entities/:id/<list>?offset=&limit= pages through the rest, and the pages
// together are the whole list, each item once; each evidence item's outlet and date, kept beside it by the
// loader, equal what the start-up fill writes. Real HTTP against the real Neo4j (seed + a small hub).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/src/ingest/load-articles.js';
import {
  backfillDerivedProperties,
  DERIVED_PROPERTIES,
} from '../../server/src/neo4j/repositories/derived-properties.js';
import { backfillEvidenceSources } from '../../server/src/neo4j/repositories/evidence-sources.js';
import { readRelationTypes } from '../../server/src/neo4j/repositories/relation-types.js';
import type {
  AnnotationDocument,
  ErrorBody,
  EntityDetail,
  EntityListName,
  EntityListPage,
} from '@dossier/model';
import { getJson, startTestApp, type TestApp } from '../helpers/app.js';
import { makeArticle, seededRandom } from '../../bench/corpus/generate-corpus.js';
import { HUB, hubArticles, poolPerson } from '../helpers/hub.js';

let app: TestApp;
const ANTONOV = 'person:anatoly-antonov';
const ARTICLES = 30;
const LISTS: EntityListName[] = ['relations', 'statements', 'events', 'articles'];

beforeAll(async () => {
  app = await startTestApp();
  for (const o of await loadArticles(app.db, hubArticles(ARTICLES))) expect(o.ok).toBe(true);
});
afterAll(async () => {
  await app?.stop();
});

const detail = (id: string, query = '') =>
  getJson<EntityDetail & ErrorBody>(`${app.url}/api/entities/${encodeURIComponent(id)}${query}`);
const page = <L extends EntityListName>(id: string, list: L, offset: number, limit: number) =>
  getJson<EntityListPage<L> & ErrorBody>(
    `${app.url}/api/entities/${encodeURIComponent(id)}/${list}?offset=${offset}&limit=${limit}`,
  );
/** A key per item that tells items apart (a relation by its ends, type and date). */
const itemKey = (list: EntityListName, x: unknown) => {
  const o = x as Record<string, unknown>;
  if (list === 'relations') {
    const r = x as EntityDetail['relations'][number];
    return `${r.direction}|${r.type}|${r.other.id}|${r.date ?? ''}|${r.place?.id ?? ''}`;
  }
  if (list === 'events') return `${o['id'] as string}|${o['role'] as string}`;
  return o['id'] as string;
};

describe('entity detail, capped and paged', () => {
  it('when a hub of 30 articles is opened, then each list holds the first 10, newest first, with its total', async () => {
    const { status, body } = await detail(HUB);
    expect(status).toBe(200);
    expect(body.pageSize).toBe(10);
    const counts = await app.db.read((tx) =>
      tx.run(
        `MATCH (e:Entity {id: $id})
         RETURN COUNT { (e)-[r]-(:Entity) } AS relations, COUNT { (e)-[:SAID]->() } AS statements`,
        { id: HUB },
      ),
    );
    const relations = counts.records[0]!.get('relations') as number;
    const statements = counts.records[0]!.get('statements') as number;
    expect(relations).toBeGreaterThan(30);
    expect(statements).toBeGreaterThan(0);
    expect(body.totals).toEqual({ relations, statements, events: 30, articles: 30 });
    for (const list of LISTS) expect(body[list], list).toHaveLength(Math.min(10, body.totals[list]));
    const dates = body.articles.map((a) => a.published ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const eventDates = body.events.map((e) => e.date ?? '');
    expect(eventDates).toEqual([...eventDates].sort().reverse());
  });

  it('when every list of the hub is paged through, then the pages together are the list, each item once', async () => {
    for (const list of LISTS) {
      const { body: first } = await detail(HUB, `?limit=7`);
      const seen = first[list].map((x) => itemKey(list, x));
      for (let offset = 7; ; offset += 7) {
        const res = await page(HUB, list, offset, 7);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ id: HUB, list, offset, limit: 7, total: first.totals[list] });
        if (res.body.items.length === 0) break;
        seen.push(...res.body.items.map((x) => itemKey(list, x)));
      }
      expect(seen.length, list).toBe(first.totals[list]);
      expect(new Set(seen).size, list).toBe(seen.length);
    }
  });

  it('when an article brings a relation type the graph did not hold after pages were read, then the next pages list it', async () => {
    expect((await detail(HUB)).status).toBe(200); // the server has now seen the graph's relation types
    const pools = {
      people: [poolPerson('Ada Admirer'), poolPerson('Bea Beloved')],
      orgs: [{ id: 'organization:fan-club', type: 'Organization' as const, name: 'Fan Club' }],
      places: [{ id: 'place:fanville', type: 'Place' as const, name: 'Fanville' }],
    };
    const article = makeArticle(5000, pools, seededRandom(5));
    const said = (article.document as AnnotationDocument).relations.find((r) => r.type === 'COMMENTED_ON')!;
    said.type = 'ADMIRED_BY_TEST';
    const before = await app.db.read(readRelationTypes);
    expect(before).not.toContain('ADMIRED_BY_TEST');
    for (const o of await loadArticles(app.db, [article])) expect(o.ok).toBe(true);
    for (const id of [said.source, said.target]) {
      const { body } = await detail(id);
      expect(body.relations.map((r) => r.type)).toContain('ADMIRED_BY_TEST');
      expect(body.relations).toHaveLength(body.totals.relations);
      const listed = await page(id, 'relations', 0, 25);
      expect(listed.body.items.map((r) => r.type)).toContain('ADMIRED_BY_TEST');
    }
  });

  it("when Antonov's detail is asked two items a list, then totals count the whole seed and pages carry evidence", async () => {
    const full = await detail(ANTONOV, '?limit=100');
    expect(full.body.totals.articles).toBe(5);
    for (const list of LISTS) expect(full.body[list].length, list).toBe(full.body.totals[list]);
    const { body } = await detail(ANTONOV, '?limit=2');
    expect(body.articles).toHaveLength(2);
    expect(body.totals).toEqual(full.body.totals);
    const rest = await page(ANTONOV, 'relations', 2, 100);
    expect(rest.body.items.length).toBe(full.body.totals.relations - 2);
    for (const r of [...body.relations, ...rest.body.items]) {
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(r.evidenceTotal).toBeGreaterThanOrEqual(r.evidence.length);
      for (const e of r.evidence) expect(e.outlet).toBeTruthy();
    }
  });

  it('when relations had their evidence outlets and dates filled in at start, not at load, then pages read the same, and a re-ingest keeps them in step', async () => {
    /** Every relation's provenance lists, and the outlet and date of the article each entry names. */
    const provenance = async () =>
      app.db.read(async (tx) => {
        const types = await readRelationTypes(tx);
        const res = await tx.run(
          `MATCH (s)-[r:${types.join('|')}]->(t)
           RETURN s.id + ' ' + type(r) + ' ' + t.id + ' ' + r.key AS ref, r.articleIds AS ids,
                  r.evidenceOutlets AS outlets, r.evidencePublished AS published,
                  [id IN r.articleIds | head(COLLECT { MATCH (a:Article {id: id})
                                                       RETURN [a.outlet, coalesce(a.published, '')] })] AS fromArticles
           ORDER BY ref`,
        );
        return { types, rows: res.records.map((r) => r.toObject()) };
      });
    const pages = async () => [(await detail(HUB)).body, (await detail(ANTONOV, '?limit=100')).body];
    const loaded = await provenance();
    expect(loaded.rows.length).toBeGreaterThan(30);
    for (const r of loaded.rows) {
      expect(r['fromArticles'], r['ref'] as string).toEqual(
        (r['outlets'] as string[]).map((o, i) => [o, (r['published'] as string[])[i]]),
      );
    }
    const pagesLoaded = await pages();
    const evidence = pagesLoaded.flatMap((d) => d.relations.flatMap((r) => r.evidence));
    expect(evidence.length).toBeGreaterThan(25);
    expect(evidence.every((e) => e.outlet && e.published)).toBe(true);

    await app.db.write((tx) =>
      tx.run(`MATCH ()-[r:${loaded.types.join('|')}]->() REMOVE r.evidenceOutlets, r.evidencePublished`),
    );
    expect(await backfillEvidenceSources(app.db, loaded.types)).toBe(loaded.rows.length);
    expect(await provenance()).toEqual(loaded);
    expect(await pages()).toEqual(pagesLoaded);
    expect(await backfillEvidenceSources(app.db, loaded.types)).toBe(0);

    // A re-ingest retracts each article's entries and appends them again: the lists stay in step.
    for (const o of await loadArticles(app.db, hubArticles(3))) expect(o.ok).toBe(true);
    const again = await provenance();
    expect(again.rows.map((r) => r['ref'])).toEqual(loaded.rows.map((r) => r['ref']));
    for (const r of again.rows) {
      expect((r['outlets'] as string[]).length, r['ref'] as string).toBe((r['ids'] as string[]).length);
      expect(r['fromArticles'], r['ref'] as string).toEqual(
        (r['outlets'] as string[]).map((o, i) => [o, (r['published'] as string[])[i]]),
      );
    }
  });

  it('when the start-up fill has run once, then later starts skip its scans until the graph is unmarked', async () => {
    const one = `MATCH ()-[r]->() WHERE r.evidenceOutlets IS NOT NULL WITH r LIMIT 1`;
    await backfillDerivedProperties(app.db);
    await app.db.write((tx) => tx.run(`${one} REMOVE r.evidenceOutlets, r.evidencePublished`));
    expect(await backfillDerivedProperties(app.db), 'marked complete: not scanned').toBe(0);
    await app.db.write((tx) => tx.run(`MATCH (l:IngestLock {id: 'ingest'}) REMOVE l.derived`));
    expect(await backfillDerivedProperties(app.db)).toBe(1);
    const mark = await app.db.read((tx) =>
      tx.run(`MATCH (l:IngestLock {id: 'ingest'}) RETURN l.derived AS d`),
    );
    expect(mark.records[0]!.get('d')).toBe(DERIVED_PROPERTIES);
  });

  it('when a page is asked of a missing entity or with a bad offset, then 404 and 400 come with codes', async () => {
    const missing = await page('person:nobody', 'articles', 0, 10);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const bad = await getJson<ErrorBody>(`${app.url}/api/entities/${ANTONOV}/articles?offset=-1`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.message).toContain('offset');
    const tooMany = await detail(ANTONOV, '?limit=1000');
    expect(tooMany.status).toBe(400);
  });

  it('when the OpenAPI document is asked, then it describes the paged lists', async () => {
    const { body } = await getJson<{ paths: Record<string, unknown> }>(`${app.url}/api/openapi.json`);
    for (const list of LISTS) expect(Object.keys(body.paths)).toContain(`/api/entities/{id}/${list}`);
  });
});
