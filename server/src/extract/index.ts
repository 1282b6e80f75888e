// The extractor's entry point: raw news text or HTML in, an annotation document out (contract in
// types.ts). Pipeline: HTML → text (html.ts); the article body and its furniture (body.ts); sentences and
// tokens (text.ts); entities (entities/); dates (dates.ts); quotations and speakers (quotes.ts); events
// with their relations (events/, one file per family of rules) and other relations (relations.ts); then
// merging, ids, labels (labels.ts) and a final self-check (self-check.ts) that drops anything whose span
// is not the text at its offsets.
// Pure and synchronous; no clock: relative dates resolve against meta.published only.
//
// Decisions a caller should know:
// - Offsets are UTF-16 offsets into ExtractResult.text. For plain text that is the input unchanged; for
//   HTML it is the cleaned text (one paragraph, heading or caption per line, headline first), so the
//   article text to store is `text`, not the HTML.
// - The body is the headline (meta.title when given and found, else guessed) to the last paragraph
//   before trailing furniture; inside it, credits/bylines/teasers are masked and yield nothing.
// - Ids: `person:|organization:|place:` + slug of the canonical name (first-name-first full name; places
//   folded: US/U.S. → United States, Kiev → Kyiv). Events `event:<main participant>-<type>-<date>`,
//   statements `statement:<speaker>-<first words>`, made unique within the article. The article id is
//   meta.id when it is a slug, else slug(outlet published title) cut at a word to ≤100 characters
//   (stable for the same metadata; a guessed title is used when none is given), else article-<hash>.
// - Every relation's evidence is its sentence; MET is emitted once per pair (source < target by id).
import type {
  AnnotatedEntity,
  AnnotatedEvent,
  AnnotatedRelation,
  AnnotatedStatement,
  AnnotationDocument,
} from '@dossier/model';
import { looksLikeHtml } from '@dossier/model';
import { apostrophesAsQuotes } from './apostrophes.js';
import { gluedMarksAsUsual } from './glued-marks.js';
import { findBody } from './body.js';
import { Ctx } from './context.js';
import { datelineDate, findDates } from './dates.js';
import { extractEntities, type Entity } from './entities/index.js';
import { findEvents, settleKeys, type EvOut, type RelOut } from './events/index.js';
import { htmlToText } from './html.js';
import { isKnownAbbreviation, isKnownPlace } from './lexicon.js';
import { learnedEntities } from './learn/entities/apply.js';
import { attributeLearnedSpeakers } from './learn/speakers/apply.js';
import { describe, eventLabel } from './labels.js';
import { attributeQuotes, findQuotes } from './quotes/index.js';
import { creditPullQuotes } from './quotes/pull-quotes.js';
import { findRelations } from './relations/index.js';
import { recallOwnEnvoys } from './events/own-envoys.js';
import { summonedOwnEnvoys } from './events/summoned-own-envoys.js';
import { envoyHosts } from './events/envoy-hosts.js';
import { foldHeadlineStateMeetings } from './events/headline-meeting-sides.js';
import { seedSanction } from './events/sanctions.js';
import { sameVisit } from './events/visit-destinations.js';
import { learnedEvents } from './learn/events/step.js';
import { sentenceCaseHeadline } from './title-case.js';
import { selfCheck } from './self-check.js';
import { slugify, splitSentences, tokenize, type Token } from './text.js';
import type { ExtractInput, ExtractMeta, ExtractResult, FoundQuotation } from './types.js';

export type { ExtractInput, ExtractMeta, ExtractResult, FoundQuotation } from './types.js';
export { selfCheck } from './self-check.js';
export { slugify } from './text.js';

const ISO = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/**
 * The article id: meta.id when it is a slug, else a slug of outlet, published and title (at most 100
 * characters, cut at a word), stable for the same metadata; with none of them, "article-<hash of text>".
 */
export function articleIdFor(meta: ExtractMeta = {}, text = ''): string {
  if (meta.id && SLUG.test(meta.id)) return meta.id;
  const parts = [meta.outlet ?? '', meta.published ?? '', meta.title ?? ''].filter(Boolean).join(' ');
  if (!parts.trim()) return `article-${hash(text)}`;
  const s = slugify(parts, 200);
  if (s.length <= 100) return s;
  const cut = s.slice(0, 100);
  return cut.slice(0, cut.lastIndexOf('-') > 40 ? cut.lastIndexOf('-') : 100).replace(/-+$/, '');
}

