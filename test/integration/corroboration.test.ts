// Corroboration against the real Neo4j: four fixture articles about one expulsion go through the real
// ingestion (POST /api/articles). Reuters and AP carry the same wire sentence, the BBC writes its own,
// Delfi gives another date and puts the quotation in another mouth. The entity page counts independent
// outlets, marks the disputed items with both versions, and graph edges carry their outlet count.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEventVersions } from '../../server/src/neo4j/repositories/corroboration-reads.js';
import type { EntityDetail, IngestResponse, WireGraph } from '@dossier/model';
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
const outletNames = (xs: { outlet: string | null }[]) => xs.map((x) => x.outlet).sort();

describe('corroboration of an entity page', () => {
  it('when Reuters and AP carry the same sentence and the BBC its own, then three outlets report the expulsion and two independently', async () => {
    const isakov = await entity(ISAKOV);
    const expelled = isakov.relations.find((r) => r.type === 'EXPELLED' && r.date === '2022-04-04');
    const c = expelled?.corroboration;
    expect(c, JSON.stringify(isakov.relations)).toBeDefined();
    expect(c!.articles).toBe(3);
    expect(outletNames(c!.outlets)).toEqual(['AP', 'BBC', 'Reuters']);
    expect(c!.independent).toBe(2);
    const group = (o: string) => c!.outlets.find((x) => x.outlet === o)!.copyGroup;
    expect(group('AP')).toBe(group('Reuters'));
    expect(group('BBC')).not.toBe(group('Reuters'));
    for (const o of c!.outlets) {
      expect(o.published).toBe('2022-04-05');
      expect(o.text).toContain('Alexei Isakov');
    }
  });

  it('when Delfi dates the expulsion a day later, then both dated versions are disputed, side by side', async () => {
    const isakov = await entity(ISAKOV);
    const first = isakov.relations.find((r) => r.type === 'EXPELLED' && r.date === '2022-04-04')!;
    const later = isakov.relations.find((r) => r.type === 'EXPELLED' && r.date === '2022-04-05')!;
    expect(first.corroboration!.dispute?.on).toBe('date');
    expect(first.corroboration!.dispute!.versions.map((v) => v.date)).toEqual(['2022-04-04', '2022-04-05']);
    expect(outletNames(first.corroboration!.dispute!.versions[1]!.outlets)).toEqual(['Delfi']);
    expect(later.corroboration!.dispute!.versions.map((v) => v.date)).toEqual(['2022-04-05', '2022-04-04']);
    expect(later.corroboration!.independent).toBe(1);

    const events = isakov.events.filter((e) => e.type === 'expulsion');
    expect([...new Set(events.map((e) => e.date))].sort()).toEqual(['2022-04-04', '2022-04-05']);
    for (const e of events) {
      expect(e.corroboration!.dispute?.on, e.id).toBe('date');
      expect(e.corroboration!.dispute!.versions.length).toBeGreaterThanOrEqual(2);
    }
    // The extractor may name one event differently in two articles: the agreeing reports add up.
    const agreed = events.filter((e) => e.date === '2022-04-04').map((e) => e.corroboration!);
    expect(agreed.reduce((n, c) => n + c.articles, 0)).toBe(3);
  });

  it('when Delfi gives Landsbergis’s quotation to Nauseda, then the statement is disputed on its speaker', async () => {
    const landsbergis = await entity('person:gabrielius-landsbergis');
    const statement = landsbergis.statements.find((s) => s.quote.startsWith('What happened in Bucha'));
    const c = statement!.corroboration!;
    expect(outletNames(c.outlets)).toEqual(['AP', 'Reuters']);
    // A quotation is the same words by nature: two outlets quoting it are two sources.
    expect(c.independent).toBe(2);
    expect(c.dispute?.on).toBe('speaker');
    expect(c.dispute!.versions.map((v) => v.speaker?.id)).toEqual([
      'person:gabrielius-landsbergis',
      'person:gitanas-nauseda',
    ]);
    expect(outletNames(c.dispute!.versions[1]!.outlets)).toEqual(['Delfi']);
  });

  it('when an item is undisputed, then it carries no dispute (the repository finds no rival)', async () => {
    const isakov = await entity(ISAKOV);
    const agreed = isakov.events.find((e) => e.type === 'expulsion' && e.date === '2022-04-04')!;
    const items = await app.db.read((tx) => readEventVersions(tx, [agreed.id, 'event:no-such-event']));
    expect(items.get(0)!.self.articles).toBe(agreed.corroboration!.articles);
    expect(items.get(0)!.rivals.map((r) => r.date)).toContain('2022-04-05');
    expect(items.has(1)).toBe(false);
    const lithuania = await entity('place:lithuania');
    for (const r of lithuania.relations.filter((x) => x.type !== 'EXPELLED'))
      expect(r.corroboration?.dispute, r.type).toBeUndefined();
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
