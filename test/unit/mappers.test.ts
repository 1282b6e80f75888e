// The mappers from neo4j-driver values to plain JSON, to graphology's serialized graph, and from an
// article's row to its text with highlights.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  graphFromValues,
  nodeTypeOf,
  toArticleDetail,
  toPlain,
  toWireGraph,
} from '../../server/src/neo4j/mappers.js';

const { Node, Relationship, Path, PathSegment } = neo4j.types;
const int = neo4j.int;

const antonov = new Node(
  int(1),
  ['Entity', 'Person'],
  { id: 'person:anatoly-antonov', name: 'Anatoly Antonov' },
  'e1',
);
const moscow = new Node(int(2), ['Entity', 'Place'], { id: 'place:moscow', name: 'Moscow' }, 'e2');
const anonymous = new Node(int(3), ['Thing'], { title: 'no id' }, 'e3');
const returned = new Relationship(
  int(10),
  int(1),
  int(2),
  'RETURNED_TO',
  { date: '2021-03-21', articleIds: ['a1'] },
  'r10',
  'e1',
  'e2',
);

describe('toPlain', () => {
  it('when given integers, temporal values and nested maps, then it returns plain JSON', () => {
    const value = {
      n: int(42),
      when: new neo4j.types.Date(2021, 3, 20),
      list: [int(1), 'x', null],
      nested: { big: int(7) },
    };
    expect(toPlain(value)).toEqual({ n: 42, when: '2021-03-20', list: [1, 'x', null], nested: { big: 7 } });
  });

  it('when given a node, then it is keyed by our id with labels and properties', () => {
    expect(toPlain(antonov)).toEqual({
      _kind: 'node',
      id: 'person:anatoly-antonov',
      labels: ['Entity', 'Person'],
      properties: { id: 'person:anatoly-antonov', name: 'Anatoly Antonov' },
    });
  });

  it('when a node has no id, then its element id stands in', () => {
    expect((toPlain(anonymous) as { id: string }).id).toBe('e3');
  });

  it('when given a relationship and a path, then they become plain objects', () => {
    expect(toPlain(returned)).toMatchObject({
      _kind: 'relationship',
      type: 'RETURNED_TO',
      start: 'e1',
      end: 'e2',
    });
    const path = new Path(antonov, moscow, [new PathSegment(antonov, returned, moscow)]);
    const plain = toPlain(path) as { nodes: { id: string }[]; relationships: unknown[] };
    expect(plain.nodes.map((n) => n.id)).toEqual(['person:anatoly-antonov', 'place:moscow']);
    expect(plain.relationships).toHaveLength(1);
  });

  it('when an article node is mapped, then its long text is left out', () => {
    const article = new Node(int(4), ['Article'], { id: 'a1', title: 'T', text: 'long…' }, 'e4');
    expect((toPlain(article) as { properties: Record<string, unknown> }).properties).toEqual({
      id: 'a1',
      title: 'T',
    });
  });
});

describe('graphFromValues', () => {
  it('when rows hold nodes, relationships and paths, then it collects a deduplicated serialized graph', () => {
    const path = new Path(antonov, moscow, [new PathSegment(antonov, returned, moscow)]);
    const g = graphFromValues([[antonov, returned, moscow], [path], [{ nested: [antonov] }]]);
    expect(g.nodes.map((n) => n.key).sort()).toEqual(['person:anatoly-antonov', 'place:moscow']);
    expect(g.edges).toEqual([
      {
        key: 'r10',
        source: 'person:anatoly-antonov',
        target: 'place:moscow',
        attributes: { type: 'RETURNED_TO', date: '2021-03-21', articleIds: ['a1'] },
      },
    ]);
    expect(g.nodes[0]!.attributes.type).toBe('Person');
    expect(g.truncated).toBe(false);
  });

  it('when a relationship comes without its end nodes, then it is left out', () => {
    expect(graphFromValues([[returned]]).edges).toHaveLength(0);
  });
});

describe('toWireGraph and nodeTypeOf', () => {
  it('when more nodes exist than were sent, then truncated is true', () => {
    const g = toWireGraph(
      [{ id: 'place:moscow', labels: ['Place'], label: 'Moscow', mentions: 3, degree: 9 }],
      [],
      10,
    );
    expect(g).toMatchObject({ total: 10, truncated: true });
    expect(g.nodes[0]!.attributes).toEqual({ label: 'Moscow', type: 'Place', mentions: 3, degree: 9 });
  });

  it('when labels include the helper label Entity, then the type is the real one', () => {
    expect(nodeTypeOf(['Entity', 'Organization'])).toBe('Organization');
    expect(nodeTypeOf(['Event'])).toBe('Event');
  });
});

describe('toArticleDetail', () => {
  it('when a row has flat span lists, then each pair is one highlight, all in text order (longer first at a tie)', () => {
    const detail = toArticleDetail({
      summary: { id: 'a', title: 'T', outlet: 'O', published: null, url: null, language: 'en' },
      text: 'Antonov met Lavrov in Moscow.',
      bodyStart: 0,
      bodyEnd: 29,
      mentions: [
        { id: 'person:lavrov', spans: [12, 18] },
        { id: 'person:antonov', spans: [0, 7, 99] },
      ],
      evidence: [{ source: 'person:antonov', type: 'MET', start: 0, end: 29 }],
      statements: [],
      events: [{ id: 'event:m', label: 'meeting', spans: [8, 11] }],
    });
    expect(detail.body).toEqual({ start: 0, end: 29 });
    expect(detail.highlights.map((h) => [h.start, h.end, h.kind, h.entityId])).toEqual([
      [0, 29, 'evidence', 'person:antonov'],
      [0, 7, 'mention', 'person:antonov'],
      [8, 11, 'event', 'event:m'],
      [12, 18, 'mention', 'person:lavrov'],
    ]);
    expect(detail.highlights[0]!.label).toBe('MET');
  });
});
