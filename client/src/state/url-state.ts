// The view's state in the URL (selected entity, types, period, query, a comparison of two periods,
// colours and sizes by type, the filter "reported by at least N outlets"), so a link reproduces the view. encode/decode are pure; writeUrlState
// only puts the result in the address bar.
import { NODE_TYPES, type NodeType } from '@dossier/model';
import {
  decodeColors,
  decodeSizes,
  emptyStyles,
  encodeColors,
  encodeSizes,
  type TypeStyles,
} from '../render/type-styles';
import type { Comparison } from '../time/compare';
import type { MonthSpan } from '../time/months';

export interface UrlState {
  entity: string | null;
  types: NodeType[] | null;
  from: string | null;
  to: string | null;
  query: string | null;
  compare: Comparison | null;
  styles: TypeStyles;
  /** "Reported by at least N outlets"; 1: no filter. */
  minOutlets: number;
}

export const EMPTY_URL_STATE: UrlState = {
  entity: null,
  types: null,
  from: null,
  to: null,
  query: null,
  compare: null,
  styles: emptyStyles(),
  minOutlets: 1,
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = (v: string | null | undefined) => (v && MONTH.test(v) ? v : null);

/** `outlets=3`: a whole number from 2 to 99 (anything else: no filter). */
function outlets(v: string | null): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 2 && n <= 99 ? n : 1;
}

/** `2021-01..2021-06` ⇄ a span (bounds in order). */
const encodeSpan = (s: MonthSpan) => `${s.from}..${s.to}`;
function decodeSpan(v: string | null): MonthSpan | null {
  const [a, b] = (v ?? '').split('..');
  const from = month(a);
  const to = month(b);
  if (!from || !to) return null;
  return from <= to ? { from, to } : { from: to, to: from };
}

export function decodeUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const types = p.get('types');
  const mode = p.get('compare');
  const a = decodeSpan(p.get('a'));
  const b = decodeSpan(p.get('b'));
  return {
    entity: p.get('entity') || null,
    types:
      types !== null
        ? (types.split(',').filter((t) => (NODE_TYPES as readonly string[]).includes(t)) as NodeType[])
        : null,
    from: month(p.get('from')),
    to: month(p.get('to')),
    query: p.get('q') || null,
    compare: (mode === 'all' || mode === 'changes') && a && b ? { a, b, mode } : null,
    styles: { colors: decodeColors(p.get('colors')), sizes: decodeSizes(p.get('sizes')) },
    minOutlets: outlets(p.get('outlets')),
  };
}

/** The query string for a state ('' when nothing is set), without the leading `?`. */
export function encodeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.entity) p.set('entity', s.entity);
  if (s.types) p.set('types', s.types.join(','));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.compare) {
    p.set('compare', s.compare.mode);
    p.set('a', encodeSpan(s.compare.a));
    p.set('b', encodeSpan(s.compare.b));
  }
  const colors = encodeColors(s.styles.colors);
  if (colors) p.set('colors', colors);
  const sizes = encodeSizes(s.styles.sizes);
  if (sizes) p.set('sizes', sizes);
  if (s.minOutlets > 1) p.set('outlets', String(s.minOutlets));
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
