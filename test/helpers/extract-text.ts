// Extraction of short invented articles for the extractor's unit tests: the first line is the headline.
import { extractArticle } from '../../server/src/extract/index.js';

export function extract(raw: string, published = '2024-03-05') {
  const title = raw.split('\n')[0]!;
  return extractArticle({ raw, meta: { title, outlet: 'Test', published } }).document;
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
