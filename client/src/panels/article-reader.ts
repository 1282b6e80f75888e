// The article reader: the article's text (as text, never HTML) with every mention, evidence span,
// statement and event highlighted; clicking a highlighted entity selects it in the graph.
import type { ArticleDetail, Highlight } from '@dossier/model';
import { byId, el } from './dom';

interface Segment {
  start: number;
  end: number;
  covering: Highlight[];
}

/** Cuts [from, to) at every highlight boundary; each piece knows the highlights covering it. */
export function segmentText(from: number, to: number, highlights: Highlight[]): Segment[] {
  const cuts = new Set<number>([from, to]);
  for (const h of highlights) {
    if (h.start > from && h.start < to) cuts.add(h.start);
    if (h.end > from && h.end < to) cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({ start, end, covering: highlights.filter((h) => h.start <= start && h.end >= end) });
  }
  return segments;
}

export function renderArticle(
  article: ArticleDetail,
  focus: { start: number; end: number } | undefined,
  onEntity: (id: string) => void,
  onClose: () => void,
): void {
  const reader = byId('article-reader');
  const { start: from, end: to } = article.body;
  const text = el('div', { class: 'article-text' });
  let focusNode: HTMLElement | null = null;
  for (const seg of segmentText(from, to, article.highlights)) {
    const str = article.text.slice(seg.start, seg.end);
    if (seg.covering.length === 0) {
      text.append(str);
      continue;
    }
    const kinds = [...new Set(seg.covering.map((h) => h.kind))];
    const mention = seg.covering.find((h) => h.kind === 'mention' && h.entityId);
    const span = el(
      'mark',
      {
        'data-testid': 'article-highlight',
        class: kinds.map((k) => `hl-${k}`).join(' '),
        title: seg.covering.map((h) => h.label ?? h.kind).join(', '),
      },
      str,
    );
    if (mention?.entityId) {
      span.setAttribute('data-entity', mention.entityId);
      span.setAttribute('role', 'button');
      span.tabIndex = 0;
      const id = mention.entityId;
      span.addEventListener('click', () => onEntity(id));
    }
    if (focus && seg.start >= focus.start && seg.end <= focus.end) {
      span.classList.add('focus');
      focusNode ??= span;
    }
    text.append(span);
  }
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close the article' }, '×');
  close.addEventListener('click', onClose);
  reader.replaceChildren(
    el(
      'header',
      {},
      close,
      el('h2', {}, article.title),
      el(
        'p',
        { class: 'muted' },
        `${article.outlet} · ${article.published ?? 'undated'}${article.url ? ` · ${article.url}` : ''}`,
      ),
      el(
        'p',
        { class: 'legend small' },
        el('mark', { class: 'hl-mention' }, 'mention'),
        ' ',
        el('mark', { class: 'hl-evidence' }, 'evidence'),
        ' ',
        el('mark', { class: 'hl-statement' }, 'quote'),
      ),
    ),
    text,
  );
  reader.hidden = false;
  byId('entity-panel').hidden = true;
  byId('details-empty').hidden = true;
  focusNode?.scrollIntoView({ block: 'center' });
}
