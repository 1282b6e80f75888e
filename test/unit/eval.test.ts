// The extractor's evaluation: the matching rules of server/src/extract/eval/score.ts on small documents,
// and the targets on the five seed articles (a regression in the extractor fails here).
import { describe, expect, it } from 'vitest';
import type { AnnotationDocument } from '../../server/src/ingest/annotation-schema.js';
import {
  formatTable,
  normName,
  prf,
  scoreDocument,
  targetsMet,
  total,
} from '../../server/src/extract/eval/score.js';
import { evaluateSeeds } from '../../server/src/cli/eval.js';

const text = 'Alice Smith met Bob Jones in Paris. "We agreed," Smith said. "It went well."';
const sp = (t: string, n = 1) => {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(t, at + 1);
  return { start: at, end: at + t.length, text: t };
};
function doc(parts: Partial<AnnotationDocument>): AnnotationDocument {
  return {
    article: { id: 'a', title: 't', outlet: 'o', published: '2020-01-02', url: null, language: 'en' },
    body: { start: 0, end: text.length },
    entities: [],
    events: [],
    statements: [],
    relations: [],
    ...parts,
  };
}
const gold = doc({
  entities: [
    {
      id: 'person:alice-smith',
      type: 'Person',
      name: 'Alice Smith',
      aliases: ['Smith'],
      mentions: [sp('Alice Smith')],
    },
    { id: 'person:bob-jones', type: 'Person', name: 'Bob Jones', aliases: [], mentions: [sp('Bob Jones')] },
    { id: 'place:paris', type: 'Place', name: 'Paris', aliases: [], mentions: [sp('Paris')] },
  ],
  events: [
    {
      id: 'event:meeting',
      type: 'meeting',
      label: 'm',
      date: '2020-01-01',
      place: 'place:paris',
      participants: [{ entity: 'person:alice-smith', role: 'participant' }],
      evidence: [sp('Alice Smith met Bob Jones in Paris.')],
    },
  ],
  statements: [
    {
      id: 'statement:a',
      speaker: 'person:alice-smith',
      quote: 'We agreed,',
      ...sp('We agreed,'),
      date: null,
      about: [],
    },
    {
      id: 'statement:b',
      speaker: 'person:alice-smith',
      quote: 'It went well.',
      ...sp('It went well.'),
      date: null,
      about: [],
    },
  ],
  relations: [
    {
      source: 'person:alice-smith',
      type: 'MET',
      target: 'person:bob-jones',
      evidence: [sp('Alice Smith met Bob Jones in Paris.')],
    },
  ],
});

describe('scoring an extraction against gold', () => {
  it('when names differ only in case and punctuation, or match an alias, then the entities match one-to-one', () => {
    expect(normName('U.S.')).toBe(normName('US'));
    expect(normName('Russia’s envoy')).toBe(normName("Russia's envoy"));
    const ex = doc({
      entities: [
        { id: 'person:x1', type: 'Person', name: 'smith', aliases: [], mentions: [sp('Smith')] },
        { id: 'person:x2', type: 'Person', name: 'Alice Smith', aliases: [], mentions: [sp('Alice Smith')] },
        {
          id: 'organization:paris',
          type: 'Organization',
          name: 'Paris',
          aliases: [],
          mentions: [sp('Paris')],
        },
      ],
    });
    const s = scoreDocument(ex, gold);
    expect(s.entities).toEqual({ tp: 1, fp: 2, fn: 2 }); // one Alice Smith only; Paris has the wrong type
  });

  it('when quotes overlap by half the shorter, then they match; the speaker is right when it maps to the gold speaker', () => {
    const ex = doc({
      entities: [
        { id: 'person:a', type: 'Person', name: 'Alice Smith', aliases: [], mentions: [sp('Alice Smith')] },
        { id: 'person:b', type: 'Person', name: 'Bob Jones', aliases: [], mentions: [sp('Bob Jones')] },
      ],
      statements: [
        {
          id: 'statement:1',
          speaker: 'person:a',
          quote: 'We agreed',
          ...sp('We agreed'),
          date: null,
          about: [],
        },
        { id: 'statement:2', speaker: 'person:b', quote: 'It went', ...sp('It went'), date: null, about: [] },
        { id: 'statement:3', speaker: 'person:b', quote: 'Bob', ...sp('Bob'), date: null, about: [] },
      ],
    });
    const s = scoreDocument(ex, gold);
    expect(s.statements).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(s.speakers).toEqual({ correct: 1, matched: 2 });
  });

  it('when events share the type and evidence, or the date and a participant, then they match', () => {
    const base = { label: 'l', place: null, participants: [{ entity: 'person:a', role: 'x' }] };
    const ex = doc({
      entities: [
        { id: 'person:a', type: 'Person', name: 'Alice Smith', aliases: [], mentions: [sp('Alice Smith')] },
      ],
      events: [
        { id: 'event:1', type: 'meeting', date: '2020-01-01', evidence: [sp('"We agreed,"')], ...base },
      ],
    });
    expect(scoreDocument(ex, gold).events).toEqual({ tp: 1, fp: 0, fn: 0 });
    const wrongType = doc({ ...ex, events: [{ ...ex.events[0]!, type: 'recall' }] });
    expect(scoreDocument(wrongType, gold).events).toEqual({ tp: 0, fp: 1, fn: 1 });
    const otherDate = doc({ ...ex, events: [{ ...ex.events[0]!, date: '2020-01-02' }] });
    expect(scoreDocument(otherDate, gold).events).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('when a relation matches after mapping ids, then it counts; MET is symmetric, other types are not', () => {
    const ents = doc({
      entities: [
        { id: 'person:a', type: 'Person', name: 'Alice Smith', aliases: [], mentions: [sp('Alice Smith')] },
        { id: 'person:b', type: 'Person', name: 'Bob Jones', aliases: [], mentions: [sp('Bob Jones')] },
      ],
    });
    const ev = [sp('Alice Smith met Bob Jones in Paris.')];
    const met = doc({
      ...ents,
      relations: [{ source: 'person:b', type: 'MET', target: 'person:a', evidence: ev }],
    });
    expect(scoreDocument(met, gold).relations).toEqual({ tp: 1, fp: 0, fn: 0 });
    const goldThanked = doc({ ...gold, relations: [{ ...gold.relations[0]!, type: 'THANKED' }] });
    const thanked = doc({
      ...ents,
      relations: [{ source: 'person:b', type: 'THANKED', target: 'person:a', evidence: ev }],
    });
    expect(scoreDocument(thanked, goldThanked).relations).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('when counts are summed, then precision, recall and F1 are micro-averaged', () => {
    expect(prf({ tp: 3, fp: 1, fn: 3 })).toEqual({ p: 0.75, r: 0.5, f1: 0.6 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 0, r: 0, f1: 0 });
  });
});

describe('the extractor on the seed articles', () => {
  const scores = evaluateSeeds();
  const t = total(scores);

  it('when scored against graph-seed/annotations, then every target is met', () => {
    const table = formatTable(scores);
    for (const target of targetsMet(t))
      expect(target.value, `${target.name}\n${table}`).toBeGreaterThanOrEqual(target.target);
  });

  it('when the table is printed, then it has a row per article and the micro total', () => {
    const table = formatTable(scores);
    expect(table.split('\n').filter((l) => /^\S+-\d{4}-/.test(l))).toHaveLength(5);
    expect(table).toMatch(/TOTAL \(micro\)/);
  });
});
