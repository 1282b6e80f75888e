// A seeded synthetic corpus: N articles about M entities, each a raw text with its annotation document
// (docs/architecture.md's format: entities with mentions, events, statements, relations with evidence),
// so that benchmarks load realistic graphs. Popular entities recur (Zipf-like), so hubs exist as in real
// news; each speaker has lines of their own (quotes.ts). The draws from the seeded generator are the same,
// in the same order, whatever the quotes say: entities, dates and outlets of article N never change.
import type { AnnotationDocument, Span } from '@dossier/model';
import type { ArticleInput } from '../../server/src/ingest/load-articles.js';
import { CITIES, COUNTRIES, FIRST_NAMES, ORG_KINDS, OUTLETS, SURNAMES } from './names.js';
import { quoteFor } from './quotes.js';

export interface CorpusOptions {
  articles: number;
  entities: number;
  seed: number;
}

type Kind = 'Person' | 'Organization' | 'Place';
interface CorpusEntity {
  id: string;
  type: Kind;
  name: string;
  surname?: string;
}

/** mulberry32 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The entity population: about 60% people, 25% organizations, 15% places; ids are unique. */
export function makeEntities(count: number, random: () => number): CorpusEntity[] {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const out: CorpusEntity[] = [];
  const seen = new Set<string>();
  for (let i = 0; out.length < count; i++) {
    const r = random();
    let e: CorpusEntity;
    if (r < 0.6) {
      const surname = pick(SURNAMES);
      const name = `${pick(FIRST_NAMES)} ${surname}${i >= 2000 ? ` ${String.fromCharCode(65 + (i % 26))}.` : ''}`;
      e = { id: `person:${slug(name)}`, type: 'Person', name, surname };
    } else if (r < 0.85) {
      const name = `${pick(COUNTRIES)} ${pick(ORG_KINDS)}${i >= 300 ? ` ${1 + (i % 97)}` : ''}`;
      e = { id: `organization:${slug(name)}`, type: 'Organization', name };
    } else {
      const base = random() < 0.5 ? pick(CITIES) : pick(COUNTRIES);
      const name = i >= 70 ? `${base} District ${i}` : base;
      e = { id: `place:${slug(name)}`, type: 'Place', name };
    }
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out.push(e);
  }
  return out;
}

export interface Pools {
  people: CorpusEntity[];
  orgs: CorpusEntity[];
  places: CorpusEntity[];
}

/** Builds a text piece by piece, remembering where each named piece landed. */
class TextBuilder {
  text = '';
  add(s: string): Span {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length, text: s };
  }
}

function isoDay(random: () => number): string {
  const y = 2015 + Math.floor(random() * 10);
  const m = 1 + Math.floor(random() * 12);
  const d = 1 + Math.floor(random() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** One article about a handful of entities: a meeting, a statement and a few typed relations. */
export function makeArticle(index: number, pools: Pools, random: () => number): ArticleInput {
  const zipf = <T>(xs: T[]) => xs[Math.floor(xs.length * random() ** 2.2)]!;
  const { people, orgs, places } = pools;
  const a = zipf(people);
  let b = zipf(people);
  while (b.id === a.id) b = people[Math.floor(random() * people.length)]!;
  const org = zipf(orgs);
  const place = zipf(places);
  const date = isoDay(random);
  const outlet = OUTLETS[index % OUTLETS.length]!;
  const quote = quoteFor(index, a.id, b.id, random());
  const id = `synthetic-${index}`;
  const t = new TextBuilder();
  const mentions = new Map<string, Span[]>();
  const mention = (e: CorpusEntity, s: string) => {
    const span = t.add(s);
    mentions.set(e.id, [...(mentions.get(e.id) ?? []), span]);
    return span;
  };
  t.add('Menu | World | Politics\n\n');
  const bodyStart = t.text.length;
  const title = `${a.name} meets ${b.name} in ${place.name}`;
  t.add(`${title}\n\n`);
  const s1 = t.text.length;
  mention(a, a.name);
  t.add(', a senior official of the ');
  mention(org, org.name);
  t.add(', met ');
  mention(b, b.name);
  t.add(' in ');
  mention(place, place.name);
  t.add(` on ${date}, ${outlet} reported.`);
  const meetingSentence: Span = { start: s1, end: t.text.length, text: t.text.slice(s1) };
  t.add(' ');
  const s2 = t.text.length;
  mention(a, a.surname ?? a.name);
  t.add(' told reporters: "');
  const q = t.add(quote);
  t.add('."');
  const quoteSentence: Span = { start: s2, end: t.text.length, text: t.text.slice(s2) };
  t.add(' ');
  const s3 = t.text.length;
  mention(b, b.surname ?? b.name);
  t.add(' later left ');
  mention(place, place.name);
  t.add('.');
  const leftSentence: Span = { start: s3, end: t.text.length, text: t.text.slice(s3) };
  t.add('\n\nThe talks are expected to continue next month.');
  const bodyEnd = t.text.length;
  t.add('\n\nSign up for our newsletter. Accept cookies.');

  const entity = (e: CorpusEntity) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.surname ? [e.surname] : [],
    mentions: mentions.get(e.id)!,
  });
  const eventId = `event:${id}-meeting`;
  const document: AnnotationDocument = {
    article: { id, title, outlet, published: date, url: null, language: 'en' },
    body: { start: bodyStart, end: bodyEnd },
    entities: [a, b, org, place].map(entity),
    events: [
      {
        id: eventId,
        type: 'meeting',
        label: title,
        date,
        place: place.id,
        participants: [
          { entity: a.id, role: 'participant' },
          { entity: b.id, role: 'participant' },
        ],
        evidence: [meetingSentence],
      },
    ],
    statements: [
      {
        id: `statement:${id}-1`,
        speaker: a.id,
        quote: q.text,
        start: q.start,
        end: q.end,
        date,
        about: [b.id],
      },
    ],
    relations: [
      {
        source: a.id,
        type: 'MET',
        target: b.id,
        date,
        place: place.id,
        event: eventId,
        evidence: [meetingSentence],
      },
      { source: a.id, type: 'MEMBER_OF', target: org.id, date: null, evidence: [meetingSentence] },
      { source: b.id, type: 'LEFT', target: place.id, date, evidence: [leftSentence] },
      { source: a.id, type: 'COMMENTED_ON', target: b.id, date, evidence: [quoteSentence] },
    ],
  };
  return { file: `${id}.json`, text: t.text, document };
}

/** The whole corpus, lazily: the same options always give the same articles. */
export function* generateCorpus(options: CorpusOptions): Generator<ArticleInput> {
  const random = seededRandom(options.seed);
  const population = makeEntities(options.entities, random);
  const byType = (t: Kind) => population.filter((e) => e.type === t);
  const pools = { people: byType('Person'), orgs: byType('Organization'), places: byType('Place') };
  for (let i = 0; i < options.articles; i++) yield makeArticle(i, pools, random);
}
