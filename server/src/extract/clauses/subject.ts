// The subject of a verb: the noun phrase before it in its clause, reached past auxiliaries, adverbs,
// dates, brackets and appositions ("Ken Salazar, along with 16 other envoys, presented"), past a
// control verb ("Algeria decided to recall"), through a relative clause ("the junta that took over the
// government in Niger has ordered": the junta, of Niger); coordinated subjects are a list ("Jordan, Chile
// and Colombia have recalled"), and so are companions named between commas ("The Czech Republic, along
// with Slovakia and Bulgaria, expelled": subject-companions.ts). A participle clause takes the main clause's
// subject ("Iran protested by summoning …"). What stands between a subject and its verb, and a head-noun
// phrase read leftwards, are in before-verb.ts.
import type { Ctx } from '../context.js';
import type { Entity, EntityType } from '../entities/index.js';
import { lexTags } from '../lexicon.js';
import type { Sentence } from '../text.js';
import { withCompanions } from './subject-companions.js';
import { afterFrontedPhrase } from './fronted-phrase.js';
import { personAfterHonorific } from './honorific-names.js';
import { headBefore, skipBack } from './before-verb.js';
import {
  BODY_HEAD,
  listBefore,
  mentionEndingAt,
  roleHead,
  type NounPhrase,
  type Owner,
} from './noun-phrase.js';
import { matchesOf } from '../regex-matches.js';
import {
  QUOTE_SPEECH_BEFORE,
  REPORTING_THAT,
  SAYING_AFTER_SUBJECT,
  sayingAlternation,
} from '../saying-verbs.js';

/** A verb of saying, perhaps "on Monday" or "in a statement", then "that" and the clause up to here. */
const SAID_THAT_BEFORE = new RegExp(
  String.raw`\b(?:${sayingAlternation(REPORTING_THAT)})\b(?:\s+(?:on|in)\s+[^,;]{0,40}?)?\s+that\b[^;]*$`,
);

const PREP_TAIL =
  /\b(?:in|at|to|with|for|against|on|by|over|about|into|between|among|during|under|near|across|within|without|of|from)\s+(?:the\s+)?$/;
