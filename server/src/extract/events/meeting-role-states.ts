// A subject known only by a demonym and a role: "The Japanese ambassador paid a courtesy call on X", "The
// visiting Iranian foreign minister met X". The one person the article names with that state and role
// (meeting-roles.ts), else the state (no MET claimed with the state of one unnamed person, as after the verb).
// meetings.ts reads it when the subject names no person.
import type { Entity } from '../entities/index.js';
import type { RuleHit } from './hit.js';
import { groupStates } from './meeting-groups.js';
import { personByRole } from './meeting-roles.js';

/** "(On Monday,) The (new|visiting) Japanese ambassador (also)" right before the verb. */
const ROLE_SUBJECT =
  /^(?:[^,;]{0,60},\s*)?[Tt]he\s+(?:(?:new|visiting|outgoing|incoming|newly\s+appointed)\s+)?(?:North\s+|South\s+)?\p{Lu}\p{Ll}+\s+(?:[Pp]rime\s+[Mm]inister|[Ff]oreign\s+[Mm]inister|[Dd]efen[cs]e\s+[Mm]inister|[Pp]resident|[Aa]mbassador|[Ee]nvoy|[Hh]igh\s+[Cc]ommissioner|[Cc]hancellor|[Pp]remier|FM|PM)\s+(?:(?:also|later|then|has|had|on\s+\p{Lu}\p{Ll}+day)\s+)*$/u;

/** The person, else the state, a subject given by demonym and role stands for; `person` says which. */
export function roleStateSubject(h: RuleHit): { subj: Entity[]; person: boolean } {
  const { c, s, at } = h;
  const head = c.work.slice(s.start, at);
  if (!ROLE_SUBJECT.test(head)) return { subj: [], person: false };
  const from = s.start + /^(?:[^,;]{0,60},\s*)?/.exec(head)![0].length;
  const person = personByRole(h, from, at);
  if (person.length === 1) return { subj: person, person: true };
  const state = groupStates(c, from, at, true);
  return { subj: state.length === 1 ? state : [], person: false };
}
