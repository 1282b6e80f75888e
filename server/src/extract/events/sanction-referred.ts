// Sanctions whose sanctioner and targets are told in neighbouring sentences, the second pointing back at
// the measures: "The sanctions target A, B and C. The European Union announced the measures on Monday." (the
// sanctions just told, with no sanctioner, gain the one that announced "the measures"), and "The list
// includes A, B and C. Britain imposed the sanctions on Monday." (the people a list frame of the sentence
// before names are sanctioned by the one that imposed "the sanctions"). The pointing words are a
// definite "the/these measures (sanctions, penalties, designations, move)" after a verb of imposing, or
// with its agent ("The move by the EU", "The measures were announced by the EU").
import type { Entity } from '../entities/index.js';
import { agentOf } from '../clauses/clause.js';
import { subjectOf } from '../clauses/subject.js';
import type { EventRule, RuleHit } from './hit.js';
import { P } from './arguments.js';
import { actorsOf, stateOf } from './parties.js';
import { eventSentence, join, listedIn } from './sanction-lines.js';
import { listedPersons, sanctionList } from './sanction-lists.js';
import { lastSanction } from './sanctions.js';
import { AIM_VERB, MEASURE_NOUN } from './sanction-measures.js';

/** A verb of imposing right before the measures: its subject imposed them. */
const IMPOSING =
  /\b(?:announced|imposed|unveiled|introduced|adopted|approved|agreed(?:\s+on)?|published|slapped|levied|took|made)\s+$/;

/** The agent after the measures: "The move by X", "the measures, announced by X", "were imposed by X". */
const BY_AFTER =
  /^,?\s+(?:(?:were|was|have\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?)?(?:(?:imposed|announced|introduced|adopted|approved|unveiled|agreed|taken)\s+)?(?:on\s+\p{Lu}\p{Ll}+\s+)?by\s+/u;

/** A list frame of a sentence of its own, the sanctions-list wordings: "The list includes", "Those sanctioned include". */
const LIST_FRAME = new RegExp(sanctionList.re.source, 'u');

/** Who imposed the measures the hit points at: states and bodies, or the state of a person named. */
function imposer(h: RuleHit): Entity[] {
  const { c, s, at, end } = h;
  const before = c.work.slice(s.start, at);
  const verb = IMPOSING.exec(before);
  const np = verb
    ? subjectOf(c, s, s.start + verb.index)
    : BY_AFTER.test(c.work.slice(end, s.end))
      ? agentOf(c, s, end, BY_AFTER)
      : undefined;
  if (!np) return [];
  const by = actorsOf(c, np, ['Place', 'Organization'], { at });
  if (by.length) return by;
  return actorsOf(c, np, P, { at })
    .map((p) => stateOf(c, p))
    .filter((e) => e.type !== 'Person');
}

/** New sanctions of `by` on `who` (keyed by the first sanctioner's state), the last told, with their relations. */
function sanctionOf(h: RuleHit, by: Entity[], who: Entity[]) {
  const e = h.event({
    participants: [
      ...by.map((b) => ({ entity: b, role: 'sanctioner' })),
      ...who.map((w) => ({ entity: w, role: 'sanctioned' })),
    ],
    main: who[0]!,
    key: `sanction:${stateOf(h.c, by[0]!).id}>*`,
  });
  lastSanction.set(h.c, e);
  for (const b of by) for (const w of who) h.relation(b, 'SANCTIONED', w, { event: e });
  return e;
}

/** What the measures aim at, after their agent: "target", "include", "apply to". */
const AIM = new RegExp(String.raw`^[^.;]{0,80}?[\s,]+${AIM_VERB}\s+`);

/**
 * "The measures, announced by Britain on Monday, target A and B": a sentence that opens with the
 * measures, their agent and their targets, in an article about sanctions. Whether it made the event.
 */
function aimedInOwn(h: RuleHit): boolean {
  const { c, s, end } = h;
  const by = BY_AFTER.exec(c.work.slice(end, s.end));
  if (!by) return false;
  const aim = AIM.exec(c.work.slice(end + by[0].length, s.end));
  if (!aim || !/sanction/i.test(c.work)) return false;
  const who = listedPersons(c, end + by[0].length + aim[0].length, s.end, true);
  const imposers = imposer(h).filter((b) => !who.includes(b));
  const targets = who.filter((w) => !imposers.includes(w));
  if (!imposers.length || !targets.length) return false;
  sanctionOf(h, imposers, targets);
  return true;
}

export const sanctionReferred: EventRule = {
  id: 'events/sanctions:referred',
  type: 'sanction',
  re: new RegExp(
    String.raw`\b(?:the|these|those)\s+(?:new\s+|latest\s+|fresh\s+|additional\s+|further\s+)?(?:${MEASURE_NOUN}|move)\b`,
    'gi',
  ),
  run(h) {
    const { c, s } = h;
    const si = c.sents.indexOf(s);
    const last = lastSanction.get(c);
    if (h.at === s.start && aimedInOwn(h)) return;
    if (si < 1) return;
    const ei = last ? eventSentence(c) : -1;
    // Cheap first: the sanctions were told here or just before, or nothing was told yet.
    if (ei >= 0 && ei < si - 1) return;
    const by = imposer(h);
    if (!by.length) return;
    const sanctioners = last?.participants.filter((p) => p.role === 'sanctioner') ?? [];
    const targets = last?.participants.filter((p) => p.role === 'sanctioned').map((p) => p.entity) ?? [];
    // "The sanctions target A and B. The EU announced the measures": the sanctions just told gain their sanctioner.
    if (last && ei === si - 1 && !sanctioners.length && targets.length) {
      const fresh = by.filter((b) => !targets.includes(b));
      if (!fresh.length) return;
      for (const b of fresh) last.participants.push({ entity: b, role: 'sanctioner' });
      // One package per sanctioning state, as the sanctions rule keys it.
      if (!last.key || last.key.startsWith('sanction:?')) last.key = `sanction:${stateOf(c, fresh[0]!).id}>*`;
      for (const b of fresh) for (const t of targets) h.relation(b, 'SANCTIONED', t, { event: last });
      last.evidence.push(...h.evidence());
      return;
    }
    // "The list includes A and B. Britain imposed the sanctions": the people the sentence before lists.
    const prev = c.sents[si - 1]!;
    if (ei === si - 1) return;
    const frame = LIST_FRAME.exec(c.work.slice(prev.start, prev.end));
    const who = (
      frame
        ? listedPersons(c, prev.start + frame.index + frame[0].length, prev.end, true)
        : (listedIn(c, prev) ?? [])
    ).filter((w) => !by.includes(w));
    if (!who.length) return;
    // The sanctions this sentence told, by the same state and with no target yet, gain them.
    const here =
      last &&
      ei === si &&
      !targets.length &&
      sanctioners.some((p) => by.some((b) => stateOf(c, b) === stateOf(c, p.entity)));
    if (here) {
      if (join(h, who)) last.evidence.unshift(c.evidence(prev));
      return;
    }
    if (last && ei === si) return;
    sanctionOf(h, by, who).evidence.unshift(c.evidence(prev));
  },
};
