// Those present at a meeting just told (last-meeting.ts), named in a sentence of their own: "The meeting
// was attended by A, B and C", "The breakfast meeting was also attended by A", "The summit from Thursday
// to Friday was attended by A", "The talks were also attended by A", "A, B and C were also present in the
// meeting". They join that meeting as participants (no MET claimed: who met whom is the meeting clause's
// to say), so the sentence makes no second meeting of its own.
import { P } from './arguments.js';
import type { RuleHit } from './hit.js';
import { meetingBefore } from './last-meeting.js';
import { hostMet } from './meeting-hosts.js';

/** How many sentences after the meeting its attendees may be named. */
const REACH = 3;

const ATTENDED =
  /^(?:The|That|This)\s+(?:[\p{Ll}-]+\s+){0,2}(?:meeting|talks|summit|session|gathering|conference)\b[^,;.]{0,40}?\s+(?:was|were)\s+(?:also\s+)?attended\s+by\s+/u;

/** "A and B were also present in the": the persons before it attended the meeting the trigger names. */
const PRESENT =
  /\s+(?:was|were)\s+(?:also\s+)?(?:present|in attendance)\s+(?:in|at|during|for)\s+(?:the|that|this)\s+$/;

/** Whether the hit opens "The meeting was attended by …" and its persons joined the last meeting. */
export function joinAttendees(h: RuleHit): boolean {
  const { c, s, at } = h;
  // (Up to two modifiers between: "The breakfast meeting", "The two-day summit".)
  const lead = /(?:The|That|This)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(c.work.slice(s.start, at));
  const from = lead ? at - lead[0].length : at;
  const m = from === s.start ? ATTENDED.exec(c.work.slice(from, s.end)) : null;
  const present = m ? null : PRESENT.exec(c.work.slice(s.start, at));
  if (!m && !present) return false;
  const who = (
    m ? c.inRange(from + m[0].length, s.end, P) : c.inRange(s.start, s.start + present!.index, P)
  ).map((x) => x.entity);
  if (!who.length) return false;
  // Those present at a meeting told in no clause the article reads: no meeting among themselves.
  const e = meetingBefore(c, s, REACH);
  if (!e) return !!present;
  for (const w of who)
    if (!e.participants.some((p) => p.entity === w)) e.participants.push({ entity: w, role: 'participant' });
  for (const ev of h.evidence()) if (!e.evidence.some((x) => x.start === ev.start)) e.evidence.push(ev);
  hostMet(h, e); // a host named before (meeting-hosts.ts) met those attending
  return true;
}