const dateCompatible = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);
const morePrecise = (a: string | null, b: string | null) => (!a ? b : !b ? a : a.length >= b.length ? a : b);

function shortName(e: Entity): string {
  if (e.type === 'Person') {
    const parts = e.name.split(' ');
    return parts[parts.length - 1]!;
  }
  return e.name;
}

export function extractArticle(input: ExtractInput): ExtractResult {
  const warnings: string[] = [];
  const meta: ExtractMeta = { ...(input.meta ?? {}) };
  const format = input.format ?? 'auto';
  let text = input.raw;
  if (format === 'html' || (format === 'auto' && looksLikeHtml(input.raw))) {
    const h = htmlToText(input.raw);
    text = h.text;
    if (!meta.title && h.title) meta.title = h.title;
    if (meta.published === undefined && h.published && ISO.test(h.published)) meta.published = h.published;
  }
  let published = meta.published ?? null;
  if (published && !ISO.test(published)) {
    warnings.push(
      `published "${published}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): treated as unknown`,
    );
    published = null;
  }

  if (!text.trim())
    warnings.push('the article has no text: nothing to extract (the document cannot validate)');
  const bodyInfo = findBody(text, meta.title);
  const { body, excluded, guessedTitle, titleNotFound } = bodyInfo;
  const work = gluedMarksAsUsual(apostrophesAsQuotes(bodyInfo.work));
  if (titleNotFound) warnings.push('the title was not found in the text: the article body was guessed');
  if (!published) {
    // A page that prints its date on a line of its own under the headline says when it was published.
    const head = text
      .slice(0, Math.min(text.length, body.start + 600))
      .split('\n')
      .slice(0, 25);
    const dateline = datelineDate(head);
    if (dateline) {
      published = meta.published = dateline.value;
      warnings.push(`publication date ${dateline.value} read from the dateline "${dateline.text}"`);
    }
  }
  const title =
    (meta.title ?? guessedTitle ?? text.slice(body.start, body.end).split('\n')[0] ?? '')
      .trim()
      .slice(0, 300) || 'Untitled';
  const { paras, sents } = splitSentences(work, body.start, body.end);
  const toks = tokenize(work, body.start, body.end, isKnownPlace, isKnownAbbreviation);
  const seen: { chunks?: Token[][] } = {};
  const idx = extractEntities(text, work, toks, sents, seen);
  if (input.learned !== false) learnedEntities(text, work, toks, sents, idx, undefined, seen.chunks);
  const dates = findDates(work, body.start, body.end, published);
  const unresolved = dates.filter((d) => d.relative && d.value === null).length;
  if (!published && unresolved)
    warnings.push(`publication date unknown: ${unresolved} relative date(s) left unresolved`);
  const quotes = findQuotes(work, paras);
  attributeQuotes(work, quotes, sents, idx);
  creditPullQuotes(work, paras, quotes, idx);
  let ctx = new Ctx(text, work, sents, idx, quotes, dates);
  let rawEvents = findEvents(ctx);
  // A Title Case headline read in sentence case (title-case.ts) adds the events of the types the rules
  // found nowhere in it; its entities are read less surely (Title Case runs into names), so they claim no
  // relations of their own, and the body is read as before.
  const cased = sentenceCaseHeadline(work, sents, idx);
  if (cased !== work) {
    const head = sents[0]!;
    const inHead = (e: EvOut) => !!e.type && e.evidence.every((v) => v.end <= head.end);
    const found = new Set(rawEvents.filter(inHead).map((e) => e.type));
    const more = findEvents(new Ctx(text, cased, [head], idx, quotes, dates)).filter(
      (x) => inHead(x) && !found.has(x.type),
    );
    // Sanctions only the headline told are the ones a list in the body joins (events/sanctions.ts
    // seedSanction): the body is read again with them, and the relations a body's line joined to them are
    // the body's, read surely.
    const headSanction = more.find((e) => e.type === 'sanction');
    if (headSanction && !rawEvents.some((e) => e.type === 'sanction')) {
      ctx = new Ctx(text, work, sents, idx, quotes, dates);
      seedSanction(ctx, headSanction);
      rawEvents = findEvents(ctx);
    }
    const ownRelations = (e: EvOut) => e.relations.filter((r) => r.evidence.some((v) => v.start > head.end));
    for (const e of more) rawEvents.unshift({ ...e, relations: ownRelations(e) });
    // A side the headline leaves open is the one event of the type the body specifies (events/index.ts).
    settleKeys(rawEvents);
  }
  const looseRelations = findRelations(ctx, rawEvents);
  recallOwnEnvoys(ctx, rawEvents, looseRelations);
  summonedOwnEnvoys(ctx, rawEvents, looseRelations);
  // Envoys whose receiving state no sentence names: the state the article's events show hosting them.
  looseRelations.push(
    ...envoyHosts(ctx, rawEvents, [...looseRelations, ...rawEvents.flatMap((e) => e.relations)]),
  );
  // The learned event step: sentences reporting an event of a type the rules found nowhere in the article.
  if (input.learned !== false) rawEvents.push(...learnedEvents(ctx, rawEvents));

  // A headline's meeting of states is the body's meeting of persons (events/headline-meeting-sides.ts).
  const headTitle = meta.title?.trim();
  if (headTitle && text.slice(sents[0]!.start, sents[0]!.start + headTitle.length) === headTitle)
    rawEvents = foldHeadlineStateMeetings(rawEvents, sents[0], idx);

  // Merge events: same type and main participant, compatible dates.
  const events: EvOut[] = [];
  const relations: RelOut[] = [...looseRelations];
  for (const e of rawEvents) {
    if (!e.type) {
      relations.push(...e.relations);
      continue;
    }
    // A meeting with a state ("separate meetings with the leaders of A and B") and one with a person of
    // that state are one: the state and its national stand for the same side.
    // (A state known only by its adjective, "The Kenyan and Ghanaian ministers met", is a place the event
    // rules added: Ctx.countryByDemonym.)
    const stateOf = (x: Entity) =>
      x.type === 'Person' && x.nationality
        ? (idx.countryEntity(x.nationality) ??
          idx.entities.find((p) => p.type === 'Place' && p.name === x.nationality))
        : undefined;
    const side = (p: Entity, q: Entity) =>
      p === q || (e.type === 'meeting' && (stateOf(p) === q || stateOf(q) === p));
    const shared = (x: EvOut) =>
      x.participants.filter((p) => e.participants.some((q) => side(q.entity, p.entity))).length;
    // A bilateral meeting is not the meeting of a person with a list of states that holds both its sides
    // ("A met the leaders of C, D and E", then "A first met C's president"): each is one of its own. Two
    // states alone are a bilateral meeting ("The C and D foreign ministers met", then "The meeting between
    // C's minister A and D's minister B"): one with their two nationals' meeting.
    const group = (x: EvOut) => {
      const states = x.participants.filter((p) => p.entity.type === 'Place').length;
      return states > 2 || (states === 2 && x.participants.length > 2);
    };
    const same = events.find(
      (x) =>
        x.type === e.type &&
        dateCompatible(x.date, e.date) &&
        ((x.key ?? x.main.id) === (e.key ?? e.main.id) ||
          sameVisit(x, e) ||
          ((e.type === 'meeting' || e.type === 'phone-call') && shared(x) >= 2 && group(x) === group(e))),
    );
    if (same) {
      for (const ev of e.evidence)
        if (!same.evidence.some((s) => s.start === ev.start)) same.evidence.push(ev);
      for (const p of e.participants)
        if (!same.participants.some((q) => q.entity === p.entity)) same.participants.push(p);
      same.date = morePrecise(same.date, e.date);
      same.place = same.place ?? e.place;
      for (const r of e.relations) relations.push({ ...r, event: same });
    } else {
      events.push(e);
      for (const r of e.relations) relations.push({ ...r, event: e });
    }
  }

  // An event the headline alone reports ("China recalls ambassador to Lithuania") has no date of its
  // own: a headline in the present tense reports news of the day, so it takes the publication date.
  const headline = sents[0];
  if (published && headline && /\n/.test(work.slice(headline.end, headline.end + 2)))
    for (const e of events) {
      if (e.date || !e.evidence.every((ev) => ev.start >= headline.start && ev.end <= headline.end)) continue;
      if (
        /\b(?:ha[sd]|was|were|will|would|could|may|might|plans?|set to|to be|expected|likely)\b|\?/i.test(
          work.slice(headline.start, headline.end),
        )
      )
        continue;
      e.date = published;
      for (const r of relations) if (r.event === e && !r.date) r.date = published;
    }

  // Ids.
  const used = new Set<string>();
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const eventId = new Map<EvOut, string>();
  const outEvents: AnnotatedEvent[] = events.map((e) => {
    const id = unique(`event:${slugify(`${shortName(e.main)} ${e.type} ${e.date ?? ''}`, 70)}`);
    eventId.set(e, id);
    const label = eventLabel(e);
    return {
      id,
      type: e.type,
      label,
      date: e.date,
      place: e.place?.type === 'Place' ? e.place.id : null,
      participants: e.participants.map((p) => ({ entity: p.entity.id, role: p.role })),
      evidence: e.evidence,
      rule: e.rule,
    };
  });

  const relKey = new Map<string, AnnotatedRelation>();
  for (const r of relations) {
    if (r.source === r.target) continue;
    let [src, tgt] = [r.source, r.target];
    if (r.type === 'MET' && src.id > tgt.id) [src, tgt] = [tgt, src];
    const key = `${src.id}|${r.type}|${tgt.id}`;
    const have = relKey.get(key);
    if (have) {
      for (const ev of r.evidence)
        if (!have.evidence.some((s) => s.start === ev.start)) have.evidence.push(ev);
      have.date = morePrecise(have.date ?? null, r.date ?? null);
      if (!have.event && r.event) have.event = eventId.get(r.event) ?? null;
      continue;
    }
    const rel: AnnotatedRelation = {
      source: src.id,
      type: r.type,
      target: tgt.id,
      date: r.date ?? null,
      evidence: [...r.evidence],
      rule: r.rule,
    };
    if (r.place?.type === 'Place') rel.place = r.place.id;
    if (r.event && eventId.has(r.event)) rel.event = eventId.get(r.event)!;
    relKey.set(key, rel);
  }

  // The learned step: a speaker for quotations the rules left unattributed (extract/learn/speakers/).
  if (input.learned !== false)
    attributeLearnedSpeakers(text, quotes, paras, (at) => ctx.sentenceAt(at), idx.entities);

  const statements: AnnotatedStatement[] = [];
  for (const q of quotes) {
    if (!q.speaker) continue;
    const s1 = ctx.sentenceAt(q.open);
    // The date said in the quote's own sentence(s), outside the quotation.
    const s2 = ctx.sentenceAt(Math.max(q.open, q.close - 1));
    const d = s1
      ? dates.find(
          (x) =>
            x.start >= s1.start &&
            x.end <= Math.max(s1.end, s2?.end ?? 0) &&
            !(x.start >= q.open && x.end <= q.close + 1),
        )
      : undefined;
    // Words the text gives to several speakers ("the two leaders agreed that …") are one statement each.
    for (const speaker of [q.speaker, ...(q.coSpeakers ?? [])])
      statements.push({
        id: unique(
          `statement:${slugify(`${shortName(speaker)} ${text.slice(q.start, q.end).split(/\s+/).slice(0, 6).join(' ')}`, 70)}`,
        ),
        speaker: speaker.id,
        quote: text.slice(q.start, q.end),
        start: q.start,
        end: q.end,
        date: d?.value ?? null,
        about: q.about.filter((e) => e !== speaker).map((e) => e.id),
        ...(q.rule ? { rule: q.rule } : {}),
      });
  }

  const entities: AnnotatedEntity[] = idx.entities.map((e) => {
    const out: AnnotatedEntity = {
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: [...e.aliases].filter((a) => a !== e.name).sort(),
      mentions: e.mentions,
    };
    const desc = describe(e);
    if (desc) out.description = desc;
    out.rule = e.rule;
    return out;
  });

  const document: AnnotationDocument = {
    article: {
      id: articleIdFor({ ...meta, title: meta.title ?? title }, text),
      title,
      outlet: meta.outlet?.trim() || 'unknown',
      published,
      url: meta.url ?? null,
      language: meta.language ?? 'en',
    },
    body: { start: body.start, end: body.end },
    entities,
    events: outEvents,
    statements,
    relations: [...relKey.values()],
  };
  selfCheck(text, document, excluded, warnings);
  if (!input.debug) return { text, document, warnings };
  const spanOf = (s: { start: number; end: number } | undefined) => ({
    start: s?.start ?? 0,
    end: s?.end ?? 0,
  });
  const quotations: FoundQuotation[] = quotes.map((q) => ({
    start: q.start,
    end: q.end,
    open: q.open,
    close: q.close,
    sentence: spanOf(ctx.sentenceAt(q.open)),
    paragraph: spanOf(paras.find((p) => p.start <= q.open && q.open <= p.end)),
    speaker: q.speaker?.id ?? null,
    rule: q.rule ?? null,
  }));
  return { text, document, warnings, quotations };
}
