// Periods as entity resolution compares them (pure): ISO dates of any precision as day ranges, the dates
// an article gives an entity, and whether they lie within ROLE_WINDOW_YEARS of a node's period. A role
// phrase ("the envoy") joins a node only within its period: the envoy of 1998 is not the envoy of 2021.
import type { AnnotationDocument } from '@dossier/model';
import type { ExistingEntity } from './types.js';

export const ROLE_WINDOW_YEARS = 2;

/** An ISO date of any precision as a range of days since the epoch. */
export function dateRange(iso: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const day = 86_400_000;
  if (m[3]) {
    const d = Date.UTC(y, Number(m[2]) - 1, Number(m[3])) / day;
    return [d, d];
  }
  if (m[2]) {
    const mo = Number(m[2]) - 1;
    return [Date.UTC(y, mo, 1) / day, Date.UTC(y, mo + 1, 0) / day];
  }
  return [Date.UTC(y, 0, 1) / day, Date.UTC(y, 11, 31) / day];
}

/** Days between two day ranges (0 when they overlap). */
function gapDays(a: [number, number], b: [number, number]): number {
  if (a[1] < b[0]) return b[0] - a[1];
  if (b[1] < a[0]) return a[0] - b[1];
  return 0;
}

/** A node's period as text: `2021-03..2022-06`, or one date. */
export const periodText = (c: Pick<ExistingEntity, 'firstDate' | 'lastDate'>): string =>
  c.firstDate === c.lastDate ? `${c.firstDate}` : `${c.firstDate}..${c.lastDate}`;

/**
 * The dates an article gives entity `id`: its publication date and the dates of its relations and events.
 * The same dates, kept on the node as `firstDate`/`lastDate` (the earliest and latest), make its period.
 */
export function entityDates(doc: AnnotationDocument, id: string): string[] {
  const dates: (string | null | undefined)[] = [doc.article.published];
  for (const r of doc.relations) if (r.source === id || r.target === id) dates.push(r.date);
  for (const ev of doc.events) if (ev.participants.some((p) => p.entity === id)) dates.push(ev.date);
  return dates.filter((d): d is string => !!d);
}

/** The earliest and latest of ISO dates (compared as strings, as Neo4j's min and max do); null: none. */
export function dateBounds(dates: string[]): { firstDate: string | null; lastDate: string | null } {
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const d of dates) {
    if (firstDate === null || d < firstDate) firstDate = d;
    if (lastDate === null || d > lastDate) lastDate = d;
  }
  return { firstDate, lastDate };
}

/**
 * Why a node's period does not fit the article's dates for entity `id` (null: it fits): no publication
 * date, a node without dates, or a date more than ROLE_WINDOW_YEARS from the node's period.
 */
export function periodMismatch(doc: AnnotationDocument, id: string, c: ExistingEntity): string | null {
  const first = c.firstDate ? dateRange(c.firstDate) : null;
  const last = c.lastDate ? dateRange(c.lastDate) : null;
  if (!doc.article.published) {
    return `${c.id}: the article has no publication date to compare with ${periodText(c)}`;
  }
  if (!first || !last) return `${c.id}: the node has no dates to compare with`;
  const span: [number, number] = [first[0], last[1]];
  const far = entityDates(doc, id).find((d) => {
    const r = dateRange(d);
    return !r || gapDays(r, span) > ROLE_WINDOW_YEARS * 366;
  });
  return far
    ? `${c.id}: ${far} is more than ${ROLE_WINDOW_YEARS} years from its period ${periodText(c)}`
    : null;
}
