// The extractor (server/src/extract): spans always quote the text, the body leaves page furniture out,
// quotations get their speakers (also over several sentences and through pronouns), relative dates
// resolve against the publication date only, HTML is cleaned to paragraphs, article ids are stable, and
// the unseen fixtures (outlets and events the seeds do not cover) come out as expected.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml, type AnnotationDocument } from '@dossier/model';
import { validateDocument } from '../../server/src/ingest/validate-document.js';
import { findBody } from '../../server/src/extract/body.js';
import { findDates } from '../../server/src/extract/dates.js';
import { htmlToText } from '../../server/src/extract/html.js';
import { articleIdFor, extractArticle, selfCheck } from '../../server/src/extract/index.js';
import { extractEvalArticle, readEvalSet, SETS } from '../../server/src/cli/eval.js';
import { FIXTURES } from '../fixtures/extract/expectations.js';

const FIX = path.join(import.meta.dirname, '..', 'fixtures', 'extract');
const seeds = readEvalSet(SETS.seeds).map((article) => ({
  a: article.entry,
  raw: article.raw,
  gold: article.gold,
  result: extractEvalArticle(article),
}));

function allSpans(d: AnnotationDocument): { start: number; end: number; text: string }[] {
  return [
    ...d.entities.flatMap((e) => e.mentions),
    ...d.events.flatMap((e) => e.evidence),
    ...d.relations.flatMap((r) => r.evidence),
    ...d.statements.map((s) => ({ start: s.start, end: s.end, text: s.quote })),
  ];
}
const byId = (d: AnnotationDocument) => new Map(d.entities.map((e) => [e.id, e]));
const nameOf = (d: AnnotationDocument, id: string) => byId(d).get(id)?.name ?? id;

