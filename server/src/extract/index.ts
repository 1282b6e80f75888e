// The extractor's entry point: raw news text or HTML in, an annotation document out (see types.ts).
// Minimal first version: people, places and organisations from compromise, with their mentions.
import nlp from 'compromise';
import type { AnnotatedEntity, AnnotationDocument } from '../ingest/annotation-schema.js';
import type { ExtractInput, ExtractResult } from './types.js';

export type { ExtractInput, ExtractResult } from './types.js';

export function slugify(s: string, max = 80): string {
  const slug = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/g, '') || 'x';
}

export function articleIdFor(meta: ExtractInput['meta'] = {}): string {
  if (meta.id && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(meta.id)) return meta.id;
  const parts = [meta.outlet ?? '', meta.published ?? '', meta.title ?? ''].filter(Boolean).join(' ');
  return slugify(parts || 'article', 90);
}

export function extractArticle(input: ExtractInput): ExtractResult {
  const text = input.raw;
  const meta = input.meta ?? {};
  const warnings: string[] = [];
  const entities = new Map<string, AnnotatedEntity>();
  const doc = nlp(text);
  const kinds = [
    ['people', 'Person', 'person'],
    ['places', 'Place', 'place'],
    ['organizations', 'Organization', 'organization'],
  ] as const;
  for (const [method, type, prefix] of kinds) {
    const found = doc[method]().json({ offset: true }) as { offset: { start: number; length: number } }[];
    for (const f of found) {
      let start = f.offset.start;
      let end = start + f.offset.length;
      while (end > start && /[\s.,;:!?'"’)]/.test(text[end - 1]!)) end--;
      while (start < end && /[\s'"‘“(]/.test(text[start]!)) start++;
      if (end <= start) continue;
      const surface = text.slice(start, end).replace(/['’]s$/, '');
      const id = `${prefix}:${slugify(surface)}`;
      const e = entities.get(id) ?? { id, type, name: surface, aliases: [], mentions: [] };
      e.mentions.push({ start, end, text: text.slice(start, end) });
      entities.set(id, e);
    }
  }
  const document: AnnotationDocument = {
    article: {
      id: articleIdFor(meta),
      title: meta.title ?? (text.trim().split('\n')[0] ?? '').slice(0, 200) ?? 'Untitled',
      outlet: meta.outlet ?? 'unknown',
      published: meta.published ?? null,
      url: meta.url ?? null,
      language: meta.language ?? 'en',
    },
    body: { start: 0, end: Math.max(1, text.length) },
    entities: [...entities.values()],
    events: [],
    statements: [],
    relations: [],
  };
  if (!document.article.title) document.article.title = 'Untitled';
  return { text, document, warnings };
}
