// The seed graph in a real Neo4j: counts per label, one Antonov reported by five articles, provenance on
// every relation, idempotent reloads, and refusal of a bad document with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../server/src/ingest/load-articles.js';
import { loadSeed } from '../../server/src/ingest/seed.js';
import { readCounts, readRelationshipCounts } from '../../server/src/neo4j/repositories/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { expectedLabelCounts, seedDocuments } from '../helpers/seed-facts.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

describe('the seed graph', () => {
  it('when Dossier starts on an empty database, then it loads the seed with the expected counts per label', async () => {
    expect(app.seeded).toBe(true);
    const counts = await readCounts(app.db);
    const expected = expectedLabelCounts();
    for (const [label, n] of Object.entries(expected)) expect(counts[label], label).toBe(n);
    expect(counts['Article']).toBe(5);
    expect(counts['Person']).toBeGreaterThanOrEqual(8);
    expect(counts['Event']).toBeGreaterThanOrEqual(15);
  });

  it('when Antonov is read, then one node lists all five source articles', async () => {
    const res = await app.db.read((tx) =>
      tx.run(
        `MATCH (e:Person) WHERE e.name CONTAINS 'Antonov'
         RETURN e.id AS id, COUNT { (e)-[:MENTIONED_IN]->(:Article) } AS articles`,
      ),
    );
    expect(res.records).toHaveLength(1);
    expect(res.records[0]!.get('id')).toBe('person:anatoly-antonov');
    expect(res.records[0]!.get('articles')).toBe(5);
  });

  it('when any relation is read, then it has an article and evidence whose text matches that article', async () => {
    const res = await app.db.read((tx) =>
      tx.run(
        `MATCH (:Entity)-[r]->(:Entity)
         RETURN type(r) AS type, r.articleIds AS ids, r.evidence AS evidence,
                r.evidenceStarts AS starts, r.evidenceEnds AS ends`,
      ),
    );
    expect(res.records.length).toBeGreaterThan(20);
    const texts = await app.db.read((tx) => tx.run('MATCH (a:Article) RETURN a.id AS id, a.text AS text'));
    const textOf = new Map(texts.records.map((r) => [r.get('id') as string, r.get('text') as string]));
    for (const rec of res.records) {
      const ids = rec.get('ids') as string[];
      const evidence = rec.get('evidence') as string[];
      expect(ids.length, rec.get('type')).toBeGreaterThan(0);
      expect(evidence).toHaveLength(ids.length);
      ids.forEach((id, i) => {
        const text = textOf.get(id);
        expect(text, `article ${id}`).toBeDefined();
        const start = (rec.get('starts') as number[])[i]!;
        const end = (rec.get('ends') as number[])[i]!;
        expect(text!.slice(start, end)).toBe(evidence[i]);
      });
    }
  });

  it('when every statement and event is read, then each is reported in an article', async () => {
    const res = await app.db.read((tx) =>
      tx.run(
        `MATCH (m) WHERE m:Statement OR m:Event
         RETURN count(m) AS all,
                sum(CASE WHEN EXISTS { (m)-[:REPORTED_IN]->(:Article) } THEN 0 ELSE 1 END) AS orphans`,
      ),
    );
    expect(res.records[0]!.get('all')).toBeGreaterThan(0);
    expect(res.records[0]!.get('orphans')).toBe(0);
  });

  it('when the seed is loaded a second time, then no count changes', async () => {
    const before = { ...(await readCounts(app.db)), ...(await readRelationshipCounts(app.db)) };
    const outcomes = await loadSeed(app.db);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const after = { ...(await readCounts(app.db)), ...(await readRelationshipCounts(app.db)) };
    expect(after).toEqual(before);
  });

  it('when a document has a span that does not match its article, then it is refused whole and nothing is written', async () => {
    const before = { ...(await readCounts(app.db)), ...(await readRelationshipCounts(app.db)) };
    const { text, doc } = seedDocuments()[0]!;
    const bad = structuredClone(doc);
    bad.article.id = 'a-new-article-that-must-not-appear';
    bad.entities.push({
      id: 'person:nobody-at-all',
      type: 'Person',
      name: 'Nobody',
      aliases: [],
      mentions: [{ start: 0, end: 5, text: 'WRONG' }],
    });
    const outcome = await loadArticle(app.db, { file: 'bad.json', text, document: bad });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.message).toContain('bad.json');
      expect(outcome.message).toContain('person:nobody-at-all');
    }
    const after = { ...(await readCounts(app.db)), ...(await readRelationshipCounts(app.db)) };
    expect(after).toEqual(before);
    const found = await app.db.read((tx) =>
      tx.run(
        "MATCH (n) WHERE n.id IN ['a-new-article-that-must-not-appear', 'person:nobody-at-all'] RETURN count(n) AS n",
      ),
    );
    expect(found.records[0]!.get('n')).toBe(0);
  });

  it('when an article is edited and reloaded, then its earlier contributions are replaced', async () => {
    const { text, doc, file } = seedDocuments().find((s) => s.doc.article.outlet === 'TASS')!;
    const before = await readCounts(app.db);
    const trimmed = structuredClone(doc);
    trimmed.statements = [];
    trimmed.entities.find((e) => e.id === 'person:anatoly-antonov')!.aliases.push('Edited Alias');
    expect(doc.statements.length).toBeGreaterThan(0);
    const aliasesOf = async (id: string) =>
      (
        await app.db.read((tx) => tx.run('MATCH (e:Entity {id: $id}) RETURN e.aliases AS a', { id }))
      ).records[0]!.get('a') as string[];
    const outcome = await loadArticle(app.db, { file, text, document: trimmed });
    expect(outcome.ok).toBe(true);
    expect(await aliasesOf('person:anatoly-antonov')).toContain('Edited Alias');
    const reported = await app.db.read((tx) =>
      tx.run('MATCH (:Statement)-[:REPORTED_IN]->(:Article {id: $id}) RETURN count(*) AS n', {
        id: doc.article.id,
      }),
    );
    expect(reported.records[0]!.get('n')).toBe(0);
    await loadArticle(app.db, { file, text, document: doc });
    expect(await readCounts(app.db)).toEqual(before);
    const aliases = await aliasesOf('person:anatoly-antonov');
    expect(aliases).not.toContain('Edited Alias');
    expect(aliases).toContain('Antonov');
  });
});
