// `npm run seed:offsets`: reads graph-seed/reviewed/<id>.json (written by text), finds every span in the
// article, and writes graph-seed/annotations/<id>.json in docs/architecture.md's format; then validates it.
// Mentions are found automatically: every whole-word occurrence of an entity's name, aliases and
// extra forms in the body, longest first, never inside an excluded text. Fails loudly on any doubt.
// `--dir FOLDER` does the same for another set laid out like graph-seed (manifest.json, reviewed/,
// annotations/), e.g. `npx tsx graph-seed/tools/fill-offsets.ts --dir test/fixtures/heldout`. An article
// file ending in .html is first turned into the extractor's article text (server/src/extract/html.ts):
// offsets of an HTML article point into that text, as the extractor's do.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnnotationDocument } from '@dossier/model';
import { formatDocumentErrors, validateDocument } from '../../server/src/ingest/validate-document.js';
import { htmlToText } from '../../server/src/extract/html.js';
import { locate, occurrences, OffsetError, wholeWordOccurrences, type Range } from './locate.js';
import { reviewedDocument, type ReviewedDocument } from './reviewed-format.js';

const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface ManifestEntry {
  id: string;
  file: string;
  title: string;
  outlet: string;
  published: string | null;
  url: string | null;
  language: string;
}

function findBody(raw: string, r: ReviewedDocument, file: string): Range {
  const start = raw.indexOf(r.body.startsWith);
  if (start < 0) throw new OffsetError(`${file}: body.startsWith is not in the article`);
  const endAt = raw.indexOf(r.body.endsWith, start);
  if (endAt < 0) throw new OffsetError(`${file}: body.endsWith is not in the article after its start`);
  return { start, end: endAt + r.body.endsWith.length };
}

/** Mentions of every entity: longest forms first, no overlaps, none inside excluded texts. */
function findMentions(raw: string, r: ReviewedDocument, body: Range, file: string): Map<string, Range[]> {
  const taken: Range[] = r.exclude.flatMap((x) => {
    const found = occurrences(raw, x, body).map((start) => ({ start, end: start + x.length }));
    if (found.length === 0) throw new OffsetError(`${file}: exclude ${JSON.stringify(x)} is not in the body`);
    return found;
  });
  const forms = r.entities
    .flatMap((e) => [e.name, ...e.aliases, ...e.alsoMatches].map((form) => ({ id: e.id, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const overlaps = (s: Range) => taken.some((t) => s.start < t.end && t.start < s.end);
  const mentions = new Map<string, Range[]>();
  for (const { id, form } of forms) {
    for (const s of wholeWordOccurrences(raw, form, body)) {
      if (overlaps(s)) continue;
      taken.push(s);
      mentions.set(id, [...(mentions.get(id) ?? []), s]);
    }
  }
  for (const e of r.entities) {
    if (!mentions.has(e.id))
      throw new OffsetError(`${file}: entities ${e.id}: no mention of its name or aliases in the body`);
  }
  return mentions;
}

export function fillOffsets(
  raw: string,
  reviewed: unknown,
  meta: ManifestEntry,
  file: string,
): AnnotationDocument {
  const parsed = reviewedDocument.safeParse(reviewed);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new OffsetError(`${file}: ${i.path.join('.')}: ${i.message}`);
  }
  const r = parsed.data;
  const body = findBody(raw, r, file);
  const mentions = findMentions(raw, r, body, file);
  const span = (ref: Parameters<typeof locate>[1], item: string) =>
    locate(raw, ref, body, `${file}: ${item}`);
  return {
    article: {
      id: meta.id,
      title: meta.title,
      outlet: meta.outlet,
      published: meta.published,
      url: meta.url,
      language: meta.language,
    },
    body,
    entities: r.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      ...(e.description ? { description: e.description } : {}),
      mentions: mentions
        .get(e.id)!
        .sort((a, b) => a.start - b.start)
        .map((m) => ({ start: m.start, end: m.end, text: raw.slice(m.start, m.end) })),
    })),
    events: r.events.map((e) => ({
      id: e.id,
      type: e.type,
      label: e.label,
      date: e.date,
      place: e.place ?? null,
      participants: e.participants,
      evidence: e.evidence.map((ref, i) => span(ref, `events ${e.id} evidence[${i}]`)),
    })),
    statements: r.statements.map((s) => {
      const q = span(s.quote, `statements ${s.id}`);
      return {
        id: s.id,
        speaker: s.speaker,
        quote: q.text,
        start: q.start,
        end: q.end,
        date: s.date,
        about: s.about,
      };
    }),
    relations: r.relations.map((rel, i) => ({
      source: rel.source,
      type: rel.type,
      target: rel.target,
      date: rel.date ?? null,
      place: rel.place ?? null,
      event: rel.event ?? null,
      evidence: rel.evidence.map((ref, j) =>
        span(ref, `relations[${i}] ${rel.source} -${rel.type}-> ${rel.target} evidence[${j}]`),
      ),
    })),
  };
}

/** The article text offsets point into: the file itself, or for .html the extractor's cleaned text. */
export function articleText(file: string): string {
  const raw = fs.readFileSync(file, 'utf8');
  return /\.html?$/i.test(file) ? htmlToText(raw).text : raw;
}

/**
 * Regenerates every annotation of a set (default graph-seed); returns the rendered files (path -> JSON
 * text).
 */
export function renderAll(dir: string = SEED_DIR): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    articles: ManifestEntry[];
  };
  const rel = path.relative(path.resolve(SEED_DIR, '..'), dir) || '.';
  const out = new Map<string, string>();
  const problems: string[] = [];
  for (const meta of manifest.articles) {
    const reviewedFile = `${rel}/reviewed/${meta.id}.json`;
    try {
      const raw = articleText(path.join(dir, meta.file));
      const reviewed = JSON.parse(fs.readFileSync(path.join(dir, 'reviewed', `${meta.id}.json`), 'utf8'));
      const doc = fillOffsets(raw, reviewed, meta, reviewedFile);
      const result = validateDocument(raw, doc, `${rel}/annotations/${meta.id}.json`, meta.id);
      if (!result.ok) throw new OffsetError(formatDocumentErrors(result.errors));
      out.set(path.join(dir, 'annotations', `${meta.id}.json`), `${JSON.stringify(doc, null, 2)}\n`);
    } catch (err) {
      if (!(err instanceof OffsetError || err instanceof SyntaxError)) throw err;
      problems.push(err instanceof SyntaxError ? `${reviewedFile}: ${err.message}` : err.message);
    }
  }
  if (problems.length) throw new OffsetError(problems.join('\n'));
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const at = process.argv.indexOf('--dir');
  const dir = at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]!) : SEED_DIR;
  try {
    for (const [file, text] of renderAll(dir)) {
      fs.writeFileSync(file, text);
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  } catch (err) {
    console.error(err instanceof OffsetError ? err.message : err);
    process.exit(1);
  }
}
