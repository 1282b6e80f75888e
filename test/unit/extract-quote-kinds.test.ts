// The quotation failure counts (eval/quote-kinds.ts) on an invented article whose gold is written here:
// one quotation right, one with a wrong speaker, one found with no speaker, one not found; counts only.
import { describe, expect, it } from 'vitest';
import type { AnnotationDocument } from '@dossier/model';
import { extractArticle } from '../../server/src/extract/index.js';
import { formatKinds, quoteKinds } from '../../server/src/extract/eval/quote-kinds.js';
import { sentenceShapeKinds } from '../../server/src/extract/eval/sentence-shape-kinds.js';

const TITLE = 'Ministers trade words over fishing rights';
const BODY = [
  'Some called it a quiet day for everyone involved.',
  'A line on the harbour wall read “Patience is all we need” in large letters.',
  '“We will not give up our waters,” Elena Varga said on Monday.',
  'Tomas Berg met Elena Varga in Oslo. “The talks were useful,” Varga said.',
].join('\n\n');
const RAW = `${TITLE}\n\n${BODY}`;

function goldFor(text: string): AnnotationDocument {
  const span = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  const entity = (id: string, name: string) => ({
    id,
    type: 'Person' as const,
    name,
    aliases: [],
    mentions: [],
  });
  return {
    article: { id: 'probe', title: TITLE, outlet: 'Test', published: null, url: null, language: 'en' },
    body: { start: 0, end: text.length },
    entities: [entity('person:varga', 'Elena Varga'), entity('person:berg', 'Tomas Berg')],
    events: [],
    relations: [],
    statements: [
      {
        id: 's1',
        speaker: 'person:varga',
        quote: 'We will not give up our waters,',
        ...span('We will not give up our waters,'),
        date: null,
        about: [],
      },
      {
        id: 's2',
        speaker: 'person:berg',
        quote: 'The talks were useful,',
        ...span('The talks were useful,'),
        date: null,
        about: [],
      },
      {
        id: 's3',
        speaker: 'person:berg',
        quote: 'Patience is all we need',
        ...span('Patience is all we need'),
        date: null,
        about: [],
      },
      {
        id: 's4',
        speaker: 'person:berg',
        quote: 'a quiet day',
        ...span('a quiet day'),
        date: null,
        about: [],
      },
    ],
  };
}

describe('quotation failures by kind', () => {
  it('when an article is scored against its gold, then each gold quotation is counted at its stage, with no text', () => {
    const r = extractArticle({ raw: RAW, format: 'text', meta: { title: TITLE }, debug: true });
    expect(r.quotations?.length).toBeGreaterThanOrEqual(3);
    const k = quoteKinds(r.text, r.document, r.quotations!, goldFor(r.text));
    expect(k).toMatchObject({
      'stage right': 1,
      'stage wrong-speaker': 1,
      'stage found-unattributed': 1,
      'stage not-found': 1,
      'wrong-speaker: speaker-type Person': 1,
      'wrong-speaker: rule quotes:name': 1,
      'wrong-speaker: gold-speaker-mentioned paragraph-before': 1,
      'found-unattributed: speaker-type Person': 1,
      'found-unattributed: gold-speaker-mentioned only-later': 1,
    });
    const printed = formatKinds([k, k]);
    expect(printed).toMatch(/^stage right: 2$/m);
    // Counts only: no word of the article is printed.
    for (const word of ['Varga', 'Berg', 'waters', 'useful', 'Patience', 'quiet'])
      expect(printed).not.toContain(word);
  });

  it('when a quotation is left without its right speaker, then its sentence’s shape is counted in closed classes only', () => {
    const r = extractArticle({ raw: RAW, format: 'text', meta: { title: TITLE }, debug: true });
    const k = sentenceShapeKinds(r.text, r.document, r.quotations!, goldFor(r.text));
    expect(k).toMatchObject({
      'shape wrong Person: opener the-quotation': 1,
      'shape wrong Person: headline-paragraph false': 1,
      'shape unattributed Person: opener capitalised': 1,
      'shape unattributed Person: words 4-10': 1,
    });
    const printed = formatKinds([k]);
    for (const word of ['Varga', 'Berg', 'waters', 'useful', 'Patience', 'quiet'])
      expect(printed).not.toContain(word);
  });

  it('when the extractor is not asked for debug output, then it returns no quotation list', () => {
    expect(extractArticle({ raw: RAW, format: 'text', meta: { title: TITLE } }).quotations).toBeUndefined();
  });
});
