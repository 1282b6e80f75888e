// The entity panel's corroboration section for one relation, event or statement: how many outlets report
// it and whether it is disputed (from the entity detail), and, opened, the outlets (sentence and date),
// how many independently (wire copy counts once) and, when articles disagree, the versions side by side,
// read then for that item. The server judges (server/src/corroboration); this only shows.
import type {
  CorroboratedItem,
  Corroboration,
  CorroborationCounts,
  ItemVersion,
  OutletReport,
} from '@dossier/model';
import { api } from '../api/client';
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

/** What the section shows once the item's corroboration has come: the outlets, then any dispute. */
function loaded(c: Corroboration, openArticle: (id: string) => void): HTMLElement[] {
  const note = copyNote(c.outlets);
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
  return [
    el('ul', { class: 'outlets' }, ...c.outlets.map((o) => outletItem(o, openArticle))),
    ...(note ? [el('p', { class: 'muted' }, note)] : []),
    ...(dispute ? [dispute] : []),
  ];
}

const summaryText = (c: { outlets: number; independent: number; articles: number }) =>
  `${plural(c.outlets, 'outlet')}, ${c.independent} independent` +
  (c.articles > c.outlets ? ` · ${plural(c.articles, 'article')}` : '');

/**
 * The section: its summary says how many outlets report the item, how many independently and whether
 * it is disputed (the counts the entity detail brought); opened, it asks the server for the outlets and
 * versions (GET /api/corroboration/...), once, saying so while it waits and what failed if it fails.
 * Null when the server sent no counts for the item.
 */
export function corroborationSection(
  counts: CorroborationCounts | undefined,
  item: CorroboratedItem,
  openArticle: (articleId: string) => void,
): HTMLElement | null {
  if (!counts) return null;
  const text = el('span', {}, summaryText(counts));
  const badge = counts.disputed
    ? el('span', { class: 'disputed-badge', 'data-testid': 'disputed-badge' }, ' · disputed')
    : null;
  const body = el('div', { class: 'corroboration-body' });
  const section = el(
    'details',
    {
      'data-testid': 'corroboration',
      class: 'corroboration small',
      'data-independent': String(counts.independent),
      'data-outlets': String(counts.outlets),
      'data-disputed': String(counts.disputed),
    },
    el('summary', {}, text, badge),
    body,
  );
  let state: 'idle' | 'loading' | 'loaded' = 'idle';
  const load = async () => {
    state = 'loading';
    section.setAttribute('aria-busy', 'true');
    body.replaceChildren(
      el(
        'p',
        { class: 'muted', role: 'status', 'data-testid': 'corroboration-loading' },
        'Loading who reports it…',
      ),
    );
    try {
      const c = await api.corroboration(item);
      // The item as it is now: the counts may have moved since the page was read.
      text.textContent = summaryText({ ...c, outlets: c.outlets.length });
      section.dataset['independent'] = String(c.independent);
      section.dataset['outlets'] = String(c.outlets.length);
      body.replaceChildren(...loaded(c, openArticle));
      state = 'loaded';
    } catch (err) {
      const retry = el('button', { type: 'button', class: 'link' }, 'Try again');
      retry.addEventListener('click', () => void load());
      body.replaceChildren(
        el(
          'p',
          { role: 'alert', class: 'corroboration-error', 'data-testid': 'corroboration-error' },
          `Could not load who reports it: ${(err as Error).message} `,
          retry,
        ),
      );
      state = 'idle';
    } finally {
      section.removeAttribute('aria-busy');
    }
  };
  section.addEventListener('toggle', () => {
    if (section.open && state === 'idle') void load();
  });
  return section;
}
