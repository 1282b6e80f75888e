// Mappers from neo4j-driver values to plain JSON, from projected rows to graphology's serialized graph,
// and from an article's row to its text with highlights. Driver types (Node, Relationship, Path,
// Integer, temporal values) stop here.
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import {
  NODE_TYPES,
  type ArticleDetail,
  type ArticleSummary,
  type Highlight,
  type NodeType,
  type WireEdge,
  type WireGraph,
  type WireNode,
} from '@dossier/model';

/** The node's Dossier type from its labels (`Entity` is a helper label, not a type). */
export function nodeTypeOf(labels: string[]): NodeType {
  return NODE_TYPES.find((t) => labels.includes(t)) ?? 'Article';
}

/** A node as the projection in graph-reads returns it. */
export interface ProjectedNode {
  id: string;
  labels: string[];
  label: string | null;
  mentions: number;
  degree: number;
  date?: string | null;
  eventType?: string | null;
  description?: string | null;
}

/** A relationship as the projection in graph-reads returns it. */
export interface ProjectedEdge {
  key: string;
  source: string;
  target: string;
  type: string;
  date?: string | null;
  articleIds?: string[] | null;
  role?: string | null;
  place?: string | null;
  /** Relations: the evidence sentences, parallel to articleIds. */
  evidence?: string[] | null;
  /** Independent outlets, once counted (corroboration-reads.ts). */
  outlets?: number;
}

export function toWireNode(n: ProjectedNode): WireNode {
  const type = nodeTypeOf(n.labels);
  const attributes: WireNode['attributes'] = {
    label: n.label ?? n.id,
    type,
    mentions: Number(n.mentions ?? 0),
    degree: Number(n.degree ?? 0),
  };
  if (n.date !== undefined) attributes.date = n.date ?? null;
  if (n.eventType) attributes.eventType = n.eventType;
  if (n.description) attributes.description = n.description;
  return { key: n.id, attributes };
}

export function toWireEdge(e: ProjectedEdge): WireEdge {
  const attributes: WireEdge['attributes'] = {
    type: e.type,
    date: e.date ?? null,
    articleIds: e.articleIds ?? [],
  };
  if (e.role) attributes.role = e.role;
  if (e.place) attributes.place = e.place;
  if (e.outlets !== undefined) attributes.outlets = e.outlets;
  return { key: e.key, source: e.source, target: e.target, attributes };
}

/** Builds a serialized graph, dropping duplicate nodes and edges whose ends are not in it. */
export function toWireGraph(
  nodes: ProjectedNode[],
  edges: ProjectedEdge[],
  total: number = nodes.length,
): WireGraph {
  const byKey = new Map<string, WireNode>();
  for (const n of nodes) if (n && !byKey.has(n.id)) byKey.set(n.id, toWireNode(n));
  const edgeKeys = new Set<string>();
  const wireEdges: WireEdge[] = [];
  for (const e of edges) {
    if (!e || edgeKeys.has(e.key) || !byKey.has(e.source) || !byKey.has(e.target)) continue;
    edgeKeys.add(e.key);
    wireEdges.push(toWireEdge(e));
  }
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: [...byKey.values()],
    edges: wireEdges,
    total: Math.max(total, byKey.size),
    truncated: total > byKey.size,
  };
}

/** Converts any value the driver returns into plain JSON (for the Cypher console's rows). */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (isNode(value)) {
    return {
      _kind: 'node',
      id: nodeKey(value),
      labels: value.labels,
      properties: plainProps(value.properties),
    };
  }
  if (isRelationship(value)) {
    return {
      _kind: 'relationship',
      id: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: plainProps(value.properties),
    };
  }
  if (isPath(value)) {
    return {
      _kind: 'path',
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toPlain),
      relationships: value.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isPoint(value)) {
    const p = value as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toPlain(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  return plainProps(value as Record<string, unknown>);
}

function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (k !== 'text') out[k] = toPlain(v);
  return out;
}

