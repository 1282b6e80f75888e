// A verb's clause: where it ends, whether the verb is passive, its object and its agent ("by X"), and
// the entities a noun phrase stands for (names; a role resolved to the envoy the article names; the
// country of a demonym or a possessor; "it", "he", "she").
import type { Ctx } from '../context.js';
import type { Entity, EntityType } from '../entities/index.js';
import { INDEFINITE_BEFORE, INDEFINITE_OPENING, type Sentence } from '../text.js';
import { itAntecedent } from './antecedent.js';
import { apposedNameEnds } from './set-off-names.js';
import { BODY_HEAD, ENVOY_HEAD, ownerEntity, phraseAt, type NounPhrase } from './noun-phrase.js';

const CLAUSE_END =
  /;|\s[—–]\s(?![^—–]*[—–])|\b(?:after|before|while|but|because|amid|when|since|although|whereas|saying|said|says|which|who|where|so that|in order to|to protest|in protest|in retaliation|in response|over(?!\s+(?:\d|(?:a dozen|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred)\b))|for)\b|,\s+(?:and\s+)?(?:the|a|it|he|she|they|its)\s+\p{Ll}+\s+(?:has|have|had|was|were|is|are|will|would|said)\b/u;

/** The end of the clause a verb ending at `end` opens: the first clause boundary after it. */
export function clauseEnd(c: Ctx, s: Sentence, end: number): number {
  const m = CLAUSE_END.exec(c.work.slice(end, s.end));
  return m ? end + m.index : s.end;
}

/** A passive verb: "was expelled", "were also ordered to leave", "had been recalled", "are to be expelled". */
export function isPassive(c: Ctx, s: Sentence, at: number, end = at): boolean {
  if (/ing$/.test(c.work.slice(at, end).split(/\s/)[0]!)) return false;
  if (
    /\bamong (?:those|the people|the officials|the diplomats)\s+$/.test(
      c.work.slice(Math.max(s.start, at - 30), at),
    )
  )
    return true;
  return /\b(?:was|were|been|being|be|is|are|am|get|got|gets)\s+(?:\p{Ll}+ly\s+|also\s+|not\s+|then\s+|now\s+|later\s+|earlier\s+|again\s+|all\s+|both\s+|today\s+|yesterday\s+|(?:on|last|this)\s+\p{Lu}\p{Ll}+\s+)*$/iu.test(
    c.work.slice(Math.max(s.start, at - 40), at),
  );
}

/** The direct object: the noun phrase right after the verb (within its clause). */
export function objectOf(
  c: Ctx,
  s: Sentence,
  end: number,
  limit = clauseEnd(c, s, end),
): NounPhrase | undefined {
  return phraseAt(c, end, limit, s.end);
}

const REPORT_ASIDE =
  /,\s+(?:\S+\s+){0,3}?(?:reports?|reported|said|says|writes|wrote|according\s+to|citing)\b/;

/** The agent of a passive verb: "by X" right after it (one word may come between). */
/** "by", after a word ("warmly by") or a place or time ("received at the airport by", "on Monday by"). */
export const AGENT_BY = /^\s+(?:\S+\s+)?(?:(?:at|in|on|upon)\s+(?:[^\s,;.:]+\s+){1,4}?)?by\s+/;

export function agentOf(c: Ctx, s: Sentence, end: number, prep = AGENT_BY): NounPhrase | undefined {
  const m = prep.exec(c.work.slice(end, s.end));
  if (!m) return undefined;
  const at = end + m[0].length;
  // "summoned to the Foreign Ministry, UNN reports": the source's attribution is no part of the agent.
  const source = REPORT_ASIDE.exec(c.work.slice(at, s.end));
  return phraseAt(c, at, source ? at + source.index : s.end);
}

/**
 * Who "I" or "we" is inside a quotation whose speaker is known: "I" the speaking person; "we" the
 * speaking body or state, or a speaking person's country.
 */
export function firstPerson(c: Ctx, pos: number, pronoun: string): Entity | undefined {
  const speaker = c.quoteAt(pos)?.speaker;
  if (!speaker) return undefined;
  if (pronoun === 'i') return speaker.type === 'Person' ? speaker : undefined;
  if (speaker.type !== 'Person') return speaker;
  return speaker.nationality ? c.idx.countryEntity(speaker.nationality) : undefined;
}

/** The one person the article names as an envoy of that origin (any origin when none is given). */
export function namedEnvoy(c: Ctx, origin?: Entity, strict = false): Entity | undefined {
  const cands = c.idx.entities.filter(
    (e) =>
      e.type === 'Person' &&
      e.envoy &&
      !/\b(?:deputy|acting|charg)/i.test(e.title ?? '') &&
      (!origin || (!strict && !e.envoy.origin) || e.envoy.origin === origin.name),
  );
  return cands.length === 1 ? cands[0] : undefined;
}

