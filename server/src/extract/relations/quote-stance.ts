// CRITICIZED from a critical quotation: the speaker of a quotation that passes judgement on an act
// ("“The US administration has undertaken a hostile attack,” she said"; "said the US was making a “grave
// mistake”") criticises the party the judging clause is about, read from the clause's shape only:
// - `judged-possessor`: the name right before a quotation that opens with the judging word, as its
//   possessor or the adjective of the noun after it ("Manila's “negative words”", "US “hostile” policies");
// - `judged-subject`: the subject of the clause holding the word, after its opener (a verb of saying,
//   "that", or a comma or quotation mark not after a name): a name, a role the text introduced ("The
//   British ambassador's actions"), or a country's adjective ("The Canadian position is … interference"),
//   with no clause break and at most MAX_GAP characters between it and the word;
// - `judged-owner`: else a name whose act the word qualifies, its possessor right before the word and at
//   most two lower-case words ("Russia’s latest unhelpful and unproductive step", "the US's wrong actions");
// - `judged-after`: else the name right after the word and "that", "of" or "by" ("regrettable that Russia"),
//   or right after it as the possessor of an act ("“extremely regrettable” the Russian Federation's decision").
// - `judged-attributive`: else the name or country's adjective right after the word, before the noun of an
//   act ("unfriendly U.S. steps"; judged-attributive.ts).
// - `own-verb`: the speaker's own verb of condemning or accusing in the quotation ("“We strongly condemn
//   the comments by X”"), its object or the doer of the act it names.
// The judging words are a closed list of words that condemn an act (JUDGING). The speaker's own side (the
// speaker, the bodies the other relation rules tie the speaker to, their states) is never the target.
import { matchesOf } from '../regex-matches.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { RelOut } from '../events/index.js';
import { stateOf } from '../events/parties.js';
import { demonymCountry } from '../lexicon.js';
import { personByRole, THE_ROLE } from '../quotes/role-coreference.js';
import type { Sentence } from '../text.js';
import { listAfter } from '../clauses/mention-lists.js';
import { JUDGING, judgedAdjective, notDoer } from './judging.js';
import { CONDEMN_BASE } from './condemn-verbs.js';
import { LABEL_OR_JUDGE_ANY } from './labelling-verbs.js';
import { DOER_ACT } from './act-nouns.js';
import { judgedActDoer } from './judged-act-doer.js';
import { judgedOwner } from './judged-owner.js';
import { judgedAttributive } from './judged-attributive.js';
import { withQuotedMentions } from './whole-text.js';
import { HEAD_OF_MISSION } from '../role-nouns.js';

export { JUDGING };

/**
 * Where the judged clause may open: a verb of saying ("said the US was …", "claimed that") or "that" (group
 * 1: a clause's start for certain), a comma, a colon, a quotation mark (maybe a clause's start).
 */