export const isNode = (v: unknown): v is Node => neo4j.isNode(v as object);
export const isRelationship = (v: unknown): v is Relationship => neo4j.isRelationship(v as object);
export const isPath = (v: unknown): v is Path => neo4j.isPath(v as object);

/** Our id when the node has one, else its element id. */
export function nodeKey(n: Node): string {
  const id = n.properties['id'];
  return typeof id === 'string' ? id : n.elementId;
}

/** Collects the nodes and relationships found anywhere in result values into a serialized graph. */
export function graphFromValues(values: unknown[]): WireGraph {
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach(visit);
    if (isNode(v)) nodes.set(v.elementId, v);
    else if (isRelationship(v)) rels.set(v.elementId, v);
    else if (isPath(v)) {
      visit(v.start);
      v.segments.forEach((s) => {
        visit(s.relationship);
        visit(s.end);
      });
    } else if (!neo4j.isInt(v)) Object.values(v).forEach(visit);
  };
  values.forEach(visit);
  const keyOf = new Map([...nodes.values()].map((n) => [n.elementId, nodeKey(n)]));
  const projected: ProjectedNode[] = [...nodes.values()].map((n) => ({
    id: nodeKey(n),
    labels: n.labels,
    label: String(n.properties['name'] ?? n.properties['label'] ?? n.properties['title'] ?? nodeKey(n)),
    mentions: 0,
    degree: 0,
    date: (n.properties['date'] as string | undefined) ?? undefined,
    eventType: (n.properties['type'] as string | undefined) ?? null,
  }));
  const edges: ProjectedEdge[] = [...rels.values()].map((r) => ({
    key: r.elementId,
    source: keyOf.get(r.startNodeElementId) ?? r.startNodeElementId,
    target: keyOf.get(r.endNodeElementId) ?? r.endNodeElementId,
    type: r.type,
    date: (r.properties['date'] as string | undefined) ?? null,
    articleIds: (r.properties['articleIds'] as string[] | undefined) ?? [],
  }));
  return toWireGraph(projected, edges);
}

/** An article's row as article-reads returns it: mention and event spans as flat [start, end, ...] lists. */
export interface ArticleDetailRow {
  summary: ArticleSummary;
  text: string;
  bodyStart: number;
  bodyEnd: number;
  mentions: { id: string; spans: number[] }[];
  evidence: { source: string; type: string; start: number; end: number }[];
  statements: { speaker: string | null; start: number; end: number }[];
  events: { id: string; label: string; spans: number[] }[];
}

/** Pairs of a flat [start, end, start, end, ...] list. */
function spanPairs(spans: number[]): { start: number; end: number }[] {
  const pairs: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < spans.length; i += 2) pairs.push({ start: spans[i]!, end: spans[i + 1]! });
  return pairs;
}

/** The article with every highlight (mentions, evidence, statements, events), in text order. */
export function toArticleDetail(row: ArticleDetailRow): ArticleDetail {
  const highlights: Highlight[] = [
    ...row.mentions.flatMap((m) =>
      spanPairs(m.spans).map((s): Highlight => ({ ...s, kind: 'mention', entityId: m.id })),
    ),
    ...row.evidence.map((e): Highlight => ({
      start: e.start,
      end: e.end,
      kind: 'evidence',
      entityId: e.source,
      label: e.type,
    })),
    ...row.statements.map((s): Highlight => ({
      start: s.start,
      end: s.end,
      kind: 'statement',
      entityId: s.speaker,
    })),
    ...row.events.flatMap((ev) =>
      spanPairs(ev.spans).map((s): Highlight => ({ ...s, kind: 'event', entityId: ev.id, label: ev.label })),
    ),
  ];
  highlights.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    ...row.summary,
    text: row.text,
    body: { start: row.bodyStart, end: row.bodyEnd },
    highlights,
  };
}