/** Whether a phrase is indefinite (its determiner may lie just before where the phrase was read from). */
export function indefinite(c: Ctx, start: number, end: number): boolean {
  return (
    INDEFINITE_OPENING.test(c.work.slice(start, end)) ||
    INDEFINITE_BEFORE.test(c.work.slice(Math.max(0, start - 10), start))
  );
}

/**
 * The entities a phrase stands for, of the given types: its names; for a role with no name, the envoy
 * the article names (when `envoys`) or else its owners; "it" the organisation or state last named as a
 * subject; "he"/"she" the person last named.
 */
export function referents(
  c: Ctx,
  np: NounPhrase | undefined,
  types: EntityType[],
  opts: { envoys?: boolean; at?: number } = {},
): Entity[] {
  if (!np) return [];
  if (np.pronoun) {
    const at = opts.at ?? np.start;
    if (np.pronoun === 'he' || np.pronoun === 'she') {
      // A subject "he" after a sentence "he" opened stands for the same person ("He met A. He also met B").
      const p = np.objectPronoun ? c.lastPersonBefore(at) : c.lastPersonBefore(at, np.pronoun);
      if (np.objectPronoun && p && c.quoteAt(np.start)?.speaker === p) return [];
      return p && types.includes('Person') ? [p] : [];
    }
    if (np.pronoun === 'i' || np.pronoun === 'we') {
      const who = firstPerson(c, np.start, np.pronoun);
      return who && types.includes(who.type) ? [who] : [];
    }
    if (np.pronoun === 'it') {
      const a = itAntecedent(c, np.start);
      if (a) return types.includes(a.type) ? [a] : [];
      const m = c.mentions
        .filter((x) => x.end <= at && x.entity.type !== 'Person' && !c.inAside(x.start))
        .pop();
      return m && types.includes(m.entity.type) ? [m.entity] : [];
    }
    return [];
  }
  if (np.entities.length) return np.entities.filter((e) => types.includes(e.type));
  // "his government": the country of the person last named.
  if (np.head && BODY_HEAD.test(np.head) && (np.ownerPronoun === 'his' || np.ownerPronoun === 'her')) {
    const p = c.lastPersonBefore(np.start);
    const country = p?.nationality ? c.idx.countryEntity(p.nationality) : undefined;
    return country && types.includes('Place') ? [country] : [];
  }
  // "Turkey's deputy ambassador, Onur Sen,": a role given a name the article does not know as a person.
  const named = /^,\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}-]+){1,3})\s*[,.]/u.exec(
    c.work.slice(np.end, np.end + 60),
  );
  if (
    np.head &&
    ENVOY_HEAD.test(np.head) &&
    named &&
    !c.inRange(np.end, np.end + named[0].length, ['Person'], true).length
  )
    return [];
  // "the Russian ambassador to the country, Mikhail Ulyanov,": the name set beside the role is the envoy.
  const beside = /^(?:\s+(?:to|in|at)\s+(?:the\s+)?[\p{L}.'’ -]{1,40}?)?,\s+/u.exec(
    c.work.slice(np.end, np.end + 60),
  );
  const appo =
    beside && !np.deputy && np.head && ENVOY_HEAD.test(np.head) && !/s$/.test(np.head)
      ? c.inRange(np.end + beside[0].length, np.end + beside[0].length + 60, ['Person'])[0]
      : undefined;
  // (Not a name a verb follows: "met the envoy, X said later" — X is the next clause's subject.)
  if (
    appo &&
    appo.start === np.end + beside![0].length &&
    types.includes('Person') &&
    apposedNameEnds(c.work.slice(appo.end, appo.end + 12))
  )
    return [appo.entity];
  const bare = !np.possessed && /^(?:the\s+)?\S+$/i.test(c.work.slice(np.start, np.end));
  if (
    opts.envoys &&
    !np.deputy &&
    !indefinite(c, np.start, np.end) &&
    np.head &&
    ENVOY_HEAD.test(np.head) &&
    !/s$/.test(np.head) &&
    (np.owners.length === 1 || bare)
  ) {
    const owner = np.owners[0] ? ownerEntity(c, np.owners[0]) : undefined;
    const named = namedEnvoy(c, owner);
    if (named && types.includes('Person')) return [named];
  }
  // The members of a union act, not the union: "14 EU countries".
  if (np.head && /^(?:countries|states|nations|allies)$/.test(np.head)) return [];
  return np.owners.map((o) => ownerEntity(c, o)).filter((e) => types.includes(e.type));
}
