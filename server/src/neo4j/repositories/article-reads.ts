// Read queries about articles: the list, and one article's text with every highlight span.
import type { Database } from '../database.js';
import type { ArticleDetail, ArticleSummary } from '@dossier/model';
import { toArticleDetail, type ArticleDetailRow } from '../mappers.js';

const SUMMARY = 'a {.id, .title, .outlet, .published, .url, .language}';

export async function readArticles(db: Database): Promise<ArticleSummary[]> {
  return db.read(async (tx) => {
    const res = await tx.run(`MATCH (a:Article) RETURN ${SUMMARY} AS a ORDER BY a.published, a.id`);
    return res.records.map((r) => r.get('a') as ArticleSummary);
  });
}

export async function readArticle(db: Database, id: string): Promise<ArticleDetail | null> {
  return db.read(async (tx) => {
    const res = await tx.run(
      `MATCH (a:Article {id: $id})
       RETURN ${SUMMARY} AS summary, a.text AS text, a.bodyStart AS bodyStart, a.bodyEnd AS bodyEnd,
         [(e:Entity)-[m:MENTIONED_IN]->(a) | {id: e.id, spans: m.spans}] AS mentions,
         [(ev:Event)-[rep:REPORTED_IN]->(a) | {id: ev.id, label: ev.label, spans: rep.spans}] AS events,
         [(s:Statement)-[rep:REPORTED_IN]->(a) |
            {speaker: head([(sp)-[:SAID]->(s) | sp.id]), start: rep.start, end: rep.end}] AS statements,
         COLLECT {
           MATCH (a)<-[:MENTIONED_IN]-(x:Entity)-[r]->(:Entity)
           WHERE $id IN r.articleIds
           WITH DISTINCT x, r
           UNWIND range(0, size(r.articleIds) - 1) AS i
           WITH x, r, i WHERE r.articleIds[i] = $id
           RETURN {source: x.id, type: type(r), start: r.evidenceStarts[i], end: r.evidenceEnds[i]}
         } AS evidence`,
      { id },
    );
    const rec = res.records[0];
    return rec ? toArticleDetail(rec.toObject() as ArticleDetailRow) : null;
  });
}
