// The entity panel's corroboration section for one relation, event or statement: the outlets that report
// it (sentence and date), how many independently (wire copy counts once), and, when articles disagree,
// the versions side by side. The server judges (server/src/corroboration); this only shows.
import type { Corroboration, ItemVersion, OutletReport } from '@dossier/model';
import { el } from './dom';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function outletItem(o: OutletReport, openArticle: (id: string) => void): HTMLElement {
  const more = o.articles > 1 ? ` (${o.articles} articles)` : '';
  const item = el(
    'li',
    {
      'data-testid': 'corroboration-outlet',
      'data-outlet': o.outlet ?? '',
      'data-copy-group': String(o.copyGroup),
      tabindex: '0',
      role: 'button',
      title: 'Open the article',
    },
    el('strong', {}, o.outlet ?? 'unknown outlet'),
    el('span', { class: 'muted' }, ` · ${o.published ?? 'undated'}${more}`),
    o.text ? el('div', { class: 'small' }, `“${o.text}”`) : null,
  );
  item.addEventListener('click', () => openArticle(o.articleId));
  item.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') openArticle(o.articleId);
  });
  return item;
}

/** "AP and Reuters carry the same copy" for each group of outlets sharing copy. */
function copyNote(outlets: OutletReport[]): string {
  const groups = new Map<number, string[]>();
  for (const o of outlets) groups.set(o.copyGroup, [...(groups.get(o.copyGroup) ?? []), o.outlet ?? '?']);
  const shared = [...groups.values()].filter((g) => g.length > 1);
  return shared.map((g) => `${g.join(' and ')} carry the same copy`).join('; ');
}

function versionColumn(v: ItemVersion, own: boolean, openArticle: (id: string) => void): HTMLElement {
  const what = v.speaker ? `said by ${v.speaker.name}` : (v.date ?? 'undated');
  return el(
    'div',
    { class: 'version', 'data-version': v.id },
    el('div', { class: 'version-head' }, `${what}${own ? ' (this)' : ''}`),
    el('ul', {}, ...v.outlets.map((o) => outletItem(o, openArticle))),
  );
}

/** The section, or null when the server sent no corroboration for the item. */
export function corroborationSection(
  c: Corroboration | undefined,
  openArticle: (articleId: string) => void,
): HTMLElement | null {
  if (!c) return null;
  const note = copyNote(c.outlets);
  const summary =
    `${plural(c.outlets.length, 'outlet')}, ${c.independent} independent` +
    (c.articles > c.outlets.length ? ` · ${plural(c.articles, 'article')}` : '') +
    (note ? ` (${note})` : '');
  const dispute = c.dispute
    ? el(
        'div',
        { 'data-testid': 'disputed', class: 'disputed', role: 'group', 'aria-label': 'Disputed' },
        el(
          'div',
          { class: 'disputed-head' },
          `Disputed: articles disagree on the ${c.dispute.on === 'date' ? 'date' : 'speaker'}`,
        ),
        el(
          'div',
          { class: 'versions' },
          ...c.dispute.versions.map((v, i) => versionColumn(v, i === 0, openArticle)),
        ),
      )
    : null;
  return el(
    'details',
    {
      'data-testid': 'corroboration',
      class: 'corroboration small',
      'data-independent': String(c.independent),
      'data-outlets': String(c.outlets.length),
      ...(c.dispute ? { open: '' } : {}),
    },
    el('summary', {}, summary, c.dispute ? el('span', { class: 'disputed-badge' }, ' · disputed') : null),
    el('ul', { class: 'outlets' }, ...c.outlets.map((o) => outletItem(o, openArticle))),
    dispute,
  );
}
