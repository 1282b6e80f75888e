// States a text calls members of a body, outside an apposition (appositions.ts reads "Poland, an EU and
// NATO member,"): a body's members named after it ("NATO members Poland, Estonia and Latvia", "EU member
// states Poland and Hungary") and a copula ("Latvia, Lithuania and Estonia are NATO and European Union
// members", "Latvia and Estonia are both members of NATO"), also a copula joined later to the list that opens
// the sentence ("A and B were once Soviet republics but are now NATO members"), and a body's name in
// brackets after the list it stands for ("the Brazil, Russia, India, China and South Africa (BRICS) bloc").
// Each state listed is MEMBER_OF each body.
import { listAfter, listBefore, mentionAt } from '../clauses/mention-lists.js';
import type { Ctx } from '../context.js';
import type { Entity, Mention } from '../entities/index.js';
import type { RelOut } from '../events/index.js';

/** After a body: "member", "members", "member states|countries|nations", then the first state; or its
 * countries with the list in brackets or after a dash ("BRICS countries (A, B and C)", "V4 nations — A, B"). */
const MEMBERS_NAMED =
  /^\s+(?:member(?:s|\s+(?:states?|countries|country|nations?))?,?\s+|(?:countries|nations|states)\s*(?:\(|[—–:]|--)\s*)(?:the\s+)?/;
/** After a list of states: a copula and "members of", or "<bodies> members". */
const COPULA_MEMBERS =
  /^\s+(?:is|are|was|were|remain|remains|became|have\s+been|has\s+been)\s+(?:(?:now|both|all|also|still|full|already)\s+)*(?:(?:an?|the)\s+)?(?:(?:full\s+)?members?\s+(?:states?\s+|countries\s+)?of\s+(?:both\s+)?(?:the\s+)?)?/;

/** A second verb joined to the sentence's subject: "but|and|yet" and the copula, no subject of its own. */
const JOINED_COPULA =
  /\b(?:but|and|yet)\s+(?=(?:is|are|was|were|remain|remains|became|have\s+been|has\s+been)\s)/g;
/** After a bracketed body that follows a list of states: a bloc's noun or its member noun. */
const BLOC_NOUN =
  /^\s*(?:bloc|blocs|group|grouping|alliance|members?|countries|nations|states|economies|partners)\b/;

/** The list opens the clause: nothing but an article or "both" before it in the sentence, or a comma. */
function opensClause(c: Ctx, from: number, at: number): boolean {
  return /(?:^|[,;:]\s*|\b(?:and|but|while)\s+)(?:the\s+|both\s+)?$/i.test(c.work.slice(from, at));
}

/** The bodies of "<body> and <body> members" ending at `end`, or of "members of <body> and <body>" from `from`. */
function bodiesFrom(c: Ctx, from: number, limit: number): Mention[] {
  const first = mentionAt(c, from, limit);
  if (!first || first.entity.type !== 'Organization') return [];
  return listAfter(c, first, limit);
}

/**
 * The bodies a copula from `at` makes its subject a member of ("are now members of NATO", "are NATO and EU
 * members"), or undefined when no copula of membership starts there.
 */
function copulaBodies(c: Ctx, at: number, end: number): Mention[] | undefined {
  const cop = COPULA_MEMBERS.exec(c.work.slice(at, end));
  if (!cop) return undefined;
  const bodies = bodiesFrom(c, at + cop[0].length, end);
  const last = bodies[bodies.length - 1];
  if (!last) return undefined;
  // "members of NATO" (the words said it), or "NATO and EU members" (the noun after the bodies).
  const after = /^\s+members?\b(?!\s+of\b)/.test(c.work.slice(last.end, last.end + 12));
  return /members?\s/.test(cop[0]) || after ? bodies : undefined;
}

type Add = (source: Entity, target: Entity, at: number, rule: string) => void;

export function stateMemberRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  const add = (source: Entity, target: Entity, at: number, rule: string) => {
    const s = c.sentenceAt(at);
    if (s && source !== target)
      out.push({
        source,
        type: 'MEMBER_OF',
        target,
        evidence: [c.evidence(s)],
        rule: `relations/state-members:${rule}`,
      });
  };
  for (const org of c.mentions) {
    if (org.entity.type !== 'Organization' || org.nominal) continue;
    const m = MEMBERS_NAMED.exec(c.work.slice(org.end, org.end + 40));
    if (!m) continue;
    const s = c.sentenceAt(org.start);
    const at = org.end + m[0].length;
    const first = s ? mentionAt(c, at, s.end) : undefined;
    if (!s || !first || first.start !== at || first.entity.type !== 'Place') continue;
    // "NATO and EU members A and B": each body before "members".
    const bodies = listBefore(c, s.start, org);
    for (const x of listAfter(c, first, s.end))
      for (const b of bodies) add(x.entity, b.entity, org.start, 'body-members-named');
  }
  for (const s of c.sents) {
    const text = c.work.slice(s.start, s.end);
    if (!text.includes('member')) continue;
    for (const place of c.inRange(s.start, s.end, ['Place'])) {
      const bodies = copulaBodies(c, place.end, s.end);
      if (!bodies) continue;
      const states = listBefore(c, s.start, place);
      if (!opensClause(c, s.start, states[0]!.start)) continue;
      for (const x of states) for (const b of bodies) add(x.entity, b.entity, place.start, 'copula-members');
    }
    joinedCopula(c, s, text, add);
  }
  for (const org of c.mentions) bracketedBloc(c, org, add);
  return out;
}

