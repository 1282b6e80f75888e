// graph-seed's reviewed annotations: they validate against their articles, the generated documents are
// up to date, and the same entity or event is the same across articles.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../../graph-seed/tools/fill-offsets.js';
import { locate, OffsetError } from '../../graph-seed/tools/locate.js';
import type { AnnotationDocument } from '@dossier/model';
import { readSeed } from '../../server/src/ingest/seed.js';
import { validateDocument } from '../../server/src/ingest/validate-document.js';

const seed = readSeed();
const docs = seed.map((s) => s.document as AnnotationDocument);

describe('the seed annotations', () => {
  it('when each document is validated against its article, then all pass', () => {
    expect(seed).toHaveLength(5);
    for (const s of seed)
      expect(validateDocument(s.text, s.document, s.file), s.file).toMatchObject({ ok: true });
  });

  it('when regenerated from graph-seed/reviewed, then the committed annotations are identical', () => {
    for (const [file, text] of renderAll()) expect(fs.readFileSync(file, 'utf8'), file).toBe(text);
  });

  it('when read together, then Antonov is one id in all five and ids agree on type, name and date', () => {
    for (const d of docs) expect(d.entities.map((e) => e.id)).toContain('person:anatoly-antonov');
    const entities = new Map<string, string>();
    for (const e of docs.flatMap((d) => d.entities)) {
      const key = `${e.type}|${e.name}`;
      expect(entities.get(e.id) ?? key, e.id).toBe(key);
      entities.set(e.id, key);
    }
    const events = new Map<string, string | null>();
    for (const e of docs.flatMap((d) => d.events)) {
      expect(events.has(e.id) ? events.get(e.id) : e.date, e.id).toBe(e.date);
      events.set(e.id, e.date);
    }
  });

  it('when the issue lists its events, then each is there with its date', () => {
    const byId = new Map(docs.flatMap((d) => d.events).map((e) => [e.id, e]));
    const expected: [string, string | null][] = [
      ['event:antonov-recalled-2021-03', '2021-03'],
      ['event:antonov-lands-in-moscow-2021-03-21', '2021-03-21'],
      ['event:geneva-summit-2021-06-16', '2021-06-16'],
      ['event:antonov-returns-to-us-2021-06-20', '2021-06-20'],
      ['event:sullivan-leaves-russia-2021-04', '2021-04'],
      ['event:sullivan-returns-to-russia-2021-06', '2021-06'],
      ['event:russian-embassy-staff-expelled-2021-2022', null],
      ['event:letter-inviting-antonov-to-defect-2022', '2022'],
      ['event:antonov-politico-interview-2022-04', '2022-04'],
      ['event:biden-abc-interview-2021-03-17', '2021-03-17'],
    ];
    for (const [id, date] of expected) expect(byId.get(id)?.date, id).toBe(date);
    const geneva = byId.get('event:geneva-summit-2021-06-16')!;
    expect(geneva.place).toBe('place:geneva');
    expect(geneva.participants.map((p) => p.entity).sort()).toEqual([
      'person:joe-biden',
      'person:vladimir-putin',
    ]);
  });

  it('when the photo credit "Justin Sullivan" appears, then it is no mention of ambassador John Sullivan', () => {
    for (const s of seed) {
      const doc = s.document as AnnotationDocument;
      const sullivan = doc.entities.find((e) => e.id === 'person:john-sullivan');
      for (const m of sullivan?.mentions ?? []) {
        expect(s.text.slice(Math.max(0, m.start - 7), m.start)).not.toContain('Justin');
      }
    }
    const rt = docs.find((d) => d.article.outlet === 'RT')!;
    expect(rt.entities.some((e) => e.id === 'person:john-sullivan')).toBe(false);
  });

  it('when every quoted statement is checked, then its speaker is an entity of the document', () => {
    for (const d of docs) {
      const ids = new Set(d.entities.map((e) => e.id));
      for (const st of d.statements) expect(ids.has(st.speaker), st.id).toBe(true);
    }
    expect(docs.flatMap((d) => d.statements).length).toBeGreaterThanOrEqual(20);
  });
});

describe('locate (the offset tool)', () => {
  const raw = 'a b c. a b c. the end';
  const body = { start: 0, end: raw.length };

  it('when a text is missing, then the error names the item', () => {
    expect(() => locate(raw, 'zzz', body, 'file.json: events x')).toThrow(OffsetError);
    expect(() => locate(raw, 'zzz', body, 'file.json: events x')).toThrow(
      /file.json: events x: "zzz" is not in the body/,
    );
  });

  it('when a text occurs twice without a hint, then it fails; with a hint it is found', () => {
    expect(() => locate(raw, 'a b c.', body, 'f: item')).toThrow(/occurs 2 times/);
    expect(locate(raw, { text: 'a b c.', occurrence: 2 }, body, 'f: item')).toMatchObject({
      start: 7,
      end: 13,
    });
    expect(locate(raw, { text: 'a b c.', after: 'c.' }, body, 'f: item')).toMatchObject({ start: 7 });
  });

  it('when the article has a no-break space where the text has a space, then it still matches, verbatim', () => {
    const nbsp = 'recalling Antonov\u00a0from Washington';
    const found = locate(nbsp, 'Antonov from Washington', { start: 0, end: nbsp.length }, 'f: item');
    expect(found.text).toBe('Antonov\u00a0from Washington');
  });
});
