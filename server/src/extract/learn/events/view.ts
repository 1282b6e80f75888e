// What the learned event step reads of a page, built the same way while training (from the rules' output,
// ExtractResult) and at run time (from the extractor's own state before events are merged): the body's
// sentences and dates in the masked work text, every entity mention with its type, the quotations' spans
// and the events the rules made (type and evidence). Keeping one view for both keeps the features the
// model was trained on the features it meets.
import type { AnnotationDocument } from '@dossier/model';
import { findBody } from '../../body.js';
import type { Ctx } from '../../context.js';
import { findDates } from '../../dates.js';
import type { EntityType } from '../../entities/index.js';
import type { EvOut } from '../../events/index.js';
import { splitSentences, type Sentence } from '../../text.js';
import type { ExtractResult } from '../../types.js';

export interface ViewSpan {
  start: number;
  end: number;
}

export interface EventView {
  /** The work text (credits and bylines masked), offsets as in the article text. */
  work: string;
  sentences: Sentence[];
  /** Entity mentions with their types, sorted by start. */
  mentions: (ViewSpan & { type: EntityType })[];
  /** Quotations, marks included, sorted by start. */
  quotes: ViewSpan[];
  dates: ViewSpan[];
  /** The events the rules made: type and evidence. */
  ruleEvents: { type: string; evidence: ViewSpan[] }[];
}

const byStart = (a: ViewSpan, b: ViewSpan) => a.start - b.start || a.end - b.end;

function mentionsOf(entities: { type: EntityType; mentions: ViewSpan[] }[]): EventView['mentions'] {
  const out: EventView['mentions'] = [];
  for (const e of entities)
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, type: e.type });
  return out.sort(byStart);
}

/** The view of a page from the rules' output (training): work text, sentences and dates are recomputed. */
export function viewOfResult(result: ExtractResult): EventView | undefined {
  const doc: AnnotationDocument = result.document;
  const { body, work } = findBody(result.text, doc.article.title);
  if (body.start !== doc.body.start || body.end !== doc.body.end) return undefined;
  return {
    work,
    sentences: splitSentences(work, body.start, body.end).sents,
    mentions: mentionsOf(doc.entities),
    quotes: (result.quotations ?? []).map((q) => ({ start: q.open, end: q.close })).sort(byStart),
    dates: findDates(work, body.start, body.end, doc.article.published).map((d) => ({
      start: d.start,
      end: d.end,
    })),
    ruleEvents: doc.events.map((e) => ({ type: e.type, evidence: e.evidence })),
  };
}

/** The view at run time, from the extractor's state after the rules (events not merged yet). */
export function viewOfCtx(c: Ctx, events: readonly EvOut[]): EventView {
  return {
    work: c.work,
    sentences: c.sents,
    mentions: mentionsOf(c.idx.entities),
    quotes: c.quotes.map((q) => ({ start: q.open, end: q.close })),
    dates: c.dates.map((d) => ({ start: d.start, end: d.end })),
    ruleEvents: events.filter((e) => e.type).map((e) => ({ type: e.type, evidence: e.evidence })),
  };
}
