// The annotation document format (docs/architecture.md, "Annotation format"), as a zod schema: one
// document per article, shared by graph-seed's reviewed annotations, the extractor and the loader.
// Offsets are UTF-16 code units into the raw text.
import { z } from 'zod';
import {
  ENTITY_ID_PATTERN,
  ENTITY_TYPES,
  EVENT_ID_PREFIX,
  RELATION_TYPE_PATTERN,
  SLUG,
  STATEMENT_ID_PREFIX,
} from './graph.js';

/** ISO date of any precision: `2021`, `2021-03`, `2021-03-20`. */
export const isoDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
  );

export const articleId = z.string().regex(new RegExp(`^${SLUG}$`), 'must be a lower-case slug (a-z, 0-9, -)');
export const entityId = z
  .string()
  .regex(ENTITY_ID_PATTERN, 'must look like person:…, organization:… or place:… followed by a slug');
export const eventId = z
  .string()
  .regex(new RegExp(`^${EVENT_ID_PREFIX}:${SLUG}$`), 'must look like event:<slug>');
export const statementId = z
  .string()
  .regex(new RegExp(`^${STATEMENT_ID_PREFIX}:${SLUG}$`), 'must look like statement:<slug>');
export const relationType = z
  .string()
  .regex(RELATION_TYPE_PATTERN, 'must be UPPER_SNAKE_CASE, e.g. RECALLED or AMBASSADOR_TO');

export const entityType = z.enum(ENTITY_TYPES);

const offset = z.number().int().nonnegative();

/** A verbatim span of the raw text: `text === raw.slice(start, end)`. */
export const span = z
  .object({ start: offset, end: offset, text: z.string().min(1) })
  .strict()
  .refine((s) => s.end > s.start, { message: 'end must be greater than start' });

export const articleMeta = z
  .object({
    id: articleId,
    title: z.string().min(1),
    outlet: z.string().min(1),
    published: isoDate.nullable(),
    url: z.string().url().nullable(),
    language: z.string().min(2).max(8),
  })
  .strict();

export const entity = z
  .object({
    id: entityId,
    type: entityType,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    description: z.string().optional(),
    mentions: z.array(span).min(1),
    /** The extractor's rule that produced the item (e.g. "events/expulsions:expulsion"), for tracing. */
    rule: z.string().min(1).optional(),
  })
  .strict();

export const participant = z.object({ entity: entityId, role: z.string().min(1) }).strict();

export const event = z
  .object({
    id: eventId,
    type: z.string().regex(/^[a-z][a-z-]*$/, 'must be a lower-case word such as recall or meeting'),
    label: z.string().min(1),
    date: isoDate.nullable(),
    place: entityId.nullable().optional(),
    participants: z.array(participant).min(1),
    evidence: z.array(span).min(1),
    /** The extractor's rule that produced the item (e.g. "events/expulsions:expulsion"), for tracing. */
    rule: z.string().min(1).optional(),
  })
  .strict();

export const statement = z
  .object({
    id: statementId,
    speaker: entityId,
    quote: z.string().min(1),
    start: offset,
    end: offset,
    date: isoDate.nullable(),
    about: z.array(entityId),
    /** The extractor's rule that produced the item (e.g. "events/expulsions:expulsion"), for tracing. */
    rule: z.string().min(1).optional(),
  })
  .strict();

export const relation = z
  .object({
    source: entityId,
    type: relationType,
    target: entityId,
    date: isoDate.nullable().optional(),
    place: entityId.nullable().optional(),
    event: eventId.nullable().optional(),
    evidence: z.array(span).min(1),
    /** The extractor's rule that produced the item (e.g. "events/expulsions:expulsion"), for tracing. */
    rule: z.string().min(1).optional(),
  })
  .strict();

export const annotationDocument = z
  .object({
    article: articleMeta,
    body: z.object({ start: offset, end: offset }).strict(),
    entities: z.array(entity),
    events: z.array(event),
    statements: z.array(statement),
    relations: z.array(relation),
  })
  .strict();

export type Span = z.infer<typeof span>;
export type ArticleMeta = z.infer<typeof articleMeta>;
export type AnnotatedEntity = z.infer<typeof entity>;
export type AnnotatedEvent = z.infer<typeof event>;
export type AnnotatedStatement = z.infer<typeof statement>;
export type AnnotatedRelation = z.infer<typeof relation>;
export type AnnotationDocument = z.infer<typeof annotationDocument>;
