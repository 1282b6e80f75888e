// Extraction of short invented articles for the extractor's unit tests: the first line is the headline.
import { expect } from 'vitest';
import type { AnnotationDocument } from '@dossier/model';
import { extractArticle } from '../../server/src/extract/index.js';
import { validateDocument } from '../../server/src/ingest/validate-document.js';

export function extract(raw: string, published = '2024-03-05') {
  const title = raw.split('\n')[0]!;
  return extractArticle({ raw, meta: { title, outlet: 'Test', published } }).document;
}

/** The names of the entities of one type in an extracted document, in its order. */
export function namesOf(d: ReturnType<typeof extract>, type: string): string[] {
  return d.entities.filter((e) => e.type === type).map((e) => e.name);
}

/** The name of the speaker of the statement whose quotation starts with `start`. */
export function speakerOf(d: ReturnType<typeof extract>, start: string): string | undefined {
  const st = d.statements.find((x) => x.quote.startsWith(start));
  return st ? d.entities.find((e) => e.id === st.speaker)?.name : undefined;
}

/** The speakers' names of all statements, in the article's order. */
export function speakersOf(d: ReturnType<typeof extract>): (string | undefined)[] {
  return d.statements.map((st) => d.entities.find((e) => e.id === st.speaker)?.name);
}

/** The publication date the clause and event tests give their articles (a Wednesday). */
export const TEST_PUBLISHED = '2025-03-12';

/**
 * Extracts `title`, a blank line and `body` as a plain-text article, checks that the document is valid for
 * its text, and reads it back by name: relations as "Source TYPE Target", events by type, entities as
 * "Type Name", and the rule that made a relation.
 */
export function extractChecked(title: string, body: string, published: string | null = TEST_PUBLISHED) {
  const raw = `${title}\n\n${body}`;
  const r = extractArticle({ raw, format: 'text', meta: { title, published } });
  const d = r.document;
  expect(validateDocument(r.text, d, 'probe', d.article.id)).toMatchObject({ ok: true });
  const name = (id: string) => d.entities.find((e) => e.id === id)?.name ?? id;
  const said = (x: AnnotationDocument['relations'][number]) =>
    `${name(x.source)} ${x.type} ${name(x.target)}`;
  return {
    d,
    name,
    rels: d.relations.map(said),
    names: d.entities.map((e) => `${e.type} ${e.name}`),
    events: (type: string) => d.events.filter((e) => e.type === type),
    ruleOf: (rel: string) => d.relations.find((x) => said(x) === rel)?.rule,
  };
}

/** The relations of one type `extractChecked` reads from `title` and `body`, as "Source TYPE Target". */
export function relationsOfType(type: string, title: string, body: string): string[] {
  return extractChecked(title, body).rels.filter((r) => r.includes(` ${type} `));
}

/** The MET pairs `extractChecked` reads, each "A MET B" with its two names in alphabetical order (MET is symmetric). */
export function metPairs(title: string, body: string): string[] {
  return relationsOfType('MET', title, body)
    .map((r) => r.split(' MET ').sort().join(' MET '))
    .sort();
}

/** How many meeting events `extractChecked` reads from `title` and `body`. */
export function meetingCount(title: string, body: string): number {
  return extractChecked(title, body).d.events.filter((e) => e.type === 'meeting').length;
}