/** "A, B and C were … but are now NATO and EU members": the list opening the sentence, the copula later. */
function joinedCopula(c: Ctx, s: { start: number; end: number }, text: string, add: Add): void {
  if (!/\b(?:but|and|yet)\s+(?:is|are|was|were|remain|became|ha)/.test(text)) return;
  const first = c.inRange(s.start, s.end, ['Place', 'Organization', 'Person'])[0];
  if (
    !first ||
    first.entity.type !== 'Place' ||
    !/^(?:the)?$/i.test(c.work.slice(s.start, first.start).trim())
  )
    return;
  const states = listAfter(c, first, s.end);
  if (states.length < 2) return;
  const listEnd = states[states.length - 1]!.end;
  JOINED_COPULA.lastIndex = 0;
  for (let j = JOINED_COPULA.exec(text); j; j = JOINED_COPULA.exec(text)) {
    const at = s.start + j.index;
    if (at <= listEnd) continue;
    // Nothing between the list and the second verb that could be its own subject ("…, which", a comma clause).
    if (/\b(?:which|who|that|while|whereas|although|since|because)\b|[;:]/.test(c.work.slice(listEnd, at)))
      return;
    const bodies = copulaBodies(c, at + j[0].length - 1, s.end);
    if (!bodies) continue;
    for (const x of states) for (const b of bodies) add(x.entity, b.entity, at, 'joined-copula-members');
    return;
  }
}

/** "the A, B and C (BRICS) bloc": a body's name in brackets right after a list of states. */
function bracketedBloc(c: Ctx, org: Mention, add: Add): void {
  if (org.entity.type !== 'Organization' || org.nominal) return;
  if (c.work[org.start - 1] !== '(' || c.work[org.end] !== ')') return;
  const s = c.sentenceAt(org.start);
  const last = s ? c.inRange(Math.max(s.start, org.start - 40), org.start, ['Place']).pop() : undefined;
  if (!s || !last || !/^\s*\($/.test(c.work.slice(last.end, org.start))) return;
  const states = listBefore(c, s.start, last);
  // A bloc's noun after the bracket, or a list long enough to be the bloc's roll ("A, B, C (SCO)").
  if (states.length < 2 || (states.length < 3 && !BLOC_NOUN.test(c.work.slice(org.end + 1, org.end + 14))))
    return;
  for (const x of states) add(x.entity, org.entity, org.start, 'bracketed-bloc');
}
