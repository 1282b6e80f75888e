// Colours and sizes per node type as the user set them in the legend (defaults: colors.ts), and their
// form in the URL: `Person:3b6fd8,Event:b53f8f` and `Person:1.5`.
import { NODE_TYPES, type NodeType } from '@dossier/model';
import { TYPE_COLORS } from './colors';

export interface TypeStyles {
  colors: Partial<Record<NodeType, string>>;
  /** Size factors (1 = as computed from degree and mentions). */
  sizes: Partial<Record<NodeType, number>>;
}

export const SIZE_FACTORS = [0.5, 0.75, 1, 1.5, 2, 3] as const;

export const emptyStyles = (): TypeStyles => ({ colors: {}, sizes: {} });

export const colorOf = (styles: TypeStyles, type: NodeType): string =>
  styles.colors[type] ?? TYPE_COLORS[type] ?? '#999999';

export const sizeFactorOf = (styles: TypeStyles, type: NodeType): number => styles.sizes[type] ?? 1;

const isType = (t: string): t is NodeType => (NODE_TYPES as readonly string[]).includes(t);

function pairs(value: string | null): [NodeType, string][] {
  if (!value) return [];
  return value
    .split(',')
    .map((p) => p.split(':') as [string, string | undefined])
    .filter((p): p is [NodeType, string] => isType(p[0]) && p[1] !== undefined);
}

export function decodeColors(value: string | null): TypeStyles['colors'] {
  const out: TypeStyles['colors'] = {};
  for (const [type, hex] of pairs(value)) if (/^[0-9a-f]{6}$/i.test(hex)) out[type] = `#${hex.toLowerCase()}`;
  return out;
}

export function decodeSizes(value: string | null): TypeStyles['sizes'] {
  const out: TypeStyles['sizes'] = {};
  for (const [type, f] of pairs(value)) {
    const n = Number(f);
    if ((SIZE_FACTORS as readonly number[]).includes(n) && n !== 1) out[type] = n;
  }
  return out;
}

/** Only what differs from the defaults; '' when nothing does. */
export function encodeColors(colors: TypeStyles['colors']): string {
  return NODE_TYPES.filter((t) => colors[t] && colors[t] !== TYPE_COLORS[t])
    .map((t) => `${t}:${colors[t]!.replace('#', '')}`)
    .join(',');
}

export function encodeSizes(sizes: TypeStyles['sizes']): string {
  return NODE_TYPES.filter((t) => sizes[t] !== undefined && sizes[t] !== 1)
    .map((t) => `${t}:${sizes[t]}`)
    .join(',');
}
