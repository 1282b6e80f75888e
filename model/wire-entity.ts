// Wire schemas of an entity's detail (GET /api/entities/:id) and of its paged lists
// (GET /api/entities/:id/<list>): relations with evidence, statements, events and source articles, each
// with the counts of who reports it (wire-corroboration.ts). zod schemas, so the OpenAPI document
// describes exactly these; the types are inferred from them.
import { z } from 'zod';
import { NODE_TYPES } from './graph.js';
import { corroborationCountsSchema } from './wire-corroboration.js';

const nodeType = z.enum(NODE_TYPES);
const named = z.object({ id: z.string(), name: z.string() });

export const evidenceItemSchema = z.object({
  articleId: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  text: z.string(),
  start: z.number().nullable(),
  end: z.number().nullable(),
});

export const entityRelationSchema = z
  .object({
    type: z.string(),
    direction: z.enum(['out', 'in']),
    /** The relationship's key (date and place): with its ends and type, what names it (relationRefOf). */
    key: z.string(),
    other: z.object({ id: z.string(), name: z.string(), type: nodeType }),
    date: z.string().nullable(),
    place: named.nullable(),
    event: z.string().nullable(),
    /** The first EVIDENCE_CAP evidence items (one per report); `evidenceTotal` says how many there are. */
    evidence: z.array(evidenceItemSchema),
    evidenceTotal: z.number(),
    /** How many report it, how independently, and whether articles disagree (server/src/corroboration). */
    corroboration: corroborationCountsSchema.optional(),
  })
  .meta({ id: 'EntityRelation' });

export const entityStatementSchema = z
  .object({
    id: z.string(),
    quote: z.string(),
    date: z.string().nullable(),
    articleId: z.string(),
    start: z.number(),
    end: z.number(),
    about: z.array(named),
    corroboration: corroborationCountsSchema.optional(),
  })
  .meta({ id: 'EntityStatement' });

export const sourceArticleSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    outlet: z.string(),
    published: z.string().nullable(),
    mentionCount: z.number(),
  })
  .meta({ id: 'SourceArticle' });

export const entityEventSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    label: z.string(),
    date: z.string().nullable(),
    role: z.string(),
    place: named.nullable(),
    corroboration: corroborationCountsSchema.optional(),
  })
  .meta({ id: 'EntityEvent' });

/** The lists of an entity's detail, each paged by GET /api/entities/:id/<list>?offset=&limit=. */
export const ENTITY_LISTS = ['relations', 'statements', 'events', 'articles'] as const;
export type EntityListName = (typeof ENTITY_LISTS)[number];

/** The schema of one item of each list. */
export const entityListItemSchemas = {
  relations: entityRelationSchema,
  statements: entityStatementSchema,
  events: entityEventSchema,
  articles: sourceArticleSchema,
} as const satisfies Record<EntityListName, z.ZodType>;

export const entityDetailSchema = z
  .object({
    id: z.string(),
    type: nodeType,
    name: z.string(),
    aliases: z.array(z.string()),
    description: z.string().nullable(),
    /** How articles were joined to this node by entity resolution: "<article>: 'Antonov' → … (rule)". */
    resolution: z.array(z.string()),
    /** The first page of each list (newest first); `totals` says how long each list is. */
    relations: z.array(entityRelationSchema),
    statements: z.array(entityStatementSchema),
    events: z.array(entityEventSchema),
    articles: z.array(sourceArticleSchema),
    totals: z.record(z.enum(ENTITY_LISTS), z.number()),
    /** How many items each list of this answer holds at most (`?limit=`). */
    pageSize: z.number(),
  })
  .meta({ id: 'EntityDetail' });

/** The schema of one page of one list of an entity's detail. */
export function entityListPageSchema<L extends EntityListName>(list: L) {
  return z.object({
    id: z.string(),
    list: z.literal(list),
    offset: z.number(),
    limit: z.number(),
    total: z.number(),
    items: z.array(entityListItemSchemas[list]),
  });
}

export type EvidenceItem = z.infer<typeof evidenceItemSchema>;
export type EntityRelation = z.infer<typeof entityRelationSchema>;
export type EntityStatement = z.infer<typeof entityStatementSchema>;
export type SourceArticle = z.infer<typeof sourceArticleSchema>;
export type EntityEvent = z.infer<typeof entityEventSchema>;
export type EntityDetail = z.infer<typeof entityDetailSchema>;
export type EntityListItems = { [L in EntityListName]: z.infer<(typeof entityListItemSchemas)[L]> };
/** One page of one list of an entity's detail. */
export interface EntityListPage<L extends EntityListName = EntityListName> {
  id: string;
  list: L;
  offset: number;
  limit: number;
  total: number;
  items: EntityListItems[L][];
}
