// The view's state in the URL (selected entity, types, period, query), so a link reproduces the view.
// encode/decode are pure; writeUrlState only puts the result in the address bar.
import { NODE_TYPES, type NodeType } from '@dossier/model';

export interface UrlState {
  entity: string | null;
  types: NodeType[] | null;
  from: string | null;
  to: string | null;
  query: string | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = (v: string | null) => (v && MONTH.test(v) ? v : null);

export function decodeUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const types = p.get('types');
  return {
    entity: p.get('entity') || null,
    types:
      types !== null
        ? (types.split(',').filter((t) => (NODE_TYPES as readonly string[]).includes(t)) as NodeType[])
        : null,
    from: month(p.get('from')),
    to: month(p.get('to')),
    query: p.get('q') || null,
  };
}

/** The query string for a state ('' when nothing is set), without the leading `?`. */
export function encodeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.entity) p.set('entity', s.entity);
  if (s.types) p.set('types', s.types.join(','));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.query) p.set('q', s.query);
  return p.toString();
}

export function readUrlState(): UrlState {
  return decodeUrlState(window.location.search);
}

/** Replaces the address bar's query (no history entry), only when it changed. */
export function writeUrlState(s: UrlState): void {
  const qs = encodeUrlState(s);
  if (qs === window.location.search.replace(/^\?/, '')) return;
  window.history.replaceState(null, '', qs ? `?${qs}` : window.location.pathname);
}
