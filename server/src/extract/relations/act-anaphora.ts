// CRITICIZED when the criticised act is named only by an anaphoric noun ("Japan expelled two Chinese
// diplomats on Monday. China condemned the move."; "The decision was denounced by Tehran."): the act is the
// latest event the article reported just before (in the sentence before, or earlier in the same sentence;
// a noun of the event's own kind, "the expulsion", "the sanctions", reaches three sentences back), and its
// doer (the expeller, sanctioner, summoner, recaller, invader, annexer) is the target. The critic is the
// verb's subject (active) or its "by" agent (passive). Never the critic itself or its own state; nothing
// when the noun names its doer ("the move by X": verbs.ts reads that).
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { EvOut, RelOut } from '../events/index.js';
import { agentOf } from '../clauses/clause.js';
import { subjectOf } from '../clauses/subject.js';
import { ANY, entitiesOf, stateOf, subjectEntities } from '../events/parties.js';
import { indexAt, type Sentence } from '../text.js';
import { JUDGING } from './judging.js';
import { unnamedStanceSubject } from './stance-subjects.js';
import { matchesOf } from '../regex-matches.js';
import { CONDEMN_ANY } from './condemn-verbs.js';
import { LABEL_OR_JUDGE_FINITE } from './labelling-verbs.js';

/** A judging word (one match, no global state). */
const JUDGE = new RegExp(JUDGING.source, 'iu');

/** Verbs of condemning an act (group 1), and of labelling it (group 2: a judging word must follow). */
const VERB = String.raw`(?:(${CONDEMN_ANY}|protest(?:ed|s|ing)?(?:\s+(?:against|over))?|lament(?:ed|s|ing)?|regrett?(?:ed|s|ing)?)|(${LABEL_OR_JUDGE_FINITE}))`;
/** Words an anaphoric act noun may carry ("the latest", "this unilateral"). */
const MODS = String.raw`(?:(?:latest|recent|new|last|\p{Ll}+ly|\p{Ll}+(?:ed|ive|al|ful|ous|ic|ary))\s+){0,2}`;
/** The anaphoric act nouns: generic (group 1) and of an event's own kind (group 2). */
const NOUN = String.raw`(?:(move|decision|step|action|actions|measure|measures)|(expulsions?|sanctions|recall|summons|summoning|invasion|annexation))`;
/** Not followed by its doer ("the move by X", "Russia's decision") nor a complement that names another act. */
const NOT_OWNED = String.raw`(?!\s+(?:of|by|from)\b)`;
const ACTIVE = new RegExp(
  String.raw`\b${VERB}\s+(?:(?:the|this|that|these|those)\s+)${MODS}${NOUN}\b${NOT_OWNED}`,
  'giu',
);
const PASSIVE = new RegExp(
  String.raw`^(?:The|This|That|These)\s+${MODS}${NOUN}\s+(?:was|were|has been|have been|had been)\s+(?:(?:\p{Ll}+ly|also|widely)\s+)?${VERB}(?=\s)`,
  'u',
);

/** The roles of an event's doer. */
const DOER = /^(?:expeller|sanctioner|summoner|recaller|invader|annexer)$/;
/** The event type an act noun of its own kind names. */
const KIND: [RegExp, string][] = [
  [/^expulsion/, 'expulsion'],
  [/^sanction/, 'sanction'],
  [/^recall/, 'recall'],
  [/^summon/, 'summons'],
  [/^invasion/, 'invasion'],
  [/^annexation/, 'annexation'],
];

/** The doer of the latest event reported before `at`, from `from` on (of `kind` when given). */
function doerBefore(events: EvOut[], from: number, at: number, kind?: string): Entity | undefined {
  let best: { end: number; doer: Entity } | undefined;
  for (const e of events) {
    if (kind && e.type !== kind) continue;
    const doer = e.participants.find((p) => DOER.test(p.role))?.entity;
    const ev = e.evidence[0];
    if (!doer || !ev || ev.start < from || ev.end > at) continue;
    if (!best || ev.end > best.end) best = { end: ev.end, doer };
  }
  return best?.doer;
}

/** The act's doer: the latest event before `at`, within the sentence before (three for a noun of its kind). */
export function actDoer(c: Ctx, events: EvOut[], s: Sentence, at: number, noun: string, own: boolean) {
  const i = indexAt(c.sents, s.start);
  const kind = own ? KIND.find(([re]) => re.test(noun.toLowerCase()))?.[1] : undefined;
  const back = c.sents[Math.max(0, i - (own ? 3 : 1))]!;
  // (Paragraphs do not matter: the sentence before is the previous sentence of the text.)
  return doerBefore(events, back.start, at, kind);
}

export function actAnaphoraRelations(c: Ctx, events: EvOut[]): RelOut[] {
  const out: RelOut[] = [];
  const add = (s: Sentence, critics: Entity[], target: Entity | undefined, rule: string) => {
    if (!target) return;
    for (const src of critics)
      if (src !== target && stateOf(c, src) !== target && stateOf(c, src) !== stateOf(c, target))
        out.push({
          source: src,
          type: 'CRITICIZED',
          target,
          date: c.dateNear(s, s.start)?.value ?? null,
          evidence: [c.evidence(s)],
          rule: `relations/act-anaphora:${rule}`,
        });
  };
  for (const s of c.sents) {
    const text = c.work.slice(s.start, s.end);
    for (const m of matchesOf(ACTIVE, text)) {
      const at = s.start + m.index;
      if (c.inQuote(at)) continue;
      const end = at + m[0].length;
      if (m[2] && !JUDGE.test(c.work.slice(end, Math.min(s.end, end + 50)))) continue;
      const subj = subjectOf(c, s, at);
      let critics = subjectEntities(c, subj, ANY, { at });
      if (!critics.length && !subj?.entities.length) critics = unnamedStanceSubject(c, s, at);
      if (!critics.length) continue;
      add(s, critics, actDoer(c, events, s, at, m[3] ?? m[4]!, !!m[4]), 'anaphoric-object');
    }
    const p = PASSIVE.exec(text);
    if (p && !c.inQuote(s.start)) {
      const end = s.start + p[0].length;
      if (p[4] && !JUDGE.test(c.work.slice(end, Math.min(s.end, end + 60)))) continue;
      const critics = entitiesOf(c, agentOf(c, s, end), ANY, { at: end });
      add(s, critics, actDoer(c, events, s, s.start, p[1] ?? p[2]!, !!p[2]), 'anaphoric-subject');
    }
  }
  return out;
}
