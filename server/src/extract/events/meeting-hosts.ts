// The host of a meeting just told, named in a sentence of its own: "The meeting was chaired by X",
// "Sunday's talks were hosted by X", "The summit was presided over by X", "X chaired the meeting", "X
// hosted the talks". X joins that meeting as its host and met each person of it (the host of a
// gathering meets its guests), so the sentence makes no meeting of its own. Those named attending it
// afterwards ("The meeting was attended by A and B", meeting-attendees.ts) met the host too.
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { RuleHit } from './hit.js';
import { MEETING_DET, meetingBefore } from './last-meeting.js';
import type { EvOut } from './types.js';

/** How many sentences after the meeting its host may be named. */
const REACH = 3;

const NOUN = String.raw`(?:meeting|talks|summit|session|gathering|conference|consultations|dialogue)`;
const HOSTED = String.raw`(?:chaired|co-chaired|hosted|presided\s+over|convened)`;

/** "The meeting was chaired by ": the host's name follows. */
const PASSIVE = new RegExp(
  String.raw`^${MEETING_DET}${NOUN}\s+(?:was|were)\s+(?:also\s+)?${HOSTED}\s+by\s+`,
  'u',
);

/** " chaired the meeting": the host's name is the sentence's subject before it. */
const ACTIVE = new RegExp(String.raw`^\s+${HOSTED}\s+${MEETING_DET}${NOUN}\b`, 'u');

/** The one person a sentence names as the host of a meeting, and whether the sentence has that shape. */
function hostOf(h: RuleHit): { shape: boolean; host?: Entity; from?: number } {
  const { c, s } = h;
  const text = c.work.slice(s.start, s.end);
  const passive = PASSIVE.exec(text);
  if (passive) {
    const from = s.start + passive[0].length;
    const m = c.inRange(from, s.end, P, true)[0];
    // The name right after "by" (titles allowed), and only one: "chaired by A and B" is no one host.
    if (!m || m.nominal || !/^(?:[\p{L}.'’-]+\s+){0,6}$/u.test(c.work.slice(from, m.start)))
      return { shape: true };
    if (c.inRange(m.end, s.end, P, true).length && /^\s*(?:,|and\b)/.test(c.work.slice(m.end, m.end + 6)))
      return { shape: true };
    return { shape: true, host: m.entity, from };
  }
  const m = c.inRange(s.start, s.end, P, true)[0];
  if (!m || m.nominal || !/^(?:[\p{L}.'’-]+\s+){0,6}$/u.test(c.work.slice(s.start, m.start)))
    return { shape: false };
  const active = ACTIVE.exec(c.work.slice(m.end, s.end));
  return active ? { shape: true, host: m.entity, from: m.end + active[0].length } : { shape: false };
}

/** MET from the host to each person of the meeting but the host. */
export function hostMet(h: RuleHit, e: EvOut): void {
  const host = e.participants.find((p) => p.role === 'host')?.entity;
  if (!host) return;
  for (const p of e.participants) {
    const x = p.entity;
    if (x === host || x.type !== 'Person') continue;
    if (
      e.relations.some((r) => (r.source === host && r.target === x) || (r.source === x && r.target === host))
    )
      continue;
    h.relation(host, 'MET', x, { event: e });
  }
}

/** Whether the hit's sentence names the host of the last meeting, who then joins it. */
export function joinHost(h: RuleHit): boolean {
  const { c, s } = h;
  const { shape, host, from } = hostOf(h);
  if (!shape) return false;
  const e = meetingBefore(c, s, REACH);
  if (!e || !host) return false;
  // A date of its own ("hosted the conference in 2010"): another gathering.
  if (c.dates.some((d) => d.start >= from! && d.end <= s.end)) return false;
  const had = e.participants.find((p) => p.entity === host);
  if (had) had.role = 'host';
  else e.participants.push({ entity: host, role: 'host' });
  for (const ev of h.evidence()) if (!e.evidence.some((x) => x.start === ev.start)) e.evidence.push(ev);
  hostMet(h, e);
  return true;
}
