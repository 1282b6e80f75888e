// Wire schemas of Dossier's HTTP API (docs/architecture.md, "HTTP API"): what the server sends and the
// client reads. Each is a zod schema, from which both the types (z.infer) and the OpenAPI document's
// response schemas (server/src/http/openapi.ts) come, so the three cannot drift apart. The entity
// detail's schemas are in wire-entity.ts, corroboration's in wire-corroboration.ts. A schema with a name (zod's meta id) is written once in the
// OpenAPI document and referred to wherever it is used.
import { z } from 'zod';
import { annotationDocument } from './annotation.js';
import { NODE_TYPES } from './graph.js';

export * from './wire-entity.js';
export * from './wire-corroboration.js';

const nodeType = z.enum(NODE_TYPES);

/** Attributes of a node in every serialized graph. */
export const wireNodeAttributesSchema = z.object({
  label: z.string(),
  type: nodeType,
  /** Articles that mention it (entities), or that report it (events, statements). */
  mentions: z.number(),
  /** Relationships in the whole graph (not only in this payload). */
  degree: z.number(),
  /** Events and statements: ISO date of any precision. */
  date: z.string().nullable().optional(),
  /** Events: recall, meeting, ... */
  eventType: z.string().optional(),
  description: z.string().nullable().optional(),
  /**
   * The overview only (GET /api/graph): the position the server's layout gave the node, in graph units
   * (the client fits them to its canvas). Other graphs leave placing to the client.
   */
  x: z.number().optional(),
  y: z.number().optional(),
});

/** Attributes of an edge in every serialized graph. */
export const wireEdgeAttributesSchema = z.object({
  /** Relationship type: RECALLED, MET, PARTICIPATED_IN, SAID, ... */
  type: z.string(),
  date: z.string().nullable(),
  /** The articles that report it. Absent on the overview (GET /api/graph), whose edges carry `outlets`. */
  articleIds: z.array(z.string()).optional(),
  /** PARTICIPATED_IN: the participant's role. */
  role: z.string().optional(),
  /** MET and other relations with a place: the place's id. */
  place: z.string().nullable().optional(),
  /**
   * Outlets that report it independently (wire copy counts once): drawn as the edge's width. Absent on
   * graphs built from console results.
   */
  outlets: z.number().optional(),
});

export const wireNodeSchema = z.object({ key: z.string(), attributes: wireNodeAttributesSchema });
export const wireEdgeSchema = z.object({
  key: z.string(),
  source: z.string(),
  target: z.string(),
  attributes: wireEdgeAttributesSchema,
});

/** Nodes in the overview (GET /api/graph) when the request names no limit: few enough to read. */
export const OVERVIEW_LIMIT = 150;

/** graphology's serialized graph plus how much of the answer it holds. */
export const wireGraphSchema = z
  .object({
    attributes: z.record(z.string(), z.unknown()).optional(),
    options: z
      .object({ type: z.literal('directed'), multi: z.literal(true), allowSelfLoops: z.literal(true) })
      .optional(),
    nodes: z.array(wireNodeSchema),
    edges: z.array(wireEdgeSchema),
    /** How many nodes the full answer has. */
    total: z.number(),
    /** True when `nodes` holds fewer than `total`. */
    truncated: z.boolean(),
  })
  .meta({ id: 'WireGraph' });

/** Why the managed Neo4j is being restarted: a console query's thread it could not stop, or its JVM died. */
export const neo4jRestartSchema = z.object({
  reason: z.enum(['runaway', 'exit']),
  /** For a person: what happened, and that Dossier comes back by itself. */
  message: z.string(),
  /** ISO time the restart began. */
  since: z.string(),
});

/** A seed article the start could not load (npm start then runs without it, and says so). */
export const seedGapSchema = z.object({
  /** The article's id (its annotation file when the document names none). */
  article: z.string(),
  file: z.string(),
  /** The first line of why: the database's error code and message, or the document's error. */
  reason: z.string(),
});

export const healthResponseSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    neo4j: z.object({
      connected: z.boolean(),
      version: z.string().nullable(),
      edition: z.string().nullable(),
    }),
    counts: z.record(z.string(), z.number()).nullable(),
    /** Present while the managed Neo4j is being restarted (the error's code is then NEO4J_RESTARTING). */
    restart: neo4jRestartSchema.optional(),
    /** Present while seed articles the start could not load are still missing (`npm run seed` loads them). */
    seedMissing: z.array(seedGapSchema).optional(),
  })
  .meta({ id: 'HealthResponse' });

/** GET /api/schema: what the graph holds, for the console's completion. */
export const graphSchemaResponseSchema = z
  .object({
    labels: z.array(z.string()),
    relationshipTypes: z.array(z.string()),
    propertyKeys: z.array(z.string()),
  })
  .meta({ id: 'GraphSchemaResponse' });

export const searchHitSchema = z.object({
  id: z.string(),
  kind: z.enum(['entity', 'article']),
  type: nodeType,
  name: z.string(),
  aliases: z.array(z.string()),
  description: z.string().nullable(),
  score: z.number(),
});
export const searchResponseSchema = z.object({ query: z.string(), results: z.array(searchHitSchema) });

export const articleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    outlet: z.string(),
    published: z.string().nullable(),
    url: z.string().nullable(),
    language: z.string(),
  })
  .meta({ id: 'ArticleSummary' });

/** GET /api/articles. */
export const articleListSchema = z.object({ articles: z.array(articleSummarySchema) });

