// The preview of an extraction, before anything is written: the article text (as text nodes only, never
// HTML) with mentions, quotes and relation/event evidence highlighted, and the lists of entities (joining
// an existing node or new), quotes with speakers, relations with evidence, events and warnings.
import { TYPE_COLORS } from '../../render/colors';
import { segmentText } from '../article-reader';
import { el } from '../dom';
import type { AnnotationDocument, Highlight, IngestResolution, IngestResponse } from '@dossier/model';

/** The name of a node already in the graph, when the view knows it. */
export type ExistingName = (id: string) => string | null;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** " · rule: events/expulsions:expulsion": the extractor's rule that made an item, to trace a wrong one. */
const ruleNote = (x: { rule?: string }) => (x.rule ? ` · rule: ${x.rule}` : '');
/** A list row's tooltip naming that rule. */
const ruleTitle = (x: { rule?: string }): Record<string, string> =>
  x.rule ? { title: `rule: ${x.rule}` } : {};

/** Every span the preview highlights, with what it is and the rule that found it, for the title tooltip. */
export function previewHighlights(doc: AnnotationDocument, nameOf: (id: string) => string): Highlight[] {
  const out: Highlight[] = [];
  for (const e of doc.entities)
    for (const m of e.mentions)
      out.push({
        start: m.start,
        end: m.end,
        kind: 'mention',
        entityId: e.id,
        label: `${e.type}: ${e.name}${ruleNote(e)}`,
      });
  for (const s of doc.statements)
    out.push({
      start: s.start,
      end: s.end,
      kind: 'statement',
      entityId: s.speaker,
      label: `quote by ${nameOf(s.speaker)}${ruleNote(s)}`,
    });
  for (const r of doc.relations)
    for (const ev of r.evidence)
      out.push({
        start: ev.start,
        end: ev.end,
        kind: 'evidence',
        entityId: r.source,
        label: `${nameOf(r.source)} ${r.type} ${nameOf(r.target)}${ruleNote(r)}`,
      });
  for (const e of doc.events)
    for (const ev of e.evidence)
      out.push({
        start: ev.start,
        end: ev.end,
        kind: 'event',
        entityId: e.id,
        label: `event: ${e.label}${ruleNote(e)}`,
      });
  return out.filter((h) => h.end > h.start);
}

function articleText(res: IngestResponse, highlights: Highlight[]): HTMLElement {
  const { text, document: doc } = res;
  const body = doc.body;
  const box = el('div', {
    class: 'article-text preview-text',
    'data-testid': 'add-article-preview-text',
    tabindex: '0',
    'aria-label': 'The article text with what was extracted highlighted',
  });
  for (const seg of segmentText(0, text.length, highlights)) {
    const str = text.slice(seg.start, seg.end);
    const outside = seg.end <= body.start || seg.start >= body.end;
    if (seg.covering.length === 0) {
      box.append(
        outside
          ? el('span', { class: 'outside-body', title: 'Outside the article body: ignored' }, str)
          : str,
      );
      continue;
    }
    const kinds = [...new Set(seg.covering.map((h) => h.kind))];
    const mark = el(
      'mark',
      {
        'data-testid': 'add-article-highlight',
        class: kinds.map((k) => `hl-${k}`).join(' '),
        title: [...new Set(seg.covering.map((h) => h.label ?? h.kind))].join('\n'),
      },
      str,
    );
    const mention = seg.covering.find((h) => h.kind === 'mention');
    if (mention?.entityId) mark.setAttribute('data-entity', mention.entityId);
    box.append(mark);
  }
  return box;
}

function resolutionOf(resolution: IngestResolution[], id: string): IngestResolution | undefined {
  return resolution.find((r) => r.resolvedId === id) ?? resolution.find((r) => r.extractedId === id);
}

function entityRows(res: IngestResponse, text: HTMLElement, existingName: ExistingName): HTMLElement {
  const rows = res.document.entities.map((e) => {
    const r = resolutionOf(res.resolution, e.id);
    const joins = Boolean(r?.matched);
    const existing = joins ? (existingName(e.id) ?? e.name) : null;
    const show = el(
      'button',
      { type: 'button', class: 'link', title: 'Show its mentions in the text' },
      e.name,
    );
    show.addEventListener('click', () => {
      const marks = [...text.querySelectorAll<HTMLElement>('mark[data-entity]')];
      marks.forEach((m) => m.classList.toggle('focus', m.dataset['entity'] === e.id));
      marks.find((m) => m.dataset['entity'] === e.id)?.scrollIntoView({ block: 'center' });
    });
    return el(
      'li',
      {
        'data-testid': 'add-article-entity',
        class: 'preview-entity',
        'data-entity': e.id,
        ...ruleTitle(e),
      },
      el('span', { class: 'dot', style: `background:${TYPE_COLORS[e.type]}` }),
      show,
      el('span', { class: 'muted small' }, ` ${e.type} · ${plural(e.mentions.length, 'mention')} `),
      existing
        ? el('span', { class: 'badge joins' }, `joins existing: ${existing}`)
        : r?.rule === 'ambiguous'
          ? el(
              'span',
              { class: 'badge ambiguous', title: 'More than one node fits: it stays apart' },
              'new (ambiguous)',
            )
          : el('span', { class: 'badge new' }, 'new'),
      r?.explanation ? el('div', { class: 'muted small' }, r.explanation) : null,
    );
  });
  return el('ul', { class: 'preview-list' }, ...rows);
}

