// The start's warming of the ingestion (server/src/ingest/warm-ingestion.ts), against the real Neo4j
// (seeded): it runs the ingestion's transaction for the seed's articles, extracted from their text, and
// rolls it back, so the graph afterwards equals the graph before, node for node and property for property.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmIngestion, warmingArticles } from '../../server/src/ingest/warm-ingestion.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

/** Every node and relationship with its properties, sorted: two equal snapshots are the same graph. */
async function snapshot(): Promise<string[]> {
  const res = await app.db.read((tx) =>
    tx.run(
      `CALL () { MATCH (n) RETURN labels(n) AS l, properties(n) AS p, null AS e
                 UNION ALL
                 MATCH (a)-[r]->(b) RETURN [type(r)] AS l, properties(r) AS p, [a.id, b.id] AS e }
       RETURN l, p, e`,
    ),
  );
  return res.records.map((r) => JSON.stringify([r.get('l'), r.get('p'), r.get('e')])).sort();
}

describe('warming the ingestion at start', () => {
  it("when the seed's articles are extracted, then all five make a valid document to write", () => {
    const articles = warmingArticles();
    expect(articles.map((a) => a.doc.article.id).sort()).toHaveLength(5);
    expect(articles.every((a) => a.resolve && a.doc.entities.length > 0)).toBe(true);
  });

  it('when the ingestion is warmed, then its transactions ran and were rolled back: the graph is unchanged', async () => {
    const before = await snapshot();
    const progress: string[] = [];
    const report = await warmIngestion(app.db, (l) => progress.push(l));
    expect(report.articles).toBe(5);
    expect(report.roundsMs.length).toBeGreaterThan(0);
    expect(report.failures).toEqual([]);
    expect(progress.join('\n')).toMatch(/Warmed the ingestion \(5 articles, rolled back\)/);
    expect(await snapshot()).toEqual(before);
  });
});
