// The envoys of a credentials ceremony named in a sentence of their own, after the sentence that told the
// ceremony without naming them ("President X received the credentials of four new ambassadors. They are
// A of Chile, B of Peru and C of Spain", "The new envoys are A, B and C"): each joins the ceremony and
// MET its host. "The others received were Ambassadors A (Mexico), B (Canada) …" after a ceremony that
// named some of them continues it the same way. A lead that names envoys or credentials ("Among those who
// presented their letters of credence were", "First to present credentials was A followed by B", "X said
// the new envoys are") may come a few sentences later, or in the sentence that tells the ceremony itself;
// "Others include" goes on from a list.
// The envoys' states alone, when no envoy is named: "The ambassadors hail from A, B and C", "The new envoys
// come from A and B" (right after the ceremony): the host MET each state whose person the article never
// names (meeting-envoy-states.ts's convention). Not "They are from" (no envoy word), nor a list of persons.
import { P } from './arguments.js';
import type { EventRule } from './hit.js';
import { ceremony, credentials, lastCeremony, listEnd, postEnvoys } from './meetings-calls.js';
import { welcomedEnvoys } from './credential-welcomes.js';
import { unnamedLeaders } from './meeting-leaders.js';
import { statesListed } from './meeting-sides.js';

/** How many sentences after the ceremony (or the list before) "They are" may list its envoys. */
const REACH = 2;
/** How many when the lead itself names envoys or credentials ("The new envoys are", "Among those who presented credentials were"). */
const NAMED_REACH = 5;

/** A mention by role, not by name ("Ethiopian envoy"): whom it stands for is not the list's to say. */
const ROLE_MENTION =
  /\b(?:envoy|ambassador|high\s+commissioner|diplomat|minister|president|head\s+of\s+state)s?$/i;

/** A word that calls the people listed heads of mission. */
const ENVOY_WORD = /\b(?:ambassadors?|envoys?|high\s+commissioners?|heads\s+of\s+missions?)\b/i;

/** A reporting clause before the lead: "Gerson Msigwa said the new envoys are …", "He said that they are …". */
const SAID = /^(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|[Hh]e\s+|[Ss]he\s+)(?:said|added|noted)(?:\s+that)?\s+/u;

/**
 * A lead that names envoys or credentials before its verb: "Among the people that presented their letters of
 * credence include", "First to present credentials was", "The new envoys according to X are"; or "Others
 * include" going on with a list.
 */
const NAMED_LEAD =
  /^(?:[^.;:]{0,90}?\b(?:ambassadors?|envoys?|diplomats|high\s+commissioners?|heads\s+of\s+missions?|credentials|credence)\b[^.;:\d]{0,40}?|Others)\s+(?:are|were|was|include|includes|included)(?:\s*:\s*|\s+)/iu;

/** The lead into the list: "They are", "The new ambassadors are", "The envoys who presented … were". */
const LEAD =
  /^(?:They|These|The\s+(?:\p{Ll}+\s+){0,2}?(?:ambassadors|envoys|diplomats|heads\s+of\s+missions?|high\s+commissioners|others(?=\s+(?:received|accredited|welcomed|presenting|who|that|are|were)\b)))(?:\s+(?:who|that)\s+[^.:;]{0,80}?|\s+(?:received|accredited|welcomed))?\s+(?:are|were|include|included)(?:\s*:\s*|\s+)/u;

/** A lead into the states the envoys come from: "The (new) ambassadors hail from", "The envoys are from". */
const STATES_LEAD =
  /^The\s+(?:\p{Ll}+\s+){0,2}?(?:ambassadors|envoys|diplomats|heads\s+of\s+missions?|high\s+commissioners)\s+(?:hail|hailed|come|came|are|were)\s+from\s+(?:the\s+)?/u;

/**
 * Before the first name: up to two words ("Ambassador A", "Mr A"), or the envoy's role with its country and an
 * honorific ("the Australian ambassador Ms A", "the new ambassador of Chile, Mr A").
 */
