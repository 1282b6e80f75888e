// Who takes a stance when the stance verb's subject names no one (verbs.ts asks only then): a role
// phrase ("The spokeswoman criticised X", "the foreign minister accused X") is the person the text last
// introduced with that role, read as quotations' speakers are (quotes/role-coreference.ts); "they" is a
// coordinated subject of the sentence before ("Chile and Bolivia recalled … . They accused X"). Nothing is
// guessed from judging words: only the clause's subject position is read.
import type { Ctx } from '../context.js';
import type { Entity, Mention } from '../entities/index.js';
import { firstVerb, subjectOf } from '../clauses/subject.js';
import { personByRole, THE_ROLE } from '../quotes/role-coreference.js';
import { indexAt, type Sentence } from '../text.js';
import { matchesOf } from '../regex-matches.js';

/** Between a subject and its verb: auxiliaries, adverbs, a day. */
const GAP =
  /^(?:\s+(?:has|have|had|also|then|later|earlier|again|further|too|would|will|on \p{Lu}\p{Ll}+|\p{Ll}+ly))*\s+$/u;
/** The same gap at the end of a text. */
const TAIL =
  /(?:\s+(?:has|have|had|also|then|later|earlier|again|further|too|would|will|on \p{Lu}\p{Ll}+|\p{Ll}+ly))*\s*$/u;
/** Where a clause may open before its subject: the sentence's start, a comma, a conjunction. */
const OPENING = /(?:^|[,;:]\s*|\b(?:and|but|while|as|when|after|before)\s+)$/;

/** The role phrase that is the subject of the verb at `at`, read back from the verb. */
function roleSubject(c: Ctx, s: Sentence, at: number): Entity | undefined {
  const before = c.work.slice(s.start, at);
  // The last "the|this" that opens a clause, then a role phrase that reaches the verb.
  for (const m of matchesOf(/\b(?:the|this)\s/giu, before)) {
    if (!OPENING.test(before.slice(0, m.index))) continue;
    const role = THE_ROLE.exec(before.slice(m.index));
    if (!role || !GAP.test(before.slice(m.index + role[0].length) + ' ')) continue;
    const anchor = s.start + m.index;
    const persons = c.mentions.filter((x) => x.entity.type === 'Person');
    return (
      personByRole(c.work, persons, role[3]!, anchor, role[1], role[2] ?? '') ??
      bareApposition(c, persons, role[3]!, anchor)
    );
  }
  return undefined;
}

/** "X, spokeswoman for the ministry, …" (a role with no article): the last person so introduced. */
function bareApposition(c: Ctx, persons: Mention[], word: string, anchor: number): Entity | undefined {
  const head = /^spokes/i.test(word) ? 'spokes(?:wo)?man|spokesperson' : word.toLowerCase();
  const appo = new RegExp(String.raw`^,\s+(?:[\p{L}-]+\s+){0,3}?(?:${head})\b[^,;.\n]{0,80},`, 'iu');
  for (let j = persons.length - 1; j >= 0; j--) {
    const m = persons[j]!;
    if (m.end <= anchor && !m.nominal && appo.test(c.work.slice(m.end, m.end + 120))) return m.entity;
  }
  return undefined;
}

/** "they" as the verb's subject: the coordinated subject (two or more names) of the sentence before. */
function theySubject(c: Ctx, s: Sentence, at: number): Entity[] {
  const head = c.work.slice(s.start, at).replace(TAIL, '');
  if (!/(?:^|[,;]\s*|\band\s+)[Tt]hey$/.test(head)) return [];
  const si = indexAt(c.sents, s.start);
  const prev = si > 0 ? c.sents[si - 1] : undefined;
  if (!prev) return [];
  const v = firstVerb(c, prev, prev.end);
  const np = v !== undefined ? subjectOf(c, prev, v) : undefined;
  return np && np.entities.length >= 2 ? np.entities : [];
}

/** The stance-taker of the verb at `at` whose subject phrase named no entity, or none. */
export function unnamedStanceSubject(c: Ctx, s: Sentence, at: number): Entity[] {
  const role = roleSubject(c, s, at);
  if (role) return [role];
  return theySubject(c, s, at);
}
