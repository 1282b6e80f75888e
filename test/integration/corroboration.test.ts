// Corroboration against the real Neo4j: four fixture articles about one expulsion go through the real
// ingestion (POST /api/articles). Reuters and AP carry the same wire sentence, the BBC writes its own,
// Delfi gives another date and puts the quotation in another mouth. The entity page counts independent
// outlets and marks the disputed items; the item opened (GET /api/corroboration/...) names the outlets
// and shows both versions; graph edges carry their outlet count.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTS, FULL, readEventVersions } from '../../server/src/neo4j/repositories/corroboration-reads.js';
import {
  relationRefOf,
  type CorroboratedItem,
  type Corroboration,
  type EntityDetail,
  type EntityRelation,
  type ErrorBody,
  type IngestResponse,
  type WireGraph,
} from '@dossier/model';
import { getJson, postJson, startTestApp, type TestApp } from '../helpers/app.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'corroboration');
/** file, outlet, published */
const ARTICLES: [string, string, string][] = [
  ['reuters-2022-04-05-lithuania-expels-envoy.txt', 'Reuters', '2022-04-05'],
  ['ap-2022-04-05-vilnius-orders-envoy-out.txt', 'AP', '2022-04-05'],
  ['bbc-2022-04-05-baltic-state-expels-diplomat.txt', 'BBC', '2022-04-05'],
  ['delfi-2022-04-06-isakov-given-five-days.txt', 'Delfi', '2022-04-06'],
];
const ISAKOV = 'person:alexei-isakov';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  for (const [file, outlet, published] of ARTICLES) {
    const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
    const res = await postJson<IngestResponse>(`${app.url}/api/articles`, { text, outlet, published });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
});
afterAll(async () => {
  await app?.stop();
});