const FIRST_GAP =
  /^(?:(?:[\p{L}-]+\s+){0,2}|(?:the\s+)?(?:new(?:ly[- ]appointed)?\s+)?(?:\p{Lu}\p{L}+\s+){0,2}(?:new\s+)?(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh [Cc]ommissioner)s?(?:[- ]designate)?(?:\s+Extraordinary\s+and\s+Plenipotentiary)?(?:\s+(?:of|to|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]+\s*(?:of\s+(?=\p{Lu}))?){1,4}){0,2},?\s+(?:(?:Mr|Ms|Mrs|Dr|Madam|Mme|H\.?\s?E\.?)\.?\s+)?)$/u;

export const credentialsListed: EventRule = {
  id: 'events/meetings-calls:credentials-listed',
  type: 'meeting',
  // At a sentence's start (a line may open with spaces before it).
  re: /(?<=^|\n[^\S\n]*|[.!?]["”’]?\s)\p{Lu}\p{L}*\b/gu,
  // (Only a ceremony the credentials rule found has envoys to list.)
  after: [credentials.id, welcomedEnvoys.id],
  run(h) {
    const { c, s, at } = h;
    if (at !== s.start) return;
    const last = lastCeremony.get(c);
    const si = c.sents.indexOf(s);
    if (!last || si < last.sentence || si - last.sentence > NAMED_REACH) return;
    const said = SAID.exec(c.work.slice(s.start, s.end));
    const start = s.start + (said ? said[0].length : 0);
    const text = c.work.slice(start, s.end);
    // "The ambassadors hail from A, B and C": the states of envoys the article does not name.
    const origin = STATES_LEAD.exec(text);
    if (origin && si - last.sentence <= REACH) {
      const states = unnamedLeaders(c, statesListed(c, start + origin[0].length, s.end));
      if (states.length) ceremony(h, last.host, states);
      return;
    }
    const plain = LEAD.exec(text);
    const lead = plain ?? NAMED_LEAD.exec(text);
    if (!lead) return;
    // "They are", "Others include" go on from the sentences just before; a lead naming envoys reaches further.
    if (/^(?:They|These|Others)\b/.test(lead[0]) && si - last.sentence > REACH) return;
    // (The list's own sentence may tell the ceremony: "Among those who presented credentials were A, B".)
    if (si === last.sentence && plain) return;
    // No one named in the lead ("Among the guests of Ambassador A were …" is no list of envoys).
    if (c.inRange(start, start + lead[0].length, P).length) return;
    const from = start + lead[0].length;
    // "The ambassadors are:" and one name a line.
    const lines = /:\s*$/.test(c.work.slice(s.start, s.end));
    const first = c.inRange(from, lines ? listEnd(c, s.end) : s.end, P, true)[0];
    // A lead naming the envoys that lists no one ("Among the new ambassadors were representatives of
    // many countries.") still tells of them: the list may follow ("These included A from X").
    if (!first && !plain) lastCeremony.set(c, { ...last, sentence: si, called: ENVOY_WORD.test(lead[0]) });
    // The names come right after the lead, titles allowed ("Ambassador A").
    if (!first || (!lines && !FIRST_GAP.test(c.work.slice(from, first.start)))) return;
    // Every person the list names: the sentence says who they are ("A (Chile), B (Peru)", "Ambassador of
    // Chile A, Ambassador of Peru B").
    const listed = c
      .inRange(from, lines ? listEnd(c, s.end) : s.end, P)
      .filter((m) => m.entity.type === 'Person' && !ROLE_MENTION.test(c.work.slice(m.start, m.end)));
    const envoys = [...new Set(listed.map((m) => m.entity))].filter((e) => e !== last.host);
    if (!envoys.length) return;
    const host = last.host;
    ceremony(h, host, envoys);
    // (A lead that names them envoys calls each listed one so: "The new envoys are A from X, B from Y", or
    // one just before that listed no one: "Among the new ambassadors were many. These included A from X".)
    postEnvoys(h, host, envoys, last.place, ENVOY_WORD.test(lead[0]) || last.called);
    // "Others include …" goes on from this list.
    lastCeremony.set(c, { ...last, sentence: si });
  },
};
