// Wire schemas of corroboration: who reports a relation, event or statement, how independently, and
// whether articles disagree. An entity's detail carries only each item's counts (CorroborationCounts,
// cheap to read for a page of items); the outlets with their sentences and the rival versions of one item
// come on demand from GET /api/corroboration/... (Corroboration). zod schemas, so the OpenAPI document
// describes exactly these.
import { z } from 'zod';

const named = z.object({ id: z.string(), name: z.string() });

/** One outlet's report of an item: its first article, the sentence that says it, and the date. */
export const outletReportSchema = z.object({
  /** The outlet, or null when the article names none. */
  outlet: z.string().nullable(),
  articleId: z.string(),
  published: z.string().nullable(),
  /** The sentence (the longest of the article's evidence); empty for statements, whose quote is the item. */
  text: z.string(),
  /** How many of this outlet's articles report the item. */
  articles: z.number(),
  /** Outlets with the same group carry the same copy (wire copy) and count once. */
  copyGroup: z.number(),
});

/** One version of a disputed item, as some articles tell it. */
export const itemVersionSchema = z.object({
  /** The relation's key, or the event's or statement's id. */
  id: z.string(),
  date: z.string().nullable(),
  /** Statements: who the quotation is given to in this version. */
  speaker: named.optional(),
  outlets: z.array(outletReportSchema),
});

/** GET /api/corroboration/...: one item's corroboration in full. */
export const corroborationSchema = z
  .object({
    /** Articles that report the item. */
    articles: z.number(),
    /** One entry per outlet, the earliest first. */
    outlets: z.array(outletReportSchema),
    /** Outlets that report it independently: outlets carrying the same copy count once. */
    independent: z.number(),
    /**
     * Present when articles disagree: a different date for the same event between the same parties, or
     * the same quotation given to different speakers. `versions[0]` is this item's version.
     */
    dispute: z.object({ on: z.enum(['date', 'speaker']), versions: z.array(itemVersionSchema) }).optional(),
  })
  .meta({ id: 'Corroboration' });

/**
 * What an entity's detail says of each item's corroboration: the counts, judged on the item's first
 * reports (as the graph's edge widths are), and whether articles disagree about it.
 */
export const corroborationCountsSchema = z
  .object({
    /** Articles that report the item. */
    articles: z.number(),
    /** Outlets among its first reports. */
    outlets: z.number(),
    /** Of those, the outlets that report it independently (outlets carrying the same copy count once). */
    independent: z.number(),
    /** Some articles tell it otherwise (another date, or the quotation given to someone else). */
    disputed: z.boolean(),
  })
  .meta({ id: 'CorroborationCounts' });

/** A relationship between two entities, as the loader merges it: `(source)-[:type {key}]->(target)`. */
export const relationRefSchema = z.object({
  source: z.string(),
  type: z.string(),
  target: z.string(),
  key: z.string(),
});

export type OutletReport = z.infer<typeof outletReportSchema>;
export type ItemVersion = z.infer<typeof itemVersionSchema>;
export type Corroboration = z.infer<typeof corroborationSchema>;
export type CorroborationCounts = z.infer<typeof corroborationCountsSchema>;
export type RelationRef = z.infer<typeof relationRefSchema>;
/** The item whose corroboration is asked for. */
export type CorroboratedItem =
  { kind: 'relation'; ref: RelationRef } | { kind: 'event' | 'statement'; id: string };
