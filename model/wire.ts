// Wire types of Dossier's HTTP API (docs/architecture.md, "HTTP API"): what the server sends and the
// client reads. Both sides import this module.
import type { AnnotationDocument } from './annotation.js';
import type { NodeType } from './graph.js';

/** Attributes of a node in every serialized graph. */
export interface WireNodeAttributes {
  label: string;
  type: NodeType;
  /** Articles that mention it (entities), or that report it (events, statements). */
  mentions: number;
  /** Relationships in the whole graph (not only in this payload). */
  degree: number;
  /** Events and statements: ISO date of any precision. */
  date?: string | null;
  /** Events: recall, meeting, ... */
  eventType?: string;
  description?: string | null;
}

/** Attributes of an edge in every serialized graph. */
export interface WireEdgeAttributes {
  /** Relationship type: RECALLED, MET, PARTICIPATED_IN, SAID, ... */
  type: string;
  date: string | null;
  articleIds: string[];
  /** PARTICIPATED_IN: the participant's role. */
  role?: string;
  /** MET and other relations with a place: the place's id. */
  place?: string | null;
  /**
   * Outlets that report it independently (wire copy counts once): drawn as the edge's width. Absent on
   * graphs built from console results.
   */
  outlets?: number;
}

export interface WireNode {
  key: string;
  attributes: WireNodeAttributes;
}
export interface WireEdge {
  key: string;
  source: string;
  target: string;
  attributes: WireEdgeAttributes;
}

/** graphology's serialized graph plus how much of the answer it holds. */
export interface WireGraph {
  attributes?: Record<string, unknown>;
  options?: { type: 'directed'; multi: true; allowSelfLoops: true };
  nodes: WireNode[];
  edges: WireEdge[];
  /** How many nodes the full answer has. */
  total: number;
  /** True when `nodes` holds fewer than `total`. */
  truncated: boolean;
}

export interface HealthResponse {
  status: 'ok' | 'unavailable';
  neo4j: { connected: boolean; version: string | null; edition: string | null };
  counts: Record<string, number> | null;
}

export interface SearchHit {
  id: string;
  kind: 'entity' | 'article';
  type: NodeType;
  name: string;
  aliases: string[];
  description: string | null;
  score: number;
}
export interface SearchResponse {
  query: string;
  results: SearchHit[];
}

export interface EvidenceItem {
  articleId: string;
  outlet: string | null;
  published: string | null;
  text: string;
  start: number | null;
  end: number | null;
}

export interface EntityRelation {
  type: string;
  direction: 'out' | 'in';
  other: { id: string; name: string; type: NodeType };
  date: string | null;
  place: { id: string; name: string } | null;
  event: string | null;
  /** The first EVIDENCE_CAP evidence items (one per report); `evidenceTotal` says how many there are. */
  evidence: EvidenceItem[];
  evidenceTotal: number;
  /** Who reports it, how independently, and whether articles disagree (server/src/corroboration). */
  corroboration?: Corroboration;
}

/** One outlet's report of an item: its first article, the sentence that says it, and the date. */
export interface OutletReport {
  /** The outlet, or null when the article names none. */
  outlet: string | null;
  articleId: string;
  published: string | null;
  /** The sentence (the longest of the article's evidence); empty for statements, whose quote is the item. */
  text: string;
  /** How many of this outlet's articles report the item. */
  articles: number;
  /** Outlets with the same group carry the same copy (wire copy) and count once. */
  copyGroup: number;
}

/** One version of a disputed item, as some articles tell it. */
export interface ItemVersion {
  /** The relation's key, or the event's or statement's id. */
  id: string;
  date: string | null;
  /** Statements: who the quotation is given to in this version. */
  speaker?: { id: string; name: string };
  outlets: OutletReport[];
}

export interface Corroboration {
  /** Articles that report the item. */
  articles: number;
  /** One entry per outlet, the earliest first. */
  outlets: OutletReport[];
  /** Outlets that report it independently: outlets carrying the same copy count once. */
  independent: number;
  /**
   * Present when articles disagree: a different date for the same event between the same parties, or
   * the same quotation given to different speakers. `versions[0]` is this item's version.
   */
  dispute?: { on: 'date' | 'speaker'; versions: ItemVersion[] };
}

