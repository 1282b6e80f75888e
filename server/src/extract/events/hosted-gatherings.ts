// A gathering one person hosts and the leaders or envoys of listed states attend: "X hosted a summit
// attended by the leaders of A, B and C", "Delegations from A and B attended the dinner hosted by X".
// The host meets each state whose leader or envoy the article never names (as meeting-leaders.ts and
// meeting-envoy-states.ts do for "X received the leaders of A and B"); a state whose person is named is
// met by name elsewhere. Not taken: a host given as a state or body ("a summit hosted by Kenya"), a
// gathering with no group before the states ("attended by A and B": the states' own meeting), more
// than six states (a plenary, not guests).
import type { Entity } from '../entities/index.js';
import type { EventRule } from './hit.js';
import { unnamedLeaders } from './meeting-leaders.js';
import { meet, persons } from './meeting-parties.js';
import { statesListed } from './meeting-sides.js';

/** What one hosts and others attend. */
const GATHERING = String.raw`(?:summit|meeting|dinner|lunch|luncheon|breakfast|banquet|reception|retreat|gathering|talks|conference|forum)`;

/** A group of leaders or envoys before the states they come from: "the leaders of", "delegations from". */
const GROUP =
  /^(?:(?:the|visiting|fellow|senior|top|high-level)\s+){0,2}(?:leaders|presidents|heads\s+of\s+(?:state|government|delegations?|(?:diplomatic\s+)?missions?)(?:\s+and\s+government)?|(?:prime|foreign)\s+ministers|ministers|delegations|delegates|representatives|envoys|ambassadors|(?:high\s+)?commissioners)\s+(?:of|from)\s+(?:the\s+)?/i;

/** "hosted a/the (two-day regional) summit attended by " before the group. */
const HOSTED_ATTENDED = new RegExp(
  String.raw`\bhost(?:ed|s)\s+(?:a|an|the|his|her)\s+(?:[\p{L}-]+\s+){0,3}?${GATHERING}\s+(?:[^,;.]{0,40}?\s+)?attended\s+by\s+$`,
  'iu',
);

/** " the (working) dinner hosted by " after "attended". */
const ATTENDED_HOSTED = new RegExp(
  String.raw`^\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?${GATHERING}\s+(?:[^,;.]{0,40}?\s+)?hosted\s+by\s+`,
  'iu',
);

/** At most this many states are a host's guests. */
const MOST = 6;

export const hostedGathering: EventRule = {
  id: 'events/hosted-gatherings:attended',
  type: 'meeting',
  re: /\battended\b/g,
  run(h) {
    const { c, s, at, end } = h;
    let host: Entity[] = [];
    let states: Entity[] = [];
    const by = /^\s+by\s+/.exec(c.work.slice(end, s.end));
    const lead = by ? HOSTED_ATTENDED.exec(c.work.slice(s.start, end + by[0].length)) : null;
    if (by && lead) {
      // "X hosted a summit attended by the leaders of A, B and C".
      const subj = c.subjectBefore(s.start, s.start + lead.index, ['Person']);
      const group = GROUP.exec(c.work.slice(end + by[0].length, s.end));
      if (subj && group) {
        host = [subj];
        states = statesListed(c, end + by[0].length + group[0].length, s.end);
      }
    } else {
      // "The leaders of A, B and C attended the summit hosted by X".
      const hosted = ATTENDED_HOSTED.exec(c.work.slice(end, s.end));
      const group = GROUP.exec(c.work.slice(s.start, at));
      if (hosted && group) {
        host = persons(h, end + hosted[0].length, s.end).slice(0, 1);
        states = statesListed(c, s.start + group[0].length, at);
      }
    }
    if (host.length !== 1 || !states.length || states.length > MOST) return;
    const met = unnamedLeaders(c, states).filter((x) => x !== host[0]);
    if (!met.length) return;
    meet(h, host, met, true);
  },
};