const entity = async (id: string) => {
  const res = await getJson<EntityDetail>(`${app.url}/api/entities/${encodeURIComponent(id)}`);
  expect(res.status).toBe(200);
  return res.body;
};
/** What the panel asks for when an item is opened. */
const opened = async (item: CorroboratedItem) => {
  const url =
    item.kind === 'relation'
      ? `/api/corroboration/relation?${new URLSearchParams({ ...item.ref })}`
      : `/api/corroboration/${item.kind}/${encodeURIComponent(item.id)}`;
  const res = await getJson<Corroboration>(app.url + url);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const relation = (r: EntityRelation): CorroboratedItem => ({
  kind: 'relation',
  ref: relationRefOf(ISAKOV, r),
});
const outletNames = (xs: { outlet: string | null }[]) => xs.map((x) => x.outlet).sort();
const expelledOn = (d: EntityDetail, date: string) =>
  d.relations.find((r) => r.type === 'EXPELLED' && r.date === date)!;

describe('corroboration of an entity page', () => {
  it('when Reuters and AP carry the same sentence and the BBC its own, then the page counts three outlets, two independent, and the item opened names them', async () => {
    const isakov = await entity(ISAKOV);
    const expelled = expelledOn(isakov, '2022-04-04');
    expect(expelled.corroboration, JSON.stringify(isakov.relations)).toEqual({
      articles: 3,
      outlets: 3,
      independent: 2,
      disputed: true,
    });
    const c = await opened(relation(expelled));
    expect(c.articles).toBe(3);
    expect(outletNames(c.outlets)).toEqual(['AP', 'BBC', 'Reuters']);
    expect(c.independent).toBe(2);
    const group = (o: string) => c.outlets.find((x) => x.outlet === o)!.copyGroup;
    expect(group('AP')).toBe(group('Reuters'));
    expect(group('BBC')).not.toBe(group('Reuters'));
    for (const o of c.outlets) {
      expect(o.published).toBe('2022-04-05');
      expect(o.text).toContain('Alexei Isakov');
    }
  });

  it('when Delfi dates the expulsion a day later, then both dated versions are marked disputed and, opened, come side by side', async () => {
    const isakov = await entity(ISAKOV);
    const first = await opened(relation(expelledOn(isakov, '2022-04-04')));
    const laterItem = expelledOn(isakov, '2022-04-05');
    expect(laterItem.corroboration).toMatchObject({ independent: 1, disputed: true });
    const later = await opened(relation(laterItem));
    expect(first.dispute?.on).toBe('date');
    expect(first.dispute!.versions.map((v) => v.date)).toEqual(['2022-04-04', '2022-04-05']);
    expect(outletNames(first.dispute!.versions[1]!.outlets)).toEqual(['Delfi']);
    expect(later.dispute!.versions.map((v) => v.date)).toEqual(['2022-04-05', '2022-04-04']);
    expect(later.independent).toBe(1);

    const events = isakov.events.filter((e) => e.type === 'expulsion');
    expect([...new Set(events.map((e) => e.date))].sort()).toEqual(['2022-04-04', '2022-04-05']);
    for (const e of events) {
      expect(e.corroboration!.disputed, e.id).toBe(true);
      const c = await opened({ kind: 'event', id: e.id });
      expect(c.dispute?.on, e.id).toBe('date');
      expect(c.dispute!.versions.length).toBeGreaterThanOrEqual(2);
      expect(c.articles).toBe(e.corroboration!.articles);
    }
    // The extractor may name one event differently in two articles: the agreeing reports add up.
    const agreed = events.filter((e) => e.date === '2022-04-04').map((e) => e.corroboration!);
    expect(agreed.reduce((n, c) => n + c.articles, 0)).toBe(3);
  });

  it('when Delfi gives Landsbergis’s quotation to Nauseda, then the statement is disputed on its speaker', async () => {
    const landsbergis = await entity('person:gabrielius-landsbergis');
    const statement = landsbergis.statements.find((s) => s.quote.startsWith('What happened in Bucha'))!;
    // A quotation is the same words by nature: two outlets quoting it are two sources.
    expect(statement.corroboration).toEqual({ articles: 2, outlets: 2, independent: 2, disputed: true });
    const c = await opened({ kind: 'statement', id: statement.id });
    expect(outletNames(c.outlets)).toEqual(['AP', 'Reuters']);
    expect(c.independent).toBe(2);
    expect(c.dispute?.on).toBe('speaker');
    expect(c.dispute!.versions.map((v) => v.speaker?.id)).toEqual([
      'person:gabrielius-landsbergis',
      'person:gitanas-nauseda',
    ]);
    expect(outletNames(c.dispute!.versions[1]!.outlets)).toEqual(['Delfi']);
  });

  it('when an entity page is read, then its rivals are read by article id only, and an undisputed item carries no dispute', async () => {
    const isakov = await entity(ISAKOV);
    const agreed = isakov.events.find((e) => e.type === 'expulsion' && e.date === '2022-04-04')!;
    const [full, counts] = await app.db.read(async (tx) => [
      await readEventVersions(tx, [agreed.id, 'event:no-such-event'], FULL),
      await readEventVersions(tx, [agreed.id], COUNTS),
    ]);
    expect(full.get(0)!.self.articles).toBe(agreed.corroboration!.articles);
    expect(full.get(0)!.rivals.map((r) => r.date)).toContain('2022-04-05');
    expect(full.get(0)!.rivals.every((r) => r.reports.length > 0)).toBe(true);
    expect(full.has(1)).toBe(false);
    const rivals = counts.get(0)!.rivals;
    expect(rivals.map((r) => r.date)).toContain('2022-04-05');
    for (const r of rivals) {
      expect(r.reports).toEqual([]);
      expect(r.articleIds!.length).toBeGreaterThan(0);
    }
    const lithuania = await entity('place:lithuania');
    const others = lithuania.relations.filter((x) => x.type !== 'EXPELLED');
    expect(others.length).toBeGreaterThan(0);
    for (const r of others) {
      expect(r.corroboration?.disputed, r.type).toBe(false);
      const ref = relationRefOf('place:lithuania', r);
      expect((await opened({ kind: 'relation', ref })).dispute, r.type).toBeUndefined();
    }
  });

  it('when an item is not in the graph or is named wrongly, then 404 and 400 come with codes', async () => {
    const missing = await getJson<ErrorBody>(`${app.url}/api/corroboration/event/event:no-such-event`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const noRelation = await getJson<ErrorBody>(
      `${app.url}/api/corroboration/relation?source=${ISAKOV}&type=MET&target=place:lithuania&key=x`,
    );
    expect(noRelation.status).toBe(404);
    const badType = await getJson<ErrorBody>(
      `${app.url}/api/corroboration/relation?source=${ISAKOV}&type=met;DELETE&target=place:lithuania&key=`,
    );
    expect(badType.status).toBe(400);
    expect(badType.body.error.code).toBe('VALIDATION_FAILED');
    expect(badType.body.error.message).toContain('type');
  });

  it('when the neighbourhood is drawn, then each edge carries its independent outlets', async () => {
    const res = await getJson<WireGraph>(`${app.url}/api/entities/${encodeURIComponent(ISAKOV)}/neighbors`);
    const expelled = res.body.edges.filter((e) => e.attributes.type === 'EXPELLED');
    expect(expelled.map((e) => [e.attributes.date, e.attributes.outlets]).sort()).toEqual([
      ['2022-04-04', 2],
      ['2022-04-05', 1],
    ]);
    for (const e of res.body.edges) expect(e.attributes.outlets).toBeGreaterThanOrEqual(1);
  });
});
