// The aggregate kinds of entity misses and extras (server/src/extract/eval/entity-kinds.ts): counts only,
// on an invented article scored against its own extraction and against copies with an entity taken away
// or retyped.
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../../server/src/extract/eval/entity-kinds.js';
import { extractChecked } from '../helpers/extract-text.js';

describe('entity kinds', () => {
  const title = 'Ankara summons envoy';
  const body =
    'The Turkish Foreign Ministry summoned the Swedish ambassador, Staffan Herrstrom, in Ankara on Monday.';
  const { d } = extractChecked(title, body);
  const raw = `${title}\n\n${body}`;

  it('counts every gold entity as found against the extraction itself, and no text', () => {
    const k = entityKinds(raw, d, d);
    const gold = Object.entries(k)
      .filter(([x]) => x.startsWith('gold '))
      .reduce((s, [, n]) => s + n, 0);
    expect(gold).toBe(d.entities.length);
    expect(Object.keys(k).some((x) => /^(missed|extra)/.test(x))).toBe(false);
    expect(Object.keys(k).join(' ')).not.toMatch(/Herrstrom|Ankara|Turkish/);
  });

  it('says a gold entity the extractor typed otherwise was found typed wrong, and the extra by its rule', () => {
    const person = d.entities.find((e) => e.type === 'Person')!;
    const gold = {
      ...d,
      entities: d.entities.map((e) => (e === person ? { ...e, type: 'Place' as const } : e)),
    };
    const k = entityKinds(raw, d, gold);
    expect(k['missed Place extracted:found-typed-wrong']).toBe(1);
    expect(k['extra Person TOTAL']).toBe(1);
    expect(k[`extra Person rule ${person.rule}`]).toBe(1);
  });

  it('says a missed entity had no extracted mention over it', () => {
    const place = d.entities.find((e) => e.type === 'Place')!;
    const k = entityKinds(raw, { ...d, entities: d.entities.filter((e) => e !== place) }, d);
    expect(k['missed Place TOTAL']).toBe(1);
    expect(k['missed Place extracted:no-overlap']).toBe(1);
    expect(k['missed Place words:1']).toBe(1);
  });

  it('says what blanked a missed entity every mention of which the extractor never read', () => {
    const person = d.entities.find((e) => e.type === 'Person')!;
    const from = Math.min(...person.mentions.map((m) => m.start));
    const to = Math.max(...person.mentions.map((m) => m.end));
    const work = raw.slice(0, from) + ' '.repeat(to - from) + raw.slice(to);
    const without = { ...d, entities: d.entities.filter((e) => e !== person) };
    const cut = { body: { start: 0, end: raw.length }, excluded: [{ start: from, end: to }] };
    const k = entityKinds(raw, without, d, work, cut);
    expect(k['missed Person masked:every-mention']).toBe(1);
    expect(Object.keys(k).filter((x) => x.startsWith('missed Person masked-by:'))).toEqual([
      'missed Person masked-by:excluded mid-line cut-words:4-12 opens:other words:13+ ends:stop',
    ]);
    const after = entityKinds(raw, without, d, work, { body: { start: 0, end: from }, excluded: [] });
    expect(after['missed Person masked-by:after-body']).toBe(1);
  });
});
