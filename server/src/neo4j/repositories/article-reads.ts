// Read queries about articles: the list, and one article's text with every highlight span.
import type { Database } from '../database.js';
import type { ArticleDetail, ArticleSummary, Highlight } from '@dossier/model';

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
    if (!rec) return null;
    const highlights: Highlight[] = [];
    for (const m of rec.get('mentions') as { id: string; spans: number[] }[]) {
      for (let i = 0; i + 1 < m.spans.length; i += 2) {
        highlights.push({ start: m.spans[i]!, end: m.spans[i + 1]!, kind: 'mention', entityId: m.id });
      }
    }
    for (const e of rec.get('evidence') as { source: string; type: string; start: number; end: number }[]) {
      highlights.push({ start: e.start, end: e.end, kind: 'evidence', entityId: e.source, label: e.type });
    }
    for (const s of rec.get('statements') as { speaker: string | null; start: number; end: number }[]) {
      highlights.push({ start: s.start, end: s.end, kind: 'statement', entityId: s.speaker });
    }
    for (const ev of rec.get('events') as { id: string; label: string; spans: number[] }[]) {
      for (let i = 0; i + 1 < ev.spans.length; i += 2) {
        highlights.push({
          start: ev.spans[i]!,
          end: ev.spans[i + 1]!,
          kind: 'event',
          entityId: ev.id,
          label: ev.label,
        });
      }
    }
    highlights.sort((a, b) => a.start - b.start || b.end - a.end);
    return {
      ...(rec.get('summary') as ArticleSummary),
      text: rec.get('text') as string,
      body: { start: rec.get('bodyStart') as number, end: rec.get('bodyEnd') as number },
      highlights,
    };
  });
}