/** A group of states, then the states it names, up to the verb: "19 countries, including A, B and C, have ". */
const GROUP_NAMING =
  /\b(?:countries|states|nations|governments|allies|partners)\s*,?\s+(?:including|among them|such as|notably|namely)\s+([^;:()"“”]{2,300}?)(\s*,?\s*(?:(?:have|has|had|will|would|also|all|each|jointly|together|then|later|now)\s+)*)$/u;
/** The group opens its sentence: a few words before it, no verb or preposition ("At least 19", "Several European"). */
const opensSentence = (lead: string) =>
  /^\s*(?:[\p{L}\d.'’-]+\s+){0,5}$/u.test(lead) &&
  !lead
    .toLowerCase()
    .replace(/\b(?:at least|more than|as many as|up to)\s+/g, '')
    .split(/\s+/)
    .some(
      (w) =>
        isVerbWord(w) ||
        /^(?:with|to|from|against|on|for|by|of|among|between|than|like|after|before|over|in|at)$/.test(w),
    );
/** A verb of saying or of a stance in words ("blamed", "accused", "called"): the reporter's own act. */
const SPEECH_ACT = new Set([...QUOTE_SPEECH_BEFORE, 'blamed', 'blames']);
/**
 * A reporting verb whose complement clause runs up to here ("He said Poland had violated the law"): the
 * verb (group 1), then "that" or not, then a subject (a capital, an article, a pronoun) and more words.
 */
const REPORTED_CLAUSE = new RegExp(
  String.raw`\b(${[...new Set([...REPORTING_THAT, ...SAYING_AFTER_SUBJECT])].join('|')})\b(?:\s+that)?\s+(?:\p{Lu}|(?:the|a|an|its|his|her|their|it|he|she|they)\s)[^;:"“”]*?\s\p{Ll}{3,}\s[^;:"“”]*$`,
  'u',
);
const REL = /\b(?:that|which|who)\b(?![^,]*\b(?:that|which|who)\b)/;
const INTENT =
  /['’]s?\s+(?:\p{Ll}+\s+)?(?:decision|move|plan|order|bid|threat|call|intention|attempt|refusal|determination|readiness|announcement)\s+to\s+$/u;
/** "the decision by Moscow to", "a move by the EU to": a noun of intent, its agent after "by" (group 1). */
const INTENT_BY =
  /\b(?:decision|move|plan|order|bid|threat|call|attempt|announcement)\s+by\s+((?:the\s+)?\p{Lu}[^,;:.()]{0,60}?)\s+to\s+$/u;
const PARTICIPLE_LEAD =
  /(?:\b(?:by|after|before|while|when|in|for|on|upon|without|of|besides)|,)\s+(?:also\s+)?$/;

const isVerbWord = (w: string) =>
  /^\p{Ll}{3,}ed$/u.test(w) ||
  lexTags(w).some((t) => t === 'PastTense' || t === 'PresentTense' || t === 'Infinitive');

/**
 * A relative clause ending where a phrase starts: "that/which/who" and a verb after it ("the junta that
 * took over the government"). "said that the envoy" is a complement: its verb comes before "that".
 */
function relativeClause(before: string): RegExpExecArray | undefined {
  const rel = REL.exec(before);
  if (!rel) return undefined;
  if (SAID_THAT.test(before.slice(0, rel.index + rel[0].length))) return undefined;
  const prevWord = /(\p{Ll}+)\s+(?:\S+\s+){0,2}$/u.exec(before)?.[1];
  return prevWord && isVerbWord(prevWord) ? rel : undefined;
}
const SAID_THAT =
  /\b(?:said|says|say|announced|reported|confirmed|stated|added|noted|claimed|told \S+)\s+that$/;

/**
 * The subject noun phrase of the verb at `at` in sentence s: names (a list), a head with owners, or a
 * pronoun. Places named in prepositional phrases inside a head phrase become its owners ("the junta in
 * Niger").
 */
export function subjectOf(c: Ctx, s: Sentence, at: number): NounPhrase | undefined {
  return withCompanions(c, s, at, (pos) => subjectCore(c, s, pos)); // subject-companions.ts
}

function subjectCore(c: Ctx, s: Sentence, at: number): NounPhrase | undefined {
  // "Bulgaria's decision to expel", "Moscow's move to recall": the possessor of a noun of intent acts.
  const intent = INTENT.exec(c.work.slice(s.start, at));
  if (intent) {
    const m = mentionEndingAt(c, s.start, s.start + intent.index);
    if (m) return { start: m.start, end: m.end, entities: [m.entity], owners: [] };
  }
  const by = INTENT_BY.exec(c.work.slice(s.start, at));
  if (by) {
    // (The agent is one name, right before "to": "the decision by the Russian Foreign Ministry to".)
    const m = mentionEndingAt(
      c,
      s.start,
      s.start + by.index + by[0].length - /\s+to\s+$/.exec(by[0])![0].length,
    );
    if (m && m.start >= s.start + by.index + by[0].indexOf(by[1]!))
      return { start: m.start, end: m.end, entities: [m.entity], owners: [] };
  }
  // "At least 19 countries, including the U.S., Canada and Albania, have expelled", "European states,
  // among them Poland and Latvia, expelled": the states the group names act.
  const group = GROUP_NAMING.exec(c.work.slice(s.start, at));
  if (group && opensSentence(c.work.slice(s.start, s.start + group.index))) {
    const from = s.start + group.index + group[0].length - group[1]!.length - (group[2]?.length ?? 0);
    const named = c.inRange(from, from + group[1]!.length, ['Place']);
    if (named.length)
      return {
        start: named[0]!.start,
        end: named[named.length - 1]!.end,
        entities: [...new Set(named.map((m) => m.entity))],
        owners: [],
      };
  }
  let pos = skipBack(c, s.start, at);
  // "the second secretary of the embassy, David Bernstein, was expelled": the name set beside the role
  // (skipBack passed it as an aside) is the subject.
  const beside = besideRole(c, s, pos, at);
  if (beside) return { start: beside.start, end: beside.end, entities: [beside.entity], owners: [] };
  // A verb coordinated after a comma with the main clause: "Zakharova condemned the move, and accused
  // Washington of …", "X said Y had …, and criticised Z": the subject of the sentence's first verb.
  const commaAnd = /,\s+and$/.exec(c.work.slice(Math.max(s.start, pos - 8), pos));
  if (commaAnd) {
    const first = firstVerb(c, s, pos - commaAnd[0].length);
    const np = first !== undefined ? subjectOf(c, s, first) : undefined;
    if (np) return np;
  }
  // "He said Poland had violated the law and blamed Warsaw", "X says A is … and accuses B": a verb of saying
  // or of a stance in words coordinated after a reported clause is the reporter's act, not the act of the
  // reported clause's subject (the reporting verb's subject; not "Police said the gunman had entered the
  // building and opened fire", a verb of no speech).
  const bareAnd = /(?:^|[^,])\s+and$/.test(c.work.slice(Math.max(s.start, pos - 8), pos));
  if (bareAnd) {
    const verb = /^\p{Ll}+/u.exec(c.work.slice(at, at + 30))?.[0];
    const rep = verb && SPEECH_ACT.has(verb) ? REPORTED_CLAUSE.exec(c.work.slice(s.start, pos - 3)) : null;
    const np = rep && !c.inQuote(s.start + rep.index) ? subjectOf(c, s, s.start + rep.index) : undefined;
    if (np && (np.entities.length || np.pronoun)) return np;
  }
  // A second verb of the same subject: "Russia expelled 20 diplomats … and gave them 24 hours".
  if (bareAnd) {
    const e = c.subjectBefore(s.start, pos - 3, ['Place', 'Organization', 'Person']);
    return e ? { start: pos, end: pos, entities: [e], owners: [] } : undefined;
  }
  // A list set off by dashes after its head: "six Canadian diplomats — A, B, C — had been expelled".
  const dashed = /[—–]\s*([^—–]{3,400}?)\s*[—–]$/.exec(c.work.slice(s.start, pos));
  if (dashed) {
    const last = mentionEndingAt(c, s.start, pos - 1);
    if (last) {
      const items = listBefore(c, s.start, last);
      const dash = pos - dashed[0].length;
      const head = headBefore(c, s.start, skipBack(c, s.start, dash));
      return {
        start: items[0]!.start,
        end: last.end,
        entities: items.map((x) => x.entity),
        owners: head?.owners ?? [],
      };
    }
  }
  const ppPlaces: Owner[] = [];
  for (let hop = 0; hop < 4 && pos > s.start; hop++) {
    const seg = c.work.slice(s.start, pos);
    // "I", "we" inside a quotation whose speaker is known: the speaker (clause.ts referents).
    const pro =
      /\b(it|he|she|they)$/i.exec(seg) ?? (c.quoteAt(pos - 1)?.speaker ? /\b(I|[Ww]e)$/.exec(seg) : null);
    if (pro)
      return {
        start: pos - pro[1]!.length,
        end: pos,
        entities: [],
        owners: [],
        pronoun: pro[1]!.toLowerCase(),
      };
    const m = mentionEndingAt(c, s.start, pos);
    if (m) {
      // States and bodies may share a list closed by "and" ("The EU, the UK and Canada sanctioned"; not
      // "According to Al Jazeera, the Philippines accused").
      const mixed = m.entity.type === 'Person' ? [] : listBefore(c, s.start, m, ['Place', 'Organization']);
      const closed =
        mixed.length > 1 && /\band\b|&/.test(c.work.slice(mixed[mixed.length - 2]!.end, m.start));
      const items = closed ? mixed : listBefore(c, s.start, m);
      const first = items[0]!;
      const before = c.work.slice(s.start, first.start);
      // "In response to the expulsions by A, B and C, Russia expelled": the subject after the fronted phrase.
      const fronted = PREP_TAIL.test(before) ? afterFrontedPhrase(c, s, items) : undefined;
      if (fronted)
        return { start: fronted[0]!.start, end: m.end, entities: fronted.map((x) => x.entity), owners: [] };
      // "Ambassadors and representatives from the US, …, and Italy": the head, its owners the list.
      const of = /(\p{Ll}+)\s+(?:of|from)\s+(?:the\s+)?$/u.exec(before);
      if (of && m.entity.type !== 'Person') {
        const head = headBefore(c, s.start, first.start - (of[0].length - of[1]!.length));
        if (head)
          return {
            ...head,
            end: pos,
            owners: items.map((x) => ({ entity: x.entity, start: x.start, end: x.end })),
          };
      }
      if (PREP_TAIL.test(before)) {
        if (m.entity.type === 'Place') ppPlaces.push({ entity: m.entity, start: m.start, end: m.end });
        pos = skipBack(c, s.start, s.start + before.search(PREP_TAIL));
        // A participle before the phrase modifies the noun before it: "the ambassador appointed in Tehran".
        const part = /\s+\p{Ll}{3,}(?:ed|en)\s*$/u.exec(c.work.slice(s.start, pos));
        if (part) pos -= part[0].length;
        continue;
      }
      const rel = relativeClause(before);
      if (rel) {
        pos = skipBack(c, s.start, s.start + rel.index);
        continue;
      }
      // "the ambassador", "The Russian envoy": a role phrase matched to a person, not a name.
      const role =
        items.length === 1 &&
        // (not /…|^\p{Ll}/iu: with the i flag \p{Ll} matches capitals too, so every name was a role)
        (/^(?:the|a|an|its|his|her|their)\s/i.test(c.work.slice(m.start, m.end)) ||
          /^\p{Ll}/u.test(c.work.slice(m.start, m.end)));
      const head = role ? roleHead(c.work.slice(m.start, m.end)) : undefined;
      return { start: first.start, end: m.end, entities: items.map((x) => x.entity), owners: [], role, head };
    }
    const head = headBefore(c, s.start, pos);
    if (head) {
      const before = c.work.slice(s.start, head.start);
      const rel = relativeClause(before);
      if (rel) {
        pos = skipBack(c, s.start, s.start + rel.index);
        continue;
      }
      if (!head.owners.length && BODY_HEAD.test(head.head!)) head.owners.push(...ppPlaces.slice(0, 1));
      return head;
    }
    // A relative clause between the subject and the verb: "the junta that took over … has ordered".
    const rel = REL.exec(seg);
    // "X reported that Jordan recalled …": "that" after a verb opens a complement, not a relative clause.
    if (rel && rel.index > 0 && !isVerbWord(/(\p{Ll}+)\s*$/u.exec(seg.slice(0, rel.index))?.[1] ?? '')) {
      pos = skipBack(c, s.start, s.start + rel.index);
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** A person named between commas right after a lower-case role word, from pos to the verb at `at`. */
function besideRole(c: Ctx, s: Sentence, pos: number, at: number) {
  const appo = /^,\s+([^,;]{3,60}?),/.exec(c.work.slice(pos, at));
  const word = /(\p{Ll}+)$/u.exec(c.work.slice(s.start, pos))?.[1];
  if (!appo || !word || isVerbWord(word) || /^(?:and|or|but|that|which|who|said|says)$/.test(word))
    return undefined;
  const at0 = pos + appo[0].indexOf(appo[1]!);
  // (An honorific may open the name: "The Governor-General, Dame X,"; honorific-names.ts.)
  const m = personAfterHonorific(c, at0, at0 + appo[1]!.length);
  return m && m.end === at0 + appo[1]!.length ? m : undefined;
}

const NOT_MAIN_VERB =
  /^(?:has|have|had|was|were|is|are|be|been|being|will|would|shall|should|could|can|may|might|must|did|does|do|that|this|these|those|the)$/;

/** Where the first finite verb of sentence s starts (from `from`, before `limit`, outside asides), by the lexicon. */
export function firstVerb(c: Ctx, s: Sentence, limit: number, from = s.start): number | undefined {
  for (const w of matchesOf(/\b\p{Ll}{3,}\b/gu, c.work.slice(from, limit))) {
    const at = from + w.index;
    if (NOT_MAIN_VERB.test(w[0]) || /ing$/.test(w[0]) || c.inAside(at) || c.inQuote(at)) continue;
    if (isVerbWord(w[0]) || (w[0] === 'left' && LEFT_PLACE.test(c.work.slice(at + 4, at + 12)))) return at;
  }
  return undefined;
}

/** "left" as a verb (the lexicon reads it an adjective): an object after it ("left the country", "left Oslo"). */
const LEFT_PLACE = /^\s+(?:the\s+|\p{Lu})/u;

/** Whether the verb at `at` heads a participle clause ("by summoning", "after recalling", ", announcing"). */
export function isParticipleClause(c: Ctx, s: Sentence, at: number, end: number): boolean {
  return (
    /ing$/.test(c.work.slice(at, end).split(/\s/)[0]!) && PARTICIPLE_LEAD.test(c.work.slice(s.start, at))
  );
}

/**
 * The subject phrase of the main clause a reduced clause at `at` hangs on, named or not: the subject of the
 * sentence's first verb before it ("Two Russian diplomats left Norway after being expelled"), or, when the
 * reduced clause opens the sentence ("Having been declared persona non grata, two Iranian diplomats left"),
 * of the first verb after its comma. Nothing when that verb has no subject phrase.
 */
export function mainClausePhrase(c: Ctx, s: Sentence, at: number, end = at): NounPhrase | undefined {
  const fronted = /^\W*\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2}\s+$/u.test(c.work.slice(s.start, at));
  const comma = fronted ? c.work.indexOf(',', end) : -1;
  const v =
    comma >= 0 && comma < s.end
      ? firstVerb(c, s, s.end, comma + 1)
      : fronted
        ? undefined
        : firstVerb(c, s, at);
  const np = v !== undefined ? subjectOf(c, s, v) : undefined;
  return np && (np.entities.length || np.head || np.pronoun) ? np : undefined;
}

/** The main clause's subject for a participle clause: the nearest subject-like entity before `at`. */
export function mainSubject(c: Ctx, s: Sentence, at: number, types: EntityType[]): NounPhrase | undefined {
  const e = c.subjectBefore(s.start, at, types);
  return e ? { start: at, end: at, entities: [e], owners: [] } : undefined;
}

/**
 * Who reports the clause at `at` when it is the complement of a verb of saying ("the ministry said
 * that X had been recalled", "Y announced that …"): the reporting verb's subject, or, for a person who
 * speaks for a body ("Foreign Ministry spokeswoman X said"), that body.
 */
export function reporterOf(c: Ctx, s: Sentence, at: number): Entity | undefined {
  const before = c.work.slice(s.start, at);
  const m = SAID_THAT_BEFORE.exec(before);
  if (!m) return undefined;
  const np = subjectOf(c, s, s.start + m.index);
  const e = np?.entities[0];
  if (!e) return undefined;
  if (e.type !== 'Person') return e;
  return c.idx.roleLinks.find((l) => l.person === e)?.org;
}