const OPENER =
  /\b((?:(?:said|says|told|added|stated|noted|warned|stressed|insisted|claimed|argued|declared|wrote|tweeted|explained|believes?|thinks?)\b(?:\s+(?:on \p{Lu}\p{Ll}+|in (?:a|an|his|her|its|the) [\p{Ll} ]{1,30}?))?(?:\s+that)?|that)\s+)|[,:;(]\s*|[“"]/gu;
/** The words that may open the subject phrase before its first name ("the", "new", "these"). */
const SUBJECT_LEAD = /^(?:(?:the way|the|these|this|new|recent|latest|any)\s+){0,2}$/i;
/** A word that ends the judged clause between its subject and the judging word. */
const BREAK =
  /\b(?:following|after|before|when|because|since|while|but|if|amid|despite|although|unless|as long as)\b|[.;:!?]/i;
/** A verb between a subject and the judging word that makes the subject the judge ("Tehran considers … interference"). */
const JUDGE_VERB = new RegExp(
  String.raw`\b(?:${LABEL_OR_JUDGE_ANY}\b|(?:denounc|condemn|accus|reject|critici[sz]|slam|said|says|believ|think)\w*)`,
  'i',
);
/** How far the judging word may lie after the subject's first name. */
const MAX_GAP = 60;

/** The speaker's side: the speaker, what other rules say it belongs to or speaks for, and their states. */
export function ownSide(c: Ctx, speaker: Entity, known: RelOut[]): Set<Entity> {
  const own = new Set<Entity>([speaker, stateOf(c, speaker)]);
  for (const r of known)
    if (
      r.source === speaker &&
      (r.type === 'MEMBER_OF' || r.type === 'SPOKESPERSON_OF' || r.type === 'LEADS')
    ) {
      own.add(r.target);
      own.add(stateOf(c, r.target));
    }
  if (speaker.envoy?.origin) {
    const o = c.idx.countryEntity(speaker.envoy.origin);
    if (o) own.add(o);
  }
  return own;
}

/** Whether a target is on the speaker's side: one of `own`, or a capital of one of its states ("Moscow"). */
export function onOwnSide(c: Ctx, own: Set<Entity>, target: Entity): boolean {
  return own.has(target) || (target.type === 'Place' && own.has(stateOf(c, target)));
}

/**
 * A subject phrase that opens with an act and its doer: "statements by the appointed ", "the remarks of ",
 * "the resolution adopted by ", "the attack by ", after up to two qualifying words ("the evil actions of ",
 * "irresponsible remarks of ") (group 1: an attack, whose "of" names its target, so only "by" or "from" names
 * its doer).
 */
const ACT_LEAD = new RegExp(
  String.raw`^(?:(?:the|these|this|such|his|her|its|their|recent|latest)\s+){0,2}(?:(?!(?:by|of|from)\s)\p{Ll}[\p{Ll}-]+\s+){0,2}(?:remarks|comments|statements?|decisions?|words|actions?|behaviou?r|conduct|claims|allegations|accusations|resolution|sanctions|measures|steps|polic(?:y|ies)|position|stance|moves?|appeals|calls|demands|requests|visits?|trips?|(attacks?|strikes?|shelling|bombing|raids?|incursions?))\s+(?:(?:made|issued|adopted|imposed|taken|announced|passed|launched|carried\s+out)\s+)?(by|of|from)\s+(?:the\s+)?(?:(?:appointed|new|former|current|outgoing|\p{Ll}+ly)\s+){0,2}`,
  'iu',
);
/** Title words between an act's "by" and its doer's name: "President ", "the French Foreign Minister ". */
const DOER_TITLES = new RegExp(
  String.raw`^(?:(?:\p{Lu}[\p{L}'’.-]*|the|of|[\p{Ll}-]*(?:minister|president|${HEAD_OF_MISSION}|spokes\p{Ll}*|secretary|chair\p{Ll}*|head|leader|official|representative|diplomat|commissioner|deputy|foreign|prime))\s+){0,6}$`,
  'u',
);

/**
 * The doer an act phrase names at `at`: a name, maybe after title words (the first person among the names
 * so reached: "the French President Emmanuel Macron"), or a state by its adjective ("by Armenian forces").
 * A name right after the act's preposition may open a list of doers ("the decision taken by Chile, Peru and
 * Bolivia"): `list` holds each, `end` the last one's end.
 */
export function actDoer(
  c: Ctx,
  at: number,
  to: number,
  attack: boolean,
  of: boolean,
): { entity: Entity; end: number; list?: Entity[] } | undefined {
  if (attack && of) return undefined;
  const reached = c
    .inRange(at, Math.min(to, at + 90), ['Person', 'Organization', 'Place'], true)
    .filter((x) => !x.nominal && DOER_TITLES.test(c.work.slice(at, x.start)));
  const doer = reached.find((x) => x.entity.type === 'Person') ?? reached[0];
  if (doer && doer === reached[0] && /^(?:the\s+)?$/.test(c.work.slice(at, doer.start))) {
    const items = listAfter(c, doer, to);
    if (items.length > 1)
      return { entity: doer.entity, end: items[items.length - 1]!.end, list: items.map((x) => x.entity) };
  }
  if (doer) return { entity: doer.entity, end: doer.end };
  const dem = /^(\p{Lu}\p{Ll}+)\s+\p{Ll}{3,}/u.exec(c.work.slice(at, to));
  const country = dem ? demonymCountry(dem[1]!) : undefined;
  if (!country) return undefined;
  const end = at + dem![1]!.length;
  return { entity: c.idx.countryEntity(country) ?? c.countryByDemonym(country, at, end), end };
}

/** The party a subject phrase opening at `from` names: its first name, or a country by its adjective. */
function subjectParty(
  c: Ctx,
  from: number,
  to: number,
): { entity: Entity; end: number; list?: Entity[] } | undefined {
  const lead = /^(?:(?:the way|the|these|this|new|recent|latest|any)\s+){0,2}/i.exec(
    c.work.slice(from, to),
  )![0];
  const at = from + lead.length;
  const m = c.inRange(from, to, ['Person', 'Organization', 'Place'], true)[0];
  if (m && (m.start === at || m.start === from)) {
    // ("Vilnius, Riga and Tallinn continue …": each name of a list.)
    const items = listAfter(c, m, to);
    return { entity: m.entity, end: items[items.length - 1]!.end, list: items.map((x) => x.entity) };
  }
  // "statements by the appointed U.S. ambassador … represent … propaganda": the doer of the act the phrase
  // opens with.
  const act = ACT_LEAD.exec(c.work.slice(from, to));
  const doer = act
    ? actDoer(c, from + act[0].length, to, !!act[1], act[2]!.toLowerCase() === 'of')
    : undefined;
  if (doer) return doer;
  // "The British ambassador's actions": the person the text introduced with that role.
  const role = THE_ROLE.exec(c.work.slice(from, to).replace(/['’]s\b/u, '  '));
  if (role) {
    const persons = c.mentions.filter((x) => x.entity.type === 'Person');
    const p = personByRole(c.work, persons, role[3]!, from, role[1], role[2] ?? '');
    if (p) return { entity: p, end: from + role[0].length };
  }
  const dem = /^(\p{Lu}\p{Ll}+)\s+\p{Ll}{3,}/u.exec(c.work.slice(at, to));
  const country = dem ? demonymCountry(dem[1]!) : undefined;
  if (!country) return undefined;
  return {
    entity: c.idx.countryEntity(country) ?? c.countryByDemonym(country, at, at + dem![1]!.length),
    end: at + dem![1]!.length,
  };
}

/**
 * The subject of the clause that holds the judging word at `at`: after the last opener before it in s
 * (or the clause's known `start`),
 * a name (or a country's adjective) that opens the phrase, no clause break and at most MAX_GAP characters
 * between it and the word.
 */
export function judgedSubject(c: Ctx, s: Sentence, at: number, start = s.start): Entity[] {
  const opens: { at: number; sure: boolean }[] = [{ at: start, sure: true }];
  for (const m of matchesOf(OPENER, c.work.slice(start, at))) {
    const pos = start + m.index;
    // (A comma after a name is a list's or an apposition's, not a clause's.)
    if (!m[1] && c.inRange(pos - 40, pos, undefined, true).some((x) => x.end === pos)) continue;
    opens.push({ at: pos + m[0].length, sure: !!m[1] });
  }
  for (let k = opens.length - 1; k >= 0; k--) {
    const { at: from, sure } = opens[k]!;
    // Past a clause's certain start the subject is that clause's or none.
    const lead = /^[^\p{Lu}]*/u.exec(c.work.slice(from, at))![0];
    const subj =
      SUBJECT_LEAD.test(lead) || ACT_LEAD.exec(lead)?.[0] === lead ? subjectParty(c, from, at) : undefined;
    if (!subj) {
      if (sure) return [];
      continue;
    }
    // ("represent nothing but propaganda": no clause's "but".)
    const gap = c.work.slice(subj.end, at).replace(/\bnothing but\b/, 'nothing');
    if (gap.length > MAX_GAP || BREAK.test(gap) || JUDGE_VERB.test(gap)) return [];
    if (notDoer(gap, c.work.slice(at, at + 20))) return [];
    return subj.list ?? [subj.entity];
  }
  return [];
}

const AFTER_WORD = new RegExp(
  String.raw`^\S*(?:(\s+${DOER_ACT})?\s+(?:that|of|by)|(\s+${DOER_ACT}|\s+(?:cyber)?attacks)(?:\s+(?:emanating|coming|originating))?\s+from)\s+`,
  'u',
);

/**
 * "regrettable that Russia ignored …", "interference of the US Embassy", "a unilateral decision of the
 * Chilean government": the party right after the word (and a noun of its act) and "that", "of" or "by".
 */
export function judgedAfter(c: Ctx, s: Sentence, end: number): Entity | undefined {
  const next = AFTER_WORD.exec(c.work.slice(end, s.end));
  if (!next) return ownerAfter(c, s, end);
  const at = end + next[0].length;
  const lead = /^(?:the\s+)?/.exec(c.work.slice(at, s.end))![0].length;
  const m = c.inRange(at, s.end, ['Person', 'Organization', 'Place'], true)[0];
  // (A person's nominal mention is one the text tied to him: "comments from the president".)
  if (m && (m.nominal ? m.entity.type === 'Person' && m.start <= at + lead : m.start === at + lead))
    return m.entity;
  // ("a decision of the Chilean government": after a noun of its act, a state by its adjective.)
  if (!next[1] && !next[2]) return undefined;
  const dem = /^(\p{Lu}\p{Ll}+)\s+\p{Ll}{3,}/u.exec(c.work.slice(at + lead, s.end));
  const country = dem ? demonymCountry(dem[1]!) : undefined;
  return country
    ? (c.idx.countryEntity(country) ?? c.countryByDemonym(country, at + lead, at + lead + dem![1]!.length))
    : undefined;
}

/** Right after a judging word (its quotation's close, an adverb): a possessor and its act. */
const OWNER_AFTER = /^[”"’]?,?\s+(?:the\s+)?/u;
const OWNED_DOER_ACT = new RegExp(
  String.raw`^['’]s\s+(?:(?:recent|latest|new|last|\p{Ll}+ly)\s+)?${DOER_ACT}\b`,
  'u',
);

/** "considers “regrettable” the Russian Federation's decision": the possessor of the act after the word. */
function ownerAfter(c: Ctx, s: Sentence, end: number): Entity | undefined {
  const lead = OWNER_AFTER.exec(c.work.slice(end, s.end));
  if (!lead) return undefined;
  const at = end + lead[0].length;
  const m = c.inRange(at, s.end, ['Person', 'Organization', 'Place'], true)[0];
  if (!m || m.start !== at || m.nominal) return undefined;
  return OWNED_DOER_ACT.test(c.work.slice(m.end, s.end)) ? m.entity : undefined;
}

/**
 * "Manila's “negative words”", "reveal US “hostile” policies": the name right before the quotation, its
 * possessor or the adjective of a noun that follows the quotation.
 */
function judgedPossessor(c: Ctx, open: number, close: number): Entity | undefined {
  const m = c.mentions.filter((x) => x.end <= open && x.end >= open - 4).pop();
  if (!m || m.nominal) return undefined;
  const between = c.work.slice(m.end, open);
  const owns =
    /^['’]s\s*$/.test(between) ||
    (/^\s*$/.test(between) && /^.\s*\p{Ll}{3,}/u.test(c.work.slice(close, close + 20)));
  return owns ? m.entity : undefined;
}

/**
 * Whether a quotation's text before its judging word lets the word open it: a few words ("grave ", "deeply
 * "), no verb ("was informed about the unacceptable …" is a clause, not a noun's).
 */
function opensWithWord(lead: string): boolean {
  return lead.length < 25 && !/\b(?:is|are|was|were|be|been|being|has|have|had)\s|\p{Ll}ed\s/u.test(lead);
}

/** The speaker's own verb of condemning in the quotation: "We strongly condemn …", "I reject …". */
const OWN_VERB = new RegExp(
  String.raw`\b(?:[Ww]e|I)\s+(?:(?:\p{Ll}+ly|also|firmly|once again)\s+){0,2}(?:(${CONDEMN_BASE}|reject)|(accuse))\b`,
  'gu',
);
/** Nouns of an act whose doer follows "by", "of" or "from" ("the unwarranted comments by X"). */
const OWN_ACT = new RegExp(
  String.raw`^\s+(?:the\s+|any\s+|these\s+|this\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:${DOER_ACT}|insinuations?|moves?|attacks?|assertions?)\s+(?:(?:made|taken|issued)\s+)?(?:by|of|from)\s+`,
  'u',
);

/**
 * "“We strongly condemn the unwarranted comments by former Canadian minister X”", "“We condemn Russia's
 * decision”", "“We accuse Y of …”": the speaker's own verb in the quotation, its object the party named
 * right after it (or its possessor), or the doer of the act it names.
 */
function ownVerbTarget(c: Ctx, q: { start: number; end: number }, end: number): Entity | undefined {
  const lead = /^\s+(?:the\s+)?/.exec(c.work.slice(end, q.end))?.[0].length ?? 0;
  const first = c.inRange(end + lead, q.end, ['Person', 'Organization', 'Place'], true)[0];
  if (first && first.start === end + lead && !first.nominal) return first.entity;
  const act = OWN_ACT.exec(c.work.slice(end, q.end));
  if (!act) return undefined;
  const at = end + act[0].length;
  // (After a few title words: "by former Canadian minister X".)
  const m = c.inRange(at, Math.min(q.end, at + 60), ['Person', 'Organization', 'Place'], true)[0];
  if (!m || m.nominal || !/^(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/u.test(c.work.slice(at, m.start)))
    return undefined;
  return m.entity;
}

/** Which reading of a judged clause named the party. */
export type JudgedReading = 'act-doer' | 'subject' | 'owner' | 'after' | 'attributive' | 'adjective';

/**
 * The parties the judging word `word` at `at` condemns in sentence s, read one way for a quotation and for
 * reported speech (reported-stance.ts): the first reading whose parties are not all on the judge's side
 * (`own`: "“China is opposed to the US's illegal sanctions”" judges the owner of the act, not the speaker's
 * own state); `from` bounds the possessor's search, `start` is the judged clause's known start if any.
 */
export function judgedParties(
  c: Ctx,
  s: Sentence,
  at: number,
  word: string,
  from: number,
  own: (e: Entity) => boolean,
  start?: number,
): { targets: Entity[]; reading: JudgedReading } | undefined {
  const end = at + word.length;
  const readings: [JudgedReading, () => Entity[] | Entity | undefined][] = [
    ['act-doer', () => judgedActDoer(c, s, end)],
    ['subject', () => judgedSubject(c, s, at, start)],
    ['owner', () => judgedOwner(c, from, at, word)],
    ['after', () => judgedAfter(c, s, end)],
    ['attributive', () => judgedAttributive(c, s, at, end)],
    ['adjective', () => judgedAdjective(c, at)],
  ];
  for (const [reading, read] of readings) {
    const found = read();
    const targets = (Array.isArray(found) ? found : found ? [found] : []).filter((t) => !own(t));
    if (targets.length) return { targets, reading };
  }
  return undefined;
}

export function quoteStanceRelations(article: Ctx, known: RelOut[]): RelOut[] {
  const c = withQuotedMentions(article);
  const out: RelOut[] = [];
  const seen = new Set<string>();
  const add = (speaker: Entity, target: Entity, s: Sentence, rule: string, type = 'CRITICIZED') => {
    const key = `${speaker.id}|${type}|${target.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ source: speaker, type, target, date: null, evidence: [c.evidence(s)], rule });
  };
  for (const q of article.quotes) {
    const speaker = q.speaker;
    if (!speaker) continue;
    const own = ownSide(c, speaker, known);
    for (const v of matchesOf(OWN_VERB, c.work.slice(q.start, q.end))) {
      // ("We" is a body's or a state's voice; a person's "we" may be the government he serves.)
      if ((v[0][0] === 'I') !== (speaker.type === 'Person')) continue;
      const end = q.start + v.index + v[0].length;
      const s = c.sentenceAt(end);
      const target = ownVerbTarget(c, q, end);
      if (s && target && !own.has(target))
        add(speaker, target, s, 'relations/quote-stance:own-verb', v[2] ? 'ACCUSED' : 'CRITICIZED');
    }
    for (const j of matchesOf(JUDGING, c.work.slice(q.start, q.end))) {
      const at = q.start + j.index;
      const s = c.sentenceAt(at);
      if (!s) continue;
      const offSide = (t: Entity) => onOwnSide(c, own, t);
      const possessor = opensWithWord(c.work.slice(q.start, at))
        ? judgedPossessor(c, q.open, q.close)
        : undefined;
      const judged =
        possessor && !offSide(possessor)
          ? { targets: [possessor], reading: 'possessor' }
          : judgedParties(c, s, at, j[0], q.start, offSide);
      for (const t of judged?.targets ?? [])
        add(speaker, t, s, `relations/quote-stance:judged-${judged!.reading}`);
    }
  }
  return out;
}
