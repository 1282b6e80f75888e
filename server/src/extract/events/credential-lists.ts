// The envoys of a credentials ceremony named in a sentence of their own, after the sentence that told the
// ceremony without naming them ("President X received the credentials of four new ambassadors. They are
// A of Chile, B of Peru and C of Spain", "The new envoys are A, B and C"): each joins the ceremony and
// MET its host. "The others received were Ambassadors A (Mexico), B (Canada) …" after a ceremony that
// named some of them continues it the same way.
import { P } from './arguments.js';
import type { EventRule } from './hit.js';
import { lastCeremony, listEnd } from './meetings-calls.js';

/** How many sentences after the ceremony its envoys may be listed. */
const REACH = 2;

/** The lead into the list: "They are", "The new ambassadors are", "The envoys who presented … were". */
const LEAD =
  /^(?:They|These|The\s+(?:\p{Ll}+\s+){0,2}?(?:ambassadors|envoys|diplomats|heads\s+of\s+missions?|high\s+commissioners|others(?=\s+(?:received|accredited|welcomed|presenting|who|that|are|were)\b)))(?:\s+(?:who|that)\s+[^.:;]{0,80}?|\s+(?:received|accredited|welcomed))?\s+(?:are|were|include|included)(?:\s*:\s*|\s+)/u;

/**
 * Before the first name: up to two words ("Ambassador A", "Mr A"), or the envoy's role with its country and an
 * honorific ("the Australian ambassador Ms A", "the new ambassador of Chile, Mr A").
 */
const FIRST_GAP =
  /^(?:(?:[\p{L}-]+\s+){0,2}|(?:the\s+)?(?:new(?:ly[- ]appointed)?\s+)?(?:\p{Lu}\p{L}+\s+){0,2}(?:new\s+)?(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh [Cc]ommissioner)(?:[- ]designate)?(?:\s+(?:of|to|from)\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s*){1,3})?,?\s+(?:(?:Mr|Ms|Mrs|Dr|Madam|Mme|H\.?\s?E\.?)\.?\s+)?)$/u;

export const credentialsListed: EventRule = {
  id: 'events/meetings-calls:credentials-listed',
  type: 'meeting',
  // At a sentence's start (a line may open with spaces before it).
  re: /(?<=^|\n[^\S\n]*|[.!?]["”’]?\s)(?:They|These|The)\b/gu,
  run(h) {
    const { c, s, at } = h;
    if (at !== s.start) return;
    const last = lastCeremony.get(c);
    const si = c.sents.indexOf(s);
    if (!last || si <= last.sentence || si - last.sentence > REACH) return;
    const lead = LEAD.exec(c.work.slice(s.start, s.end));
    if (!lead) return;
    const from = s.start + lead[0].length;
    // "The ambassadors are:" and one name a line.
    const lines = /:\s*$/.test(c.work.slice(s.start, s.end));
    const first = c.inRange(from, lines ? listEnd(c, s.end) : s.end, P, true)[0];
    // The names come right after the lead, titles allowed ("Ambassador A").
    if (!first || (!lines && !FIRST_GAP.test(c.work.slice(from, first.start)))) return;
    // Every person the list names: the sentence says who they are ("A (Chile), B (Peru)", "Ambassador of
    // Chile A, Ambassador of Peru B").
    const listed = c
      .inRange(from, lines ? listEnd(c, s.end) : s.end, P)
      .filter((m) => m.entity.type === 'Person');
    const envoys = [...new Set(listed.map((m) => m.entity))].filter((e) => e !== last.host);
    if (!envoys.length) return;
    const host = last.host;
    const e = h.event({
      participants: [host, ...envoys].map((p) => ({ entity: p, role: 'participant' })),
      main: host,
      key: `credentials:${host.id}`,
    });
    for (const v of envoys) h.relation(v, 'MET', host, { event: e });
  },
};
