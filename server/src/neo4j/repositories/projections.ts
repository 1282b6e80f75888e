// Cypher fragments shared by the read repositories: how a node and a relationship are projected
// into the plain shapes the mappers turn into wire types.
import { isEntityId } from '@dossier/model';
import { EDGE_REPORT_CAP } from './corroboration-reads.js';

/**
 * Projects node variable `v` (its mentions: articles that mention or report it). MENTIONED_IN and
 * REPORTED_IN only ever end at an Article, so the count names no end label: Neo4j then reads it from
 * the node's degree store instead of expanding every relationship of a hub.
 */
export const nodeProjection = (v: string) => `${v} {
  .id, labels: labels(${v}), label: coalesce(${v}.name, ${v}.label, ${v}.title, ${v}.id),
  mentions: COUNT { (${v})-[:MENTIONED_IN|REPORTED_IN]->() },
  degree: COUNT { (${v})--() },
  date: ${v}.date, eventType: CASE WHEN ${v}:Event THEN ${v}.type END, .description }`;

/** Projects relationship variable `r` (its evidence, for counting independent outlets). */
export const edgeProjection = (r: string) => `{
  key: elementId(${r}), source: startNode(${r}).id, target: endNode(${r}).id, type: type(${r}),
  date: ${r}.date, articleIds: ${r}.articleIds, role: ${r}.role, place: ${r}.place,
  evidence: ${r}.evidence[0..${EDGE_REPORT_CAP}] }`;

/** The label to look an id up by, from its prefix (`person:`…, `event:`…, or an article slug). */
export function labelForId(id: string): 'Entity' | 'Event' | 'Statement' | 'Article' {
  if (isEntityId(id)) return 'Entity';
  if (id.startsWith('event:')) return 'Event';
  if (id.startsWith('statement:')) return 'Statement';
  return 'Article';
}

/** A date of any precision as the first (`-00`) or last (`-99`) day it could be, for range tests. */
export const dateLowerBound = (expr: string) => `left(${expr} + '-00-00', 10)`;
export const dateUpperBound = (expr: string) => `left(${expr} + '-99-99', 10)`;