describe('extractArticle on the seed articles', () => {
  it('when each seed is extracted, then the document validates and every span is the text at its offsets', () => {
    for (const { a, result } of seeds) {
      expect(validateDocument(result.text, result.document, a.id), a.id).toMatchObject({ ok: true });
      expect(result.text).toBe(fs.readFileSync(path.join(SETS.seeds, a.file), 'utf8'));
      for (const s of allSpans(result.document)) expect(result.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('when the page has furniture, then the body is the reviewed body and nothing comes from outside it', () => {
    for (const { a, gold, result } of seeds) {
      expect(result.document.body, a.id).toEqual(gold.body);
      for (const s of allSpans(result.document)) {
        expect(s.start).toBeGreaterThanOrEqual(gold.body.start);
        expect(s.end).toBeLessThanOrEqual(gold.body.end);
      }
    }
  });

  it('when no title is given, then the headline is found and the body is still the reviewed body', () => {
    for (const { a, raw, gold } of seeds) {
      const r = extractArticle({ raw, meta: { outlet: a.outlet, published: a.published } });
      expect(r.document.body, a.id).toEqual(gold.body);
      expect(r.document.article.title.replace(/’/g, "'"), a.id).toBe(a.title.replace(/’/g, "'"));
    }
  });

  it('when a caption carries a photo credit, then nothing is extracted from it (Justin Sullivan is no entity in RT)', () => {
    for (const { a, raw, result } of seeds) {
      const reviewed = JSON.parse(
        fs.readFileSync(path.join(SETS.seeds, 'reviewed', `${a.id}.json`), 'utf8'),
      ) as {
        exclude: string[];
      };
      for (const ex of reviewed.exclude) {
        for (let at = raw.indexOf(ex); at >= 0; at = raw.indexOf(ex, at + 1))
          for (const m of result.document.entities.flatMap((e) => e.mentions))
            expect(m.end <= at || m.start >= at + ex.length, `${a.id}: "${m.text}" inside "${ex}"`).toBe(
              true,
            );
      }
      for (const e of result.document.entities)
        expect([
          'Justin Sullivan',
          'Mark Wilson',
          'Valery Sharufulin',
          'Vladislav Pavlov',
          'Maxim Shipenkov',
          'Anton Novoderezhkin',
        ]).not.toContain(e.name);
    }
    const rt = seeds.find((s) => s.a.id.startsWith('rt-'))!.result.document;
    expect(rt.entities.filter((e) => /Sullivan/.test(e.name))).toEqual([]);
  });

  it('when a quotation spans two sentences, then it is one statement with its speaker', () => {
    const tass = seeds.find((s) => s.a.id.startsWith('tass-'))!.result.document;
    const q = tass.statements.find((s) =>
      s.quote.startsWith('I would like to express my deepest gratitude'),
    )!;
    expect(q.quote).toMatch(/\. Many people expressed .* from Washington,$/);
    expect(nameOf(tass, q.speaker)).toBe('Anatoly Antonov');
    const cont = tass.statements.find((s) => s.quote.startsWith('I am deeply touched'))!;
    expect(nameOf(tass, cont.speaker)).toBe('Anatoly Antonov'); // "… ," he continued.
  });

  it('when the speaker is "he", "the ambassador" or "the diplomat", then it resolves to the person named before', () => {
    const rt = seeds.find((s) => s.a.id.startsWith('rt-'))!.result.document;
    for (const start of ['If I wanted to do so', 'I stress my firm rejection']) {
      const q = rt.statements.find((s) => s.quote.startsWith(start))!;
      expect(nameOf(rt, q.speaker), start).toBe('Anatoly Antonov');
    }
    const mt = seeds.find((s) => s.a.id.startsWith('moscow-'))!.result.document;
    const q = mt.statements.find((s) => s.quote.startsWith('The Russian side'))!;
    expect(nameOf(mt, q.speaker)).toBe('Anatoly Antonov'); // "… ," he was quoted as saying by TASS.
    const killer = mt.statements.find((s) => s.quote === 'killer')!;
    expect(nameOf(mt, killer.speaker)).toBe('Joe Biden');
  });

  it('when a surname or a role phrase refers to a person, then it is a mention and alias of the full name', () => {
    const mt = seeds.find((s) => s.a.id.startsWith('moscow-'))!.result.document;
    const antonov = mt.entities.find((e) => e.name === 'Anatoly Antonov')!;
    expect(antonov.aliases).toEqual(
      expect.arrayContaining([
        "Russia's envoy to the United States",
        "Russia's ambassador to the United States",
      ]),
    );
    const dw = seeds.find((s) => s.a.id.startsWith('dw-'))!.result.document;
    const biden = dw.entities.find((e) => e.name === 'Joe Biden')!;
    expect(biden.aliases).toEqual(expect.arrayContaining(['Biden', 'Biden Joe']));
  });

  it('when the same metadata is given twice, then the article id is the same; with meta.id, it is that id', () => {
    const meta = { outlet: 'TASS', published: '2021-03-20', title: 'Russian ambassador thanks US citizens' };
    expect(articleIdFor(meta)).toBe(articleIdFor({ ...meta }));
    expect(articleIdFor(meta)).toBe('tass-2021-03-20-russian-ambassador-thanks-us-citizens');
    expect(articleIdFor({ ...meta, id: 'my-id' })).toBe('my-id');
    expect(articleIdFor({ title: 'x'.repeat(500) }).length).toBeLessThanOrEqual(100);
    expect(articleIdFor({}, 'some text')).toMatch(/^article-[a-z0-9]+$/);
  });
});

describe('dates', () => {
  const at = (text: string, published: string | null) =>
    findDates(text, 0, text.length, published).map((d) => [text.slice(d.start, d.end), d.value]);

  it('when relative dates appear, then they resolve against the publication date, in the past', () => {
    expect(at('He arrived on Sunday.', '2021-06-20')).toEqual([['on Sunday', '2021-06-20']]);
    expect(at('He spoke on Friday.', '2021-03-20')).toEqual([['on Friday', '2021-03-19']]);
    expect(at('It said on Tuesday that', '2022-06-08')).toEqual([['on Tuesday', '2022-06-07']]);
    expect(at('He was recalled last March.', '2022-04')).toEqual([['last March', '2021-03']]);
    expect(at('Russia in March took', '2021-06-20')).toEqual([['in March', '2021-03']]);
    expect(at('They met in November.', '2021-06-20')).toEqual([['in November', '2020-11']]);
    expect(at('a summit last week in Geneva', '2021-06-20')).toEqual([['last week', '2021-06']]);
    expect(at('Last month, the US', '2022-06-08')).toEqual([['Last month', '2022-05']]);
    expect(at('Last month, the US', '2022-01-08')).toEqual([['Last month', '2021-12']]);
    expect(at('told Politico Monday that', '2022-04')).toEqual([['Monday', '2022-04']]);
    expect(at('on March 20, the ambassador', '2021-03-20')).toEqual([['March 20', '2021-03-20']]);
  });

  it('when dates are absolute, then they need no publication date', () => {
    expect(at('on November 18, 2019 in Washington', null)).toEqual([['November 18, 2019', '2019-11-18']]);
    expect(at('since August 2017, told', null)).toEqual([['August 2017', '2017-08']]);
    expect(at('in 1998 over a campaign', null)).toEqual([['in 1998', '1998']]);
    expect(at('on 24 February 2022', null)).toEqual([['24 February 2022', '2022-02-24']]);
  });

  it('when the publication date is unknown, then relative dates stay null and a warning says how many', () => {
    expect(at('He arrived on Sunday after talks last week.', null)).toEqual([
      ['on Sunday', null],
      ['last week', null],
    ]);
    const raw =
      'Envoy returns\n\nThe Russian ambassador Ivan Petrov arrived back in Moscow on Sunday, days after he was recalled last week over a row with Washington.';
    const r = extractArticle({ raw, meta: { title: 'Envoy returns', outlet: 'X' } });
    expect(r.document.article.published).toBeNull();
    expect(r.warnings.join('\n')).toMatch(/publication date unknown: 2 relative date/);
    expect(r.document.events.every((e) => e.date === null)).toBe(true);
    const dated = extractArticle({
      raw,
      meta: { title: 'Envoy returns', outlet: 'X', published: '2023-05-16' },
    });
    expect(dated.document.events.find((e) => e.type === 'return')?.date).toBe('2023-05-14');
    expect(dated.warnings).toEqual([]);
  });

  it('when the page prints its date under the headline and a byline, then that is the publication date and the headline the title', () => {
    const raw = [
      'Home | World | Politics',
      '',
      'Moscow expels two Estonian diplomats over spying claims',
      '',
      'By Jane Doe',
      '',
      'Updated: 14 May 2023 09:12 GMT',
      '',
      'Russia on Sunday ordered two Estonian diplomats to leave the country within a week, the Foreign Ministry said in a statement.',
    ].join('\n');
    const r = extractArticle({ raw, meta: { outlet: 'X' } });
    expect(r.document.article.title).toBe('Moscow expels two Estonian diplomats over spying claims');
    expect(r.document.article.published).toBe('2023-05-14');
    expect(r.warnings.join('\n')).toMatch(/read from the dateline "Updated: 14 May 2023 09:12 GMT"/);
    expect(raw.slice(r.document.body.start).startsWith('Moscow expels')).toBe(true);
    const given = extractArticle({ raw, meta: { outlet: 'X', published: '2023-05-15' } });
    expect(given.document.article.published).toBe('2023-05-15');
    const undated = extractArticle({ raw: raw.replace(/Updated: .*\n/, ''), meta: { outlet: 'X' } });
    expect(undated.document.article.published).toBeNull();
  });
});

describe('body and furniture in plain text', () => {
  it('when there is no title, then the body starts at the headline block before the first paragraph and ends before the newsletter', () => {
    const raw = [
      'Skip to content',
      'Menu',
      'Accept cookies',
      '',
      'Germany expels two Russian diplomats',
      '',
      'Germany on Tuesday expelled two Russian diplomats after a court convicted a Russian citizen of murder in a Berlin park, Foreign Minister Heiko Maas said.',
      '',
      '"This was a contract killing ordered by the Russian state," Maas said in a statement.',
      '',
      'Sign up for our newsletter',
      'Get the best stories every morning. Our newsletter is free and you can unsubscribe at any time you like.',
    ].join('\n');
    const { body } = findBody(raw);
    expect(raw.slice(body.start, body.end)).toMatch(
      /^Germany expels two Russian diplomats\n[\s\S]*said in a statement\.$/,
    );
    const d = extractArticle({ raw, meta: { published: '2021-12-15', outlet: 'Test' } }).document;
    expect(d.article.title).toBe('Germany expels two Russian diplomats');
    expect(d.statements.map((s) => [s.quote.slice(0, 12), nameOf(d, s.speaker)])).toEqual([
      ['This was a c', 'Heiko Maas'],
    ]);
    expect(d.events.map((e) => [e.type, e.date])).toContainEqual(['expulsion', '2021-12-14']);
  });

  it('when credits, bylines and teasers lie inside the body, then they are excluded and yield nothing', () => {
    const raw = [
      'Envoy summoned over spy case',
      'By Anna Smith and John Doe',
      'Polish Foreign Minister Zbigniew Rau at a briefing in Warsaw. Photo: Justin Sullivan/Getty Images',
      'The foreign minister Zbigniew Rau summoned the Belarusian ambassador on Monday, the ministry said in a long statement on its website.',
      'Read more',
      'Minsk denies involvement in border crisis',
      'Advertisement',
      'Rau said Poland would respond to any provocation and that the spy case was now with prosecutors in Warsaw.',
    ].join('\n');
    const r = extractArticle({
      raw,
      meta: { title: 'Envoy summoned over spy case', published: '2021-11-09', outlet: 'Test' },
    });
    const names = r.document.entities.map((e) => e.name);
    expect(names).toContain('Zbigniew Rau');
    expect(names).not.toContain('Justin Sullivan');
    expect(names).not.toContain('Anna Smith');
    expect(names).not.toContain('John Doe');
    expect(names).not.toContain('Minsk');
    for (const s of allSpans(r.document))
      expect(s.text).not.toMatch(/Getty|Read more|Advertisement|Minsk denies/);
  });
});

describe('HTML', () => {
  const html = fs.readFileSync(path.join(FIX, 'dossier-2023-06-14-summit.html'), 'utf8');

  it('when a page has nav, cookie banner, newsletter box, related stories and footer, then the text has only the article, one paragraph per line', () => {
    expect(looksLikeHtml(html)).toBe(true);
    expect(looksLikeHtml('Plain text with a < sign and a > sign.')).toBe(false);
    const { text, title, published } = htmlToText(html);
    expect(title).toBe('Leaders pledge to restore embassy staffing after Vienna summit');
    expect(published).toBe('2023-06-14');
    expect(text).toMatch(/^Leaders pledge to restore embassy staffing after Vienna summit\n/);
    expect(text).toContain(
      'German Chancellor Olaf Scholz met French President Emmanuel Macron in Vienna on Tuesday',
    );
    expect(text).toContain(
      'German Chancellor Olaf Scholz and French President Emmanuel Macron arrive in Vienna.',
    ); // the caption
    for (const junk of [
      'We use cookies',
      'Morning Briefing',
      'Related stories',
      'Xi Jinping',
      'All rights reserved',
      'Donate',
    ])
      expect(text).not.toContain(junk);
    expect(text.split('\n').filter((l) => l.includes('Scholz told reporters'))).toHaveLength(1);
  });

  it('when HTML is extracted, then offsets point into the cleaned text and the credit yields no person', () => {
    const r = extractArticle({ raw: html, meta: { outlet: 'The Courier' } });
    expect(validateDocument(r.text, r.document, 'summit.html')).toMatchObject({ ok: true });
    expect(r.document.article.published).toBe('2023-06-14');
    expect(r.document.article.id).toBe(
      'the-courier-2023-06-14-leaders-pledge-to-restore-embassy-staffing-after-vienna-summit',
    );
    expect(r.document.entities.map((e) => e.name)).not.toContain('Justin Sullivan');
    expect(r.document.entities.some((e) => e.mentions.some((m) => /Sullivan/.test(m.text)))).toBe(false);
  });

  it('when given an HTML fragment, then it is detected and cleaned too', () => {
    const r = extractArticle({
      raw: '<h1>Talks in Geneva</h1><p>US Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Friday, the State Department said.</p><p>"We did not expect a breakthrough," Blinken told reporters.</p>',
      meta: { published: '2022-01-22', outlet: 'Test' },
    });
    expect(r.text).not.toMatch(/<p>/);
    const d = r.document;
    expect(d.relations.map((x) => [nameOf(d, x.source), x.type, nameOf(d, x.target)])).toContainEqual([
      'Antony Blinken',
      'MET',
      'Sergei Lavrov',
    ]);
    expect(d.events.find((e) => e.type === 'meeting')).toMatchObject({
      date: '2022-01-21',
      place: 'place:geneva',
    });
    expect(d.statements.map((s) => nameOf(d, s.speaker))).toEqual(['Antony Blinken']);
  });
});

describe('the unseen fixtures', () => {
  for (const f of FIXTURES) {
    it(`when ${f.file} is extracted, then its body, entities, quotes, events and relations are found`, () => {
      const raw = fs.readFileSync(path.join(FIX, f.file), 'utf8');
      const r = extractArticle({ raw, meta: f.meta });
      const d = r.document;
      expect(validateDocument(r.text, d, f.file)).toMatchObject({ ok: true });
      const body = r.text.slice(d.body.start, d.body.end);
      expect(body.startsWith(f.bodyStartsWith), body.slice(0, 80)).toBe(true);
      expect(body.endsWith(f.bodyEndsWith), body.slice(-80)).toBe(true);
      const spans = allSpans(d);
      for (const junk of f.furniture) {
        const at = r.text.indexOf(junk);
        if (at < 0) continue; // removed by the HTML cleaner
        for (const s of spans)
          expect(s.start >= at + junk.length || s.end <= at, `${s.text} inside "${junk}"`).toBe(true);
      }
      const names = new Set(d.entities.map((e) => `${e.type}|${e.name}`));
      for (const [type, name] of f.entities) expect(names, `${type} ${name}`).toContain(`${type}|${name}`);
      for (const name of f.notEntities) expect(d.entities.map((e) => e.name)).not.toContain(name);
      for (const [start, speaker] of f.quotes) {
        const s = d.statements.find((x) => x.quote.startsWith(start));
        expect(s, start).toBeDefined();
        expect(nameOf(d, s!.speaker), start).toBe(speaker);
      }
      const events = d.events.map((e) => [e.type, e.date]);
      for (const e of f.events) expect(events, e.join(' ')).toContainEqual(e);
      const sym = (r: string[]) => (r[1] === 'MET' && r[0]! > r[2]! ? [r[2], r[1], r[0]] : r);
      const rels = d.relations.map((x) => sym([nameOf(d, x.source), x.type, nameOf(d, x.target)]));
      for (const rel of f.relations) expect(rels, rel.join(' ')).toContainEqual(sym(rel));
    });
  }
});

describe('self-check', () => {
  it('when a span does not match the text or lies outside the body, then it is dropped and reported', () => {
    const text = 'Headline\n\nAlice Smith met Bob Jones in Paris on Monday.';
    const doc: AnnotationDocument = {
      article: { id: 'x', title: 'Headline', outlet: 'o', published: null, url: null, language: 'en' },
      body: { start: 0, end: text.length },
      entities: [
        {
          id: 'person:alice-smith',
          type: 'Person',
          name: 'Alice Smith',
          aliases: [],
          mentions: [{ start: 10, end: 21, text: 'Alice Smith' }],
        },
        {
          id: 'person:bob-jones',
          type: 'Person',
          name: 'Bob Jones',
          aliases: [],
          mentions: [{ start: 26, end: 35, text: 'Bob Smith' }],
        },
      ],
      events: [],
      statements: [],
      relations: [
        {
          source: 'person:alice-smith',
          type: 'MET',
          target: 'person:bob-jones',
          evidence: [{ start: 10, end: 20, text: 'Alice Smit' }],
        },
      ],
    };
    const warnings: string[] = [];
    selfCheck(text, doc, [], warnings);
    expect(doc.entities.map((e) => e.id)).toEqual(['person:alice-smith']);
    expect(doc.relations).toEqual([]);
    expect(warnings.join()).toMatch(/dropped 1 span/);
    expect(validateDocument(text, doc, 'x')).toMatchObject({ ok: true });
  });
});

describe('quotations and speakers', () => {
  const speakers = (raw: string, published = '2022-05-10') => {
    const d = extractArticle({
      raw,
      meta: { title: raw.split('\n')[0], outlet: 'Test', published },
    }).document;
    return d.statements.map((s) => [s.quote, nameOf(d, s.speaker)]);
  };

  it('when a quotation runs over two paragraphs, then each paragraph is a statement of the speaker named at the end', () => {
    expect(
      speakers(
        [
          'Minister warns of long standoff',
          '',
          'Foreign Minister Radoslaw Sikorski addressed parliament in Warsaw on Tuesday for more than an hour.',
          '',
          '"We are not at war with Russia. But we will not be intimidated by threats against our neighbours.',
          '',
          '"Our embassy in Moscow stays open for now," Sikorski said.',
        ].join('\n'),
      ),
    ).toEqual([
      [
        'We are not at war with Russia. But we will not be intimidated by threats against our neighbours.',
        'Radoslaw Sikorski',
      ],
      ['Our embassy in Moscow stays open for now,', 'Radoslaw Sikorski'],
    ]);
  });

  it('when the attribution is inverted, titled, or "according to", then the named person speaks, and an unnamed official for the country', () => {
    const raw = [
      'Talks stall in Vienna',
      '',
      '"There is no deal yet," said Iranian Foreign Minister Hossein Amir-Abdollahian after the meeting in Vienna on Monday.',
      '',
      'According to the EU foreign policy chief Josep Borrell, the sides were "very close" to an agreement.',
      '',
      '"We need more time," a senior US official told reporters.',
    ].join('\n');
    expect(speakers(raw)).toEqual([
      ['There is no deal yet,', 'Hossein Amir-Abdollahian'],
      ['very close', 'Josep Borrell'],
      // One unnamed official speaks for the country, as the real pages' gold has it.
      ['We need more time,', 'United States'],
    ]);
  });

  it('when "he" speaks, then it is the subject of the previous sentence, not a person named after a preposition', () => {
    const raw = [
      'Ambassador recalled',
      '',
      'Prime Minister Mark Rutte said on Friday that the decision was taken after a call with President Emmanuel Macron.',
      '"We had no other choice," he said.',
    ].join('\n');
    expect(speakers(raw)).toEqual([['We had no other choice,', 'Mark Rutte']]);
  });
});