export const HIGHLIGHT_KINDS = ['mention', 'evidence', 'statement', 'event'] as const;
export const highlightSchema = z.object({
  start: z.number(),
  end: z.number(),
  kind: z.enum(HIGHLIGHT_KINDS),
  /** The entity (mention), relation source (evidence), speaker (statement) or event id. */
  entityId: z.string().nullable(),
  /** Evidence: the relation type, for a tooltip. */
  label: z.string().optional(),
});

export const articleDetailSchema = articleSummarySchema.extend({
  text: z.string(),
  body: z.object({ start: z.number(), end: z.number() }),
  highlights: z.array(highlightSchema),
});

/** One operator of an EXPLAIN plan. */
export interface CypherPlanNode {
  operator: string;
  details: string | null;
  estimatedRows: number | null;
  identifiers: string[];
  children: CypherPlanNode[];
}
export const cypherPlanNodeSchema: z.ZodType<CypherPlanNode> = z
  .lazy(() =>
    z.object({
      operator: z.string(),
      details: z.string().nullable(),
      estimatedRows: z.number().nullable(),
      identifiers: z.array(z.string()),
      children: z.array(cypherPlanNodeSchema),
    }),
  )
  .meta({ id: 'CypherPlanNode' });
/** POST /api/cypher with `explain: true`. */
export const cypherPlanResponseSchema = z.object({
  queryType: z.string(),
  plan: cypherPlanNodeSchema.nullable(),
});
export const cypherResponseSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: wireGraphSchema,
  summary: z.object({
    rows: z.number(),
    truncated: z.boolean(),
    /** Why the rows were cut: `rows` (the row cap, `cap`) or `size` (the size cap of the answer); null if not. */
    cutBy: z.enum(['rows', 'size']).nullable(),
    ms: z.number(),
    cap: z.number(),
  }),
});

/** Which rule decided an extracted entity (see server/src/ingest/resolve/rules.ts). */
export const RESOLUTION_RULES = [
  'same-id',
  'exact-name',
  'alias',
  'surname',
  'role-phrase',
  'ambiguous',
  'new',
] as const;

export const ingestResolutionSchema = z.object({
  /** The id the extractor gave the entity. */
  extractedId: z.string(),
  name: z.string(),
  /** The id the document now uses (an existing node's id when matched). */
  resolvedId: z.string(),
  rule: z.enum(RESOLUTION_RULES),
  /** Whether it joins a node the graph already holds. */
  matched: z.boolean(),
  explanation: z.string(),
});

export const ingestCountsSchema = z.object({
  entities: z.number(),
  events: z.number(),
  statements: z.number(),
  relations: z.number(),
});

// POST /api/articles: bring your own article. Extracted, resolved against the graph, and loaded (201), or
// only extracted and resolved with `dryRun` (200, nothing written).
export const ingestResponseSchema = z
  .object({
    loaded: z.boolean(),
    article: z.object({
      id: z.string(),
      title: z.string(),
      outlet: z.string(),
      published: z.string().nullable(),
      url: z.string().nullable(),
    }),
    /** The text every offset of `document` points into. */
    text: z.string(),
    /** The annotation document after resolution (what was, or with dryRun would be, loaded). */
    document: annotationDocument,
    resolution: z.array(ingestResolutionSchema),
    warnings: z.array(z.string()),
    /** Present when loaded. */
    counts: ingestCountsSchema.optional(),
  })
  .meta({ id: 'IngestResponse' });

export type WireNodeAttributes = z.infer<typeof wireNodeAttributesSchema>;
export type WireEdgeAttributes = z.infer<typeof wireEdgeAttributesSchema>;
export type WireNode = z.infer<typeof wireNodeSchema>;
export type WireEdge = z.infer<typeof wireEdgeSchema>;
export type WireGraph = z.infer<typeof wireGraphSchema>;
export type Neo4jRestart = z.infer<typeof neo4jRestartSchema>;
export type SeedGap = z.infer<typeof seedGapSchema>;
export type HealthResponse = z.infer<typeof healthResponseSchema>;
export type GraphSchemaResponse = z.infer<typeof graphSchemaResponseSchema>;
export type SearchHit = z.infer<typeof searchHitSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type ArticleList = z.infer<typeof articleListSchema>;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];
export type Highlight = z.infer<typeof highlightSchema>;
export type ArticleDetail = z.infer<typeof articleDetailSchema>;
export type CypherPlanResponse = z.infer<typeof cypherPlanResponseSchema>;
export type CypherResponse = z.infer<typeof cypherResponseSchema>;
export type ResolutionRule = (typeof RESOLUTION_RULES)[number];
export type IngestResolution = z.infer<typeof ingestResolutionSchema>;
export type IngestCounts = z.infer<typeof ingestCountsSchema>;
export type IngestResponse = z.infer<typeof ingestResponseSchema>;

/** POST /api/cypher's body (validated by the server's request schema). */
export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
  /** true: answer with the plan (EXPLAIN) and run nothing. */
  explain?: boolean;
}

/** POST /api/articles' body (validated by the server's request schema `ingestBody`). */
export interface IngestRequest {
  /** Exactly one of text and html. */
  text?: string;
  html?: string;
  /** Article id (a lower-case slug); derived from outlet, published and title when absent. */
  id?: string;
  /** Defaults to the first line (text) or the <title>/<h1> (html). */
  title?: string;
  outlet?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null or absent when unknown. */
  published?: string | null;
  url?: string;
  /** true: extract and resolve only, nothing is written (200); otherwise the article is loaded (201). */
  dryRun?: boolean;
}