export function renderPreview(res: IngestResponse, existingName: ExistingName): HTMLElement {
  const doc = res.document;
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const nameOf = (id: string) => names.get(id) ?? existingName(id) ?? id;
  const text = articleText(res, previewHighlights(doc, nameOf));
  const joining = doc.entities.filter((e) => resolutionOf(res.resolution, e.id)?.matched).length;

  const section = (title: string, count: number, ...body: (Node | null)[]) =>
    el('section', { class: 'preview-section' }, el('h3', {}, `${title} (${count})`), ...body);
  const none = (what: string) => el('p', { class: 'muted small' }, `No ${what} found.`);

  const quotes = doc.statements.map((s) =>
    el(
      'li',
      { 'data-testid': 'add-article-quote', ...ruleTitle(s) },
      el('q', {}, s.quote),
      el('span', { class: 'muted small' }, ` — ${nameOf(s.speaker)}${s.date ? `, ${s.date}` : ''}`),
    ),
  );
  const relations = doc.relations.map((r) =>
    el(
      'li',
      { 'data-testid': 'add-article-relation', ...ruleTitle(r) },
      el(
        'div',
        {},
        el('strong', {}, nameOf(r.source)),
        el('span', { class: 'rel-type' }, ` —${r.type}→ `),
        el('strong', {}, nameOf(r.target)),
        r.date || r.place
          ? el(
              'span',
              { class: 'muted small' },
              ` ${[r.date, r.place ? `in ${nameOf(r.place)}` : null].filter(Boolean).join(' · ')}`,
            )
          : null,
      ),
      el(
        'ul',
        { class: 'evidence-list' },
        ...r.evidence.map((e) => el('li', { class: 'small' }, `“${e.text}”`)),
      ),
    ),
  );
  const events = doc.events.map((e) =>
    el(
      'li',
      { 'data-testid': 'add-article-event', ...ruleTitle(e) },
      el('strong', {}, e.date ?? 'undated'),
      ` ${e.label}`,
      el(
        'span',
        { class: 'muted small' },
        ` (${e.type}${e.place ? `, ${nameOf(e.place)}` : ''}; ${e.participants
          .map((p) => `${nameOf(p.entity)}: ${p.role}`)
          .join(', ')})`,
      ),
    ),
  );

  const a = res.article;
  return el(
    'div',
    { class: 'preview' },
    el(
      'p',
      { class: 'preview-summary' },
      el('strong', {}, a.title),
      ` · ${a.outlet} · ${a.published ?? 'date unknown'} — `,
      `${plural(doc.entities.length, 'entity', 'entities')} (${joining} joining the graph, ${doc.entities.length - joining} new), `,
      `${plural(doc.relations.length, 'relation')}, ${plural(doc.statements.length, 'quote')}, ${plural(doc.events.length, 'event')}`,
    ),
    res.warnings.length
      ? el(
          'ul',
          { class: 'preview-warnings', 'data-testid': 'add-article-warnings' },
          ...res.warnings.map((w) => el('li', {}, w)),
        )
      : null,
    el(
      'div',
      { class: 'preview-grid' },
      el(
        'div',
        { class: 'preview-text-col' },
        el(
          'p',
          { class: 'legend small' },
          el('mark', { class: 'hl-mention' }, 'entity'),
          ' ',
          el('mark', { class: 'hl-statement' }, 'quote'),
          ' ',
          el('mark', { class: 'hl-evidence' }, 'relation evidence'),
          ' ',
          el('mark', { class: 'hl-event' }, 'event evidence'),
        ),
        text,
      ),
      el(
        'div',
        { class: 'preview-lists' },
        section(
          'Entities',
          doc.entities.length,
          doc.entities.length ? entityRows(res, text, existingName) : none('entity'),
        ),
        section(
          'Quotes',
          quotes.length,
          quotes.length ? el('ul', { class: 'preview-list' }, ...quotes) : none('quote'),
        ),
        section(
          'Relations',
          relations.length,
          relations.length ? el('ul', { class: 'preview-list' }, ...relations) : none('relation'),
        ),
        section(
          'Events',
          events.length,
          events.length ? el('ul', { class: 'preview-list' }, ...events) : none('event'),
        ),
      ),
    ),
  );
}
