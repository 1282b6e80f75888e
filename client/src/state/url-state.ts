// The view's state in the URL (selected entity, types, period, query), so a link reproduces the view.
import type { NodeType } from '../../../server/src/shared/wire';
import { NODE_TYPES } from '../render/colors';

export interface UrlState {
  entity: string | null;
  types: NodeType[] | null;
  from: string | null;
  to: string | null;
  query: string | null;
}

export function readUrlState(search: string = window.location.search): UrlState {
  const p = new URLSearchParams(search);
  const types = p.get('types');
  return {
    entity: p.get('entity'),
    types: types
      ? (types.split(',').filter((t) => (NODE_TYPES as string[]).includes(t)) as NodeType[])
      : null,
    from: p.get('from'),
    to: p.get('to'),
    query: p.get('q'),
  };
}

export function writeUrlState(s: UrlState): void {
  const p = new URLSearchParams();
  if (s.entity) p.set('entity', s.entity);
  if (s.types) p.set('types', s.types.join(','));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.query) p.set('q', s.query);
  const qs = p.toString();
  window.history.replaceState(null, '', qs ? `?${qs}` : window.location.pathname);
}
