// A paged list of the entity panel (relations, statements, events, source articles): a heading that says
// "N of M", the first page the detail brought, and a "Show more" button that fetches the next page
// (GET /api/entities/:id/<list>?offset=) and appends it. The server caps each list; a hub's thousands
// of articles arrive a page at a time.
import type { EntityListItems, EntityListName } from '@dossier/model';
import { api } from '../api/client';
import { el } from './dom';

export interface PagedListOptions<L extends EntityListName> {
  entityId: string;
  list: L;
  title: string;
  total: number;
  /** The first page, as the entity detail holds it. */
  first: EntityListItems[L][];
  pageSize: number;
  /** Appends items to the list's body (called for the first page and for each page after it). */
  append(body: HTMLElement, items: EntityListItems[L][]): void;
  /** Shown instead of the list when it is empty; nothing at all when omitted. */
  empty?: string;
  bodyTag?: 'ul' | 'div';
  bodyClass?: string;
}

const count = (n: number) => n.toLocaleString('en-US');

/** The heading, body and "Show more" button of one list, as nodes to put in the panel. */
export function pagedList<L extends EntityListName>(o: PagedListOptions<L>): HTMLElement[] {
  if (o.total === 0 && o.first.length === 0) {
    return o.empty ? [el('h3', {}, `${o.title} (0)`), el('p', { class: 'muted' }, o.empty)] : [];
  }
  let shown = 0;
  const counter = el('span', { class: 'muted small', 'data-testid': `${o.list}-count` });
  const heading = el('h3', {}, `${o.title} `, counter);
  const body = el(o.bodyTag ?? 'ul', {
    'data-testid': o.list === 'articles' ? 'source-articles' : `entity-${o.list}`,
    class: o.bodyClass ?? o.list,
  });
  const more = el('button', { type: 'button', class: 'link more', 'data-testid': `${o.list}-more` });
  const status = el('p', { class: 'muted small', role: 'status' });
  const say = (text: string) => {
    status.textContent = text;
    status.hidden = text === '';
  };
  say('');
  const show = (items: EntityListItems[L][]) => {
    o.append(body, items);
    shown += items.length;
    counter.textContent = shown < o.total ? `(${count(shown)} of ${count(o.total)})` : `(${count(o.total)})`;
    const rest = o.total - shown;
    more.hidden = rest <= 0;
    more.textContent = `Show ${count(Math.min(rest, o.pageSize))} more of ${count(rest)}`;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    say('Loading…');
    try {
      const page = await api.entityList(o.entityId, o.list, shown, o.pageSize);
      say('');
      if (page.items.length === 0) more.hidden = true;
      else show(page.items);
    } catch (err) {
      say(`Could not load more: ${(err as Error).message}`);
    } finally {
      more.disabled = false;
    }
  });
  show(o.first);
  return [heading, body, more, status];
}
