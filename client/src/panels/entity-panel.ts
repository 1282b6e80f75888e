// The entity panel: name, type, description, aliases; source articles; relations grouped by type with
// date, evidence and outlets; statements; events; each list a page at a time with "N of M" and "Show
// more" (entity-lists.ts); each relation, statement and event with its corroboration (corroboration.ts:
// the counts, and the outlets read when opened).
// Buttons act on the view only (never the database). The body is built from ENTITY_SECTIONS in order:
// other panels add a section with one push.
import { relationRefOf, type EntityDetail, type EntityRelation, type SourceArticle } from '@dossier/model';
import { TYPE_COLORS } from '../render/colors';
import { distinctAliases } from './aliases';
import { corroborationSection } from './corroboration';
import { byId, el } from './dom';
import { pagedList } from './entity-lists';

export interface EntityPanelActions {
  openArticle(articleId: string, focus?: { start: number; end: number }): void;
  selectEntity(id: string): void;
  expand(id: string): void;
  collapse(id: string): void;
  hide(id: string): void;
  remove(id: string): void;
  setPinned(id: string, pinned: boolean): void;
  setPathStart(id: string): void;
  pathTo(id: string): void;
}

/** What the panel's buttons depend on, besides the entity. */
export interface EntityPanelContext {
  pathStart: string | null;
  /** Pinned by a drag: the panel offers to unpin it. */
  pinned: boolean;
  /** Expanded at least once: the panel offers to collapse the latest expansion. */
  expanded: boolean;
}

/** A section of the panel's body; null leaves it out. */
export type EntitySection = (detail: EntityDetail, actions: EntityPanelActions) => HTMLElement | null;

const button = (label: string, onClick: () => void, props: Record<string, string> = {}) => {
  const b = el('button', { type: 'button', ...props }, label);
  b.addEventListener('click', onClick);
  return b;
};

function relationItem(entityId: string, r: EntityRelation, actions: EntityPanelActions): HTMLElement {
  const other = el('button', { type: 'button', class: 'link' }, r.other.name);
  other.addEventListener('click', () => actions.selectEntity(r.other.id));
  const arrow = r.direction === 'out' ? '→' : '←';
  const meta = [r.date, r.place ? `in ${r.place.name}` : null].filter(Boolean).join(' · ');
  const evidence = r.evidence.map((e) => {
    const quote = el(
      'button',
      { type: 'button', class: 'evidence', title: 'Open the article at this sentence' },
      `“${e.text}”`,
    );
    quote.addEventListener('click', () =>
      actions.openArticle(
        e.articleId,
        e.start !== null && e.end !== null ? { start: e.start, end: e.end } : undefined,
      ),
    );
    return el(
      'li',
      {},
      quote,
      el('span', { class: 'outlet' }, ` ${e.outlet ?? e.articleId}${e.published ? `, ${e.published}` : ''}`),
    );
  });
  const outlets = [...new Set(r.evidence.map((e) => e.outlet).filter(Boolean))].join(', ');
  return el(
    'li',
    { class: 'relation', 'data-type': r.type, 'data-date': r.date ?? '' },
    el('div', {}, `${arrow} `, other, meta ? el('span', { class: 'muted' }, ` ${meta}`) : null),
    el('div', { class: 'muted small' }, `reported by ${outlets || 'no outlet'}`),
    el('ul', { class: 'evidence-list' }, ...evidence),
    corroborationSection(r.corroboration, { kind: 'relation', ref: relationRefOf(entityId, r) }, (id) =>
      actions.openArticle(id),
    ),
  );
}

function header(detail: EntityDetail, ctx: EntityPanelContext, actions: EntityPanelActions): HTMLElement {
  const aliases = distinctAliases(detail.name, detail.aliases);
  const pathButton =
    ctx.pathStart && ctx.pathStart !== detail.id
      ? button('Shortest path from the marked node', () => actions.pathTo(detail.id))
      : button('Mark as path start', () => actions.setPathStart(detail.id));
  return el(
    'header',
    {},
    el('span', { class: 'type-badge', style: `background:${TYPE_COLORS[detail.type]}` }, detail.type),
    el('h2', { 'data-testid': 'entity-name' }, detail.name),
    detail.description ? el('p', { class: 'muted' }, detail.description) : null,
    aliases.length
      ? el('p', { class: 'small', 'data-testid': 'entity-aliases' }, `Also: ${aliases.join(' · ')}`)
      : null,
    detail.resolution.length
      ? el(
          'details',
          { class: 'small resolution', 'data-testid': 'entity-resolution' },
          el('summary', {}, `Joined from other articles (${detail.resolution.length})`),
          el('ul', {}, ...detail.resolution.map((note) => el('li', {}, note))),
        )
      : null,
    el(
      'div',
      { class: 'buttons' },
      button('Expand', () => actions.expand(detail.id)),
      ctx.expanded
        ? button('Collapse', () => actions.collapse(detail.id), {
            'data-testid': 'collapse',
            title: 'Take back the nodes the latest expansion added',
          })
        : null,
      button('Hide', () => actions.hide(detail.id)),
      button('Remove from view', () => actions.remove(detail.id)),
      ctx.pinned
        ? button('Unpin', () => actions.setPinned(detail.id, false), {
            'data-testid': 'unpin',
            title: 'Let the layout move this node again',
          })
        : null,
      pathButton,
    ),
  );
}