export interface EntityStatement {
  id: string;
  quote: string;
  date: string | null;
  articleId: string;
  start: number;
  end: number;
  about: { id: string; name: string }[];
  corroboration?: Corroboration;
}

export interface SourceArticle {
  id: string;
  title: string;
  outlet: string;
  published: string | null;
  mentionCount: number;
}

export interface EntityEvent {
  id: string;
  type: string;
  label: string;
  date: string | null;
  role: string;
  place: { id: string; name: string } | null;
  corroboration?: Corroboration;
}

export interface EntityDetail {
  id: string;
  type: NodeType;
  name: string;
  aliases: string[];
  description: string | null;
  /** How articles were joined to this node by entity resolution: "<article>: 'Antonov' → … (rule)". */
  resolution: string[];
  /** The first page of each list (newest first); `totals` says how long each list is. */
  relations: EntityRelation[];
  statements: EntityStatement[];
  events: EntityEvent[];
  articles: SourceArticle[];
  totals: Record<EntityListName, number>;
  /** How many items each list of this answer holds at most (`?limit=`). */
  pageSize: number;
}

/** The lists of an entity's detail, each paged by GET /api/entities/:id/<list>?offset=&limit=. */
export const ENTITY_LISTS = ['relations', 'statements', 'events', 'articles'] as const;
export type EntityListName = (typeof ENTITY_LISTS)[number];
export interface EntityListItems {
  relations: EntityRelation;
  statements: EntityStatement;
  events: EntityEvent;
  articles: SourceArticle;
}
/** One page of one list of an entity's detail. */
export interface EntityListPage<L extends EntityListName = EntityListName> {
  id: string;
  list: L;
  offset: number;
  limit: number;
  total: number;
  items: EntityListItems[L][];
}

export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string;
  published: string | null;
  url: string | null;
  language: string;
}

export type HighlightKind = 'mention' | 'evidence' | 'statement' | 'event';
export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
  /** The entity (mention), relation source (evidence), speaker (statement) or event id. */
  entityId: string | null;
  /** Evidence: the relation type, for a tooltip. */
  label?: string;
}

export interface ArticleDetail extends ArticleSummary {
  text: string;
  body: { start: number; end: number };
  highlights: Highlight[];
}

export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
  /** true: answer with the plan (EXPLAIN) and run nothing. */
  explain?: boolean;
}
/** One operator of an EXPLAIN plan. */
export interface CypherPlanNode {
  operator: string;
  details: string | null;
  estimatedRows: number | null;
  identifiers: string[];
  children: CypherPlanNode[];
}
/** POST /api/cypher with `explain: true`. */
export interface CypherPlanResponse {
  queryType: string;
  plan: CypherPlanNode | null;
}
export interface CypherResponse {
  columns: string[];
  rows: unknown[][];
  graph: WireGraph;
  summary: { rows: number; truncated: boolean; ms: number; cap: number };
}

// POST /api/articles: bring your own article. Extracted, resolved against the graph, and loaded (201), or
// only extracted and resolved with `dryRun` (200, nothing written).
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

/** Which rule decided an extracted entity (see server/src/ingest/resolve/rules.ts). */
export type ResolutionRule =
  'same-id' | 'exact-name' | 'alias' | 'surname' | 'role-phrase' | 'ambiguous' | 'new';

export interface IngestResolution {
  /** The id the extractor gave the entity. */
  extractedId: string;
  name: string;
  /** The id the document now uses (an existing node's id when matched). */
  resolvedId: string;
  rule: ResolutionRule;
  /** Whether it joins a node the graph already holds. */
  matched: boolean;
  explanation: string;
}

export interface IngestCounts {
  entities: number;
  events: number;
  statements: number;
  relations: number;
}

export interface IngestResponse {
  loaded: boolean;
  article: { id: string; title: string; outlet: string; published: string | null; url: string | null };
  /** The text every offset of `document` points into. */
  text: string;
  /** The annotation document after resolution (what was, or with dryRun would be, loaded). */
  document: AnnotationDocument;
  resolution: IngestResolution[];
  warnings: string[];
  /** Present when loaded. */
  counts?: IngestCounts;
}
