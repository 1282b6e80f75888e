// The reviewed annotation format: an annotation document written by text, not offsets. fill-offsets.ts
// turns it into docs/architecture.md's format. A span is its exact words, with a hint when they occur
// more than once in the body: `occurrence` (1-based) or `after` (words that come somewhere before it).
import { z } from 'zod';

export const textRef = z.union([
  z.string().min(1),
  z
    .object({
      text: z.string().min(1),
      occurrence: z.number().int().min(1).optional(),
      after: z.string().min(1).optional(),
    })
    .strict(),
]);
export type TextRef = z.infer<typeof textRef>;

export const reviewedDocument = z
  .object({
    article: z.object({ id: z.string() }).strict(),
    /** The article proper: from the first occurrence of `startsWith` to the end of `endsWith` after it. */
    body: z.object({ startsWith: z.string().min(1), endsWith: z.string().min(1) }).strict(),
    /** Texts inside the body that yield no mention (photo credits, teasers, ads). Every occurrence. */
    exclude: z.array(z.string().min(1)).default([]),
    entities: z.array(
      z
        .object({
          id: z.string(),
          type: z.enum(['Person', 'Organization', 'Place']),
          name: z.string(),
          aliases: z.array(z.string()).default([]),
          description: z.string().optional(),
          /** More surface forms that count as mentions here but are not aliases (e.g. "the Russian leader"). */
          alsoMatches: z.array(z.string()).default([]),
        })
        .strict(),
    ),
    events: z.array(
      z
        .object({
          id: z.string(),
          type: z.string(),
          label: z.string(),
          date: z.string().nullable(),
          place: z.string().nullable().optional(),
          participants: z.array(z.object({ entity: z.string(), role: z.string() }).strict()),
          evidence: z.array(textRef).min(1),
        })
        .strict(),
    ),
    statements: z.array(
      z
        .object({
          id: z.string(),
          speaker: z.string(),
          quote: textRef,
          date: z.string().nullable(),
          about: z.array(z.string()).default([]),
        })
        .strict(),
    ),
    relations: z.array(
      z
        .object({
          source: z.string(),
          type: z.string(),
          target: z.string(),
          date: z.string().nullable().optional(),
          place: z.string().nullable().optional(),
          event: z.string().nullable().optional(),
          evidence: z.array(textRef).min(1),
        })
        .strict(),
    ),
  })
  .strict();
export type ReviewedDocument = z.infer<typeof reviewedDocument>;
