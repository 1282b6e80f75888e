// The extractor's evaluation: the matching rules of server/src/extract/eval/score.ts on small documents,
// and the targets on the five seed articles (a regression in the extractor fails here).
import { describe, expect, it } from 'vitest';
import type { AnnotationDocument } from '@dossier/model';
import {
  formatTable,
  normName,
  prf,
  quotesWithSpeaker,
  scoreDocument,
  targetsMet,
  total,
  type ArticleScore,
  type Counts,
} from '../../server/src/extract/eval/score.js';
import { formatRealTable, realMeasures, REAL_TARGETS } from '../../server/src/extract/eval/real-targets.js';
import { evaluateSeeds, parseArgs, readManifest, SETS } from '../../server/src/cli/eval.js';

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

  it('when a first fit by date and participant would take the gold event another matches by evidence, then both match', () => {
    // Gold: the Paris meeting (dated, Alice) and a second meeting told in "It went well." (same date, Alice).
    const second = {
      ...gold.events[0]!,
      id: 'event:second',
      evidence: [sp('It went well.')],
    };
    const g2 = doc({ ...gold, events: [second, gold.events[0]!] });
    const base = {
      label: 'l',
      place: null,
      date: '2020-01-01',
      participants: [{ entity: 'person:a', role: 'x' }],
    };
    const ex = doc({
      entities: [
        { id: 'person:a', type: 'Person', name: 'Alice Smith', aliases: [], mentions: [sp('Alice Smith')] },
      ],
      events: [
        // Fits the second gold event by date and participant, and the Paris one by evidence too.
        { id: 'event:1', type: 'meeting', evidence: [sp('Alice Smith met Bob Jones in Paris.')], ...base },
        // Fits only the second gold event, by its evidence.
        { id: 'event:2', type: 'meeting', evidence: [sp('It went well.')], ...base, date: null },
      ],
    });
    expect(scoreDocument(ex, g2).events).toEqual({ tp: 2, fp: 0, fn: 0 });
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

describe("the real-pages measures (issue 9's targets)", () => {
  const people = [
    {
      id: 'person:a',
      type: 'Person' as const,
      name: 'Alice Smith',
      aliases: [],
      mentions: [sp('Alice Smith')],
    },
    { id: 'person:b', type: 'Person' as const, name: 'Bob Jones', aliases: [], mentions: [sp('Bob Jones')] },
    { id: 'place:p', type: 'Place' as const, name: 'Paris', aliases: [], mentions: [sp('Paris')] },
  ];
  const ev = [sp('Alice Smith met Bob Jones in Paris.')];
  const rel = (source: string, type: string, target: string) => ({ source, type, target, evidence: ev });

  it('when relations link the same two entities in any type or direction, then the pair counts once', () => {
    const ex = doc({
      entities: people,
      relations: [rel('person:b', 'THANKED', 'person:a'), rel('person:a', 'CRITICIZED', 'person:b')],
    });
    const s = scoreDocument(ex, gold);
    expect(s.pairs).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.relations).toEqual({ tp: 0, fp: 2, fn: 1 }); // the typed measure still refuses them
  });

  it('when a pair links other entities, or one the entity matching does not map, then it is extra and the gold pair missed', () => {
    const unmatched = { ...people[1]!, id: 'person:c', name: 'Carol King' };
    const wrong = doc({ entities: [...people, unmatched], relations: [rel('person:a', 'MET', 'place:p')] });
    expect(scoreDocument(wrong, gold).pairs).toEqual({ tp: 0, fp: 1, fn: 1 });
    const unmapped = doc({
      entities: [people[0]!, unmatched],
      relations: [rel('person:a', 'MET', 'person:c')],
    });
    const s = scoreDocument(unmapped, gold);
    expect(s.pairs).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.misses).toContain('pair missed: person:alice-smith – person:bob-jones');
    expect(scoreDocument(doc({ entities: people }), gold).pairs).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('when quotations are found, then only those with the right speaker count, over all gold quotations', () => {
    const quote = (id: string, speaker: string, q: string) => ({
      id,
      speaker,
      quote: q,
      ...sp(q),
      date: null,
      about: [],
    });
    const one = doc({ entities: people, statements: [quote('statement:1', 'person:a', 'We agreed')] });
    expect(quotesWithSpeaker(scoreDocument(one, gold))).toBe(0.5);
    const wrongSpeaker = doc({
      entities: people,
      statements: [
        quote('statement:1', 'person:a', 'We agreed'),
        quote('statement:2', 'person:b', 'It went'),
      ],
    });
    const s = scoreDocument(wrongSpeaker, gold);
    expect(s.statements.tp).toBe(2);
    expect(quotesWithSpeaker(s)).toBe(0.5); // found, but one with the wrong speaker
    expect(quotesWithSpeaker(scoreDocument(doc({ entities: people }), gold))).toBe(0);
  });

  const score = (c: Partial<Record<'entities' | 'statements' | 'events' | 'pairs', Counts>>, correct = 0) =>
    ({
      id: 'x-2020-01-01',
      entities: { tp: 0, fp: 0, fn: 0 },
      statements: { tp: 0, fp: 0, fn: 0 },
      events: { tp: 0, fp: 0, fn: 0 },
      relations: { tp: 0, fp: 0, fn: 0 },
      pairs: { tp: 0, fp: 0, fn: 0 },
      speakers: { correct, matched: correct },
      misses: [],
      ...c,
    }) as ArticleScore;

  it('when figures are summed over articles, then each measure is micro-averaged and met only at its target', () => {
    const a = score(
      {
        entities: { tp: 46, fp: 4, fn: 4 },
        statements: { tp: 9, fp: 0, fn: 1 },
        pairs: { tp: 3, fp: 1, fn: 2 },
      },
      9,
    );
    const b = score({ events: { tp: 8, fp: 2, fn: 2 }, pairs: { tp: 0, fp: 0, fn: 0 } });
    const m = Object.fromEntries(realMeasures([a, b]).map((x) => [x.name, x]));
    expect(m['entities F1']).toMatchObject({ value: 0.92, met: true });
    expect(m['quotes with the right speaker']).toMatchObject({ value: 0.9, met: true });
    expect(m['entity pairs recall']).toMatchObject({ value: 0.6, met: true });
    expect(m['entity pairs precision']).toMatchObject({ value: 0.75, met: true });
    expect(m['events recall']).toMatchObject({ value: 0.8, met: true });
    const c = score({ pairs: { tp: 0, fp: 1, fn: 1 }, events: { tp: 0, fp: 1, fn: 0 } });
    const worse = Object.fromEntries(realMeasures([a, b, c]).map((x) => [x.name, x]));
    expect(worse['entity pairs precision']!.met).toBe(false); // 3/5
    expect(worse['entity pairs recall']!.met).toBe(false); // 3/6
    expect(worse['events precision']!.value).toBeCloseTo(8 / 11);
    expect(worse['events precision']!.met).toBe(false);
    expect(realMeasures([a]).map((x) => x.target)).toEqual(Object.values(REAL_TARGETS));
  });

  it('when the real table is printed, then every article has a row with its quotes over gold quotes', () => {
    const table = formatRealTable([score({ statements: { tp: 2, fp: 0, fn: 1 } }, 1), score({})]);
    expect(table).toMatch(/quotes w\/ speaker/);
    expect(table).toMatch(/0\.33 \(1\/3\)/);
    expect(table.split('\n').filter((l) => l.startsWith('x-2020-01-01'))).toHaveLength(2);
    expect(table.split('\n').at(-1)).toMatch(/^TOTAL \(micro\)/);
  });
});

describe('npm run eval arguments', () => {
  it('when a split is asked of the real set, then it is parsed; of any other set, refused with a reason', () => {
    expect(parseArgs(['--set', 'real', '--split', 'blind', '-v'])).toEqual({
      set: 'real',
      split: 'blind',
      verbose: true,
      kinds: false,
    });
    expect(parseArgs(['--set', 'real', '--kinds'])).toMatchObject({ set: 'real', kinds: true });
    expect(parseArgs(['--set=real', '--split=dev'])).toMatchObject({ set: 'real', split: 'dev' });
    expect(parseArgs([])).toEqual({ set: 'seeds', verbose: false, kinds: false });
    expect(() => parseArgs(['--split', 'blind'])).toThrow(/--split applies only to --set real/);
    expect(() => parseArgs(['--set', 'heldout', '--split', 'dev'])).toThrow(/only to --set real/);
    expect(() => parseArgs(['--set', 'real', '--split', 'test'])).toThrow(/--split must be dev or blind/);
    expect(() => parseArgs(['--set', 'nope'])).toThrow(/--set must be/);
    expect(() => parseArgs(['--frobnicate'])).toThrow(/unknown argument/);
  });

  it('when ids are listed for the real set, then just those are kept; for another set or empty, refused', () => {
    expect(parseArgs(['--set', 'real', '--ids', 'a-1,b-2'])).toMatchObject({
      set: 'real',
      ids: ['a-1', 'b-2'],
    });
    expect(parseArgs(['--set=real', '--split=dev', '--ids=a-1'])).toMatchObject({
      split: 'dev',
      ids: ['a-1'],
    });
    expect(() => parseArgs(['--set', 'heldout', '--ids', 'a-1'])).toThrow(/--ids applies only to --set real/);
    expect(() => parseArgs(['--set', 'real', '--ids', ','])).toThrow(/--ids needs/);
    expect(() => readManifest(SETS.real, 'dev', ['no-such-page'])).toThrow(
      /not in the set \(split dev\): no-such-page/,
    );
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