function articleItem(a: SourceArticle, actions: EntityPanelActions): HTMLElement {
  const item = el(
    'li',
    { 'data-testid': 'source-article', class: 'source-article', tabindex: '0', role: 'button' },
    el('div', { class: 'title' }, a.title),
    el(
      'div',
      { class: 'muted small' },
      `${a.outlet} · ${a.published ?? 'undated'} · ${a.mentionCount} mention${a.mentionCount === 1 ? '' : 's'}`,
    ),
  );
  item.addEventListener('click', () => actions.openArticle(a.id));
  item.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') actions.openArticle(a.id);
  });
  return item;
}

/** Appends relations into one section per type, reusing a type's section when a later page adds to it. */
function relationGroups(entityId: string, actions: EntityPanelActions) {
  const groups = new Map<string, HTMLElement>();
  return (body: HTMLElement, items: EntityRelation[]) => {
    for (const r of items) {
      let list = groups.get(r.type);
      if (!list) {
        list = el('ul');
        groups.set(r.type, list);
        body.append(el('section', { class: 'relation-group' }, el('h4', {}, r.type), list));
      }
      list.append(relationItem(entityId, r, actions));
    }
  };
}

/** One paged list in its own section; null when the list is empty and says nothing then. */
const section = (parts: HTMLElement[]): HTMLElement | null =>
  parts.length ? el('section', {}, ...parts) : null;
const paging = (detail: EntityDetail) => ({ entityId: detail.id, pageSize: detail.pageSize });

const sourceArticles: EntitySection = (detail, actions) =>
  section(
    pagedList({
      ...paging(detail),
      list: 'articles',
      title: 'Source articles',
      total: detail.totals.articles,
      first: detail.articles,
      bodyClass: 'source-articles',
      append: (body, items) => body.append(...items.map((a) => articleItem(a, actions))),
    }),
  );

const relations: EntitySection = (detail, actions) =>
  section(
    pagedList({
      ...paging(detail),
      list: 'relations',
      title: 'Relations',
      total: detail.totals.relations,
      first: detail.relations,
      bodyTag: 'div',
      empty: 'No typed relation yet.',
      append: relationGroups(detail.id, actions),
    }),
  );

const statements: EntitySection = (detail, actions) =>
  section(
    pagedList({
      ...paging(detail),
      list: 'statements',
      title: 'Statements',
      total: detail.totals.statements,
      first: detail.statements,
      append: (body, items) =>
        body.append(
          ...items.map((s) => {
            const q = el('button', { type: 'button', class: 'evidence' }, `“${s.quote}”`);
            q.addEventListener('click', () =>
              actions.openArticle(s.articleId, { start: s.start, end: s.end }),
            );
            return el(
              'li',
              {},
              q,
              el('span', { class: 'muted small' }, ` ${s.date ?? ''}`),
              corroborationSection(s.corroboration, { kind: 'statement', id: s.id }, (id) =>
                actions.openArticle(id),
              ),
            );
          }),
        ),
    }),
  );

const events: EntitySection = (detail, actions) =>
  section(
    pagedList({
      ...paging(detail),
      list: 'events',
      title: 'Events',
      total: detail.totals.events,
      first: detail.events,
      append: (body, items) =>
        body.append(
          ...items.map((e) =>
            el(
              'li',
              {},
              el('strong', {}, e.date ?? 'undated'),
              ` ${e.label}`,
              el('span', { class: 'muted small' }, ` (${e.role}${e.place ? `, ${e.place.name}` : ''})`),
              corroborationSection(e.corroboration, { kind: 'event', id: e.id }, (id) =>
                actions.openArticle(id),
              ),
            ),
          ),
        ),
    }),
  );

/** The panel's body, in order. */
export const ENTITY_SECTIONS: EntitySection[] = [sourceArticles, relations, statements, events];

export function renderEntityPanel(
  detail: EntityDetail,
  ctx: EntityPanelContext,
  actions: EntityPanelActions,
): void {
  const panel = byId('entity-panel');
  const parts = [header(detail, ctx, actions), ...ENTITY_SECTIONS.map((section) => section(detail, actions))];
  panel.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  panel.hidden = false;
  byId('details-empty').hidden = true;
}
