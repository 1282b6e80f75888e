// Formal statements (a `statement` event of the issuer): "X said in a (written) statement" (also "said the
// South Korean Foreign Ministry in a statement"), "according to the ministry's statement", a readout, "In a
// statement on Monday, X said …", "In his departure statement, X said", "a X statement said", "according to a
// statement of/from X", "X issued (adopted) a statement", "A and B issued a joint statement" (both), "the
// statement, signed by <title> X", "the statement said" (the statement just told). Press conferences,
// briefings, tweets and posts are no statements. The issuer is read from the clause: the subject of the verb of
// saying, or the body a spokesperson speaks for ("a spokeswoman for the Austrian Foreign Ministry"), or the
// body "the ministry" opening the sentence stands for (the last one named whose name holds the word), or that
// a lower-case kind stands for wherever the phrase puts it (statement-body-nouns.ts).
import { mentionAt, mentionEndingAt, phraseAt } from '../clauses/noun-phrase.js';
import { SAY, speakerOf } from '../clauses/speech.js';
import { subjectOf } from '../clauses/subject.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { matchesOf } from '../regex-matches.js';
import type { Sentence } from '../text.js';
import { actorOf, actorsOf, ANY } from './parties.js';
import type { EventRule } from './hit.js';
import { theTwo, twoStatesBefore } from './meeting-sides.js';
import {
  BODY_NOUNS,
  bodyBefore,
  bodyNounEnding,
  bodyNounOpening,
  bodyOfKind,
} from './statement-body-nouns.js';

const lastIssuer = new WeakMap<Ctx, Entity>();
/** What a statement does in the sentence that tells it: "the statement said", "… called on", "… urged". */
const OWN_VERB =
  /^(?:\s*,[^,;.]{1,60},)?\s+(?:(?:also|further|then|later|again)\s+)?(?:said|says|reads|read|added|noted|stated|called|calls|urged|urges|stressed|stresses|emphasi[sz]ed|underlined|condemned|condemns|described|expressed|warned|warns|accused|demanded|declared|reiterated|affirmed|insisted|denied|welcomed|pointed out)\b/;
/** "issued a statement", "issued the following statement", "released its statement". */
const ISSUED =
  /\b(?:issued|released|published|put out|made|gave|adopted|signed)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** "X said in a (written) statement": a verb of saying, then "in a …" ending before the noun (built once). */
const SAID_IN = new RegExp(
  String.raw`\b${SAY}\b(?:\s+\S+){0,6}?\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}$`,
  'u',
);
/** A verb of saying right after the issuer's phrase ("a statement from X said"). */
const SAID_NEXT = /^\s*,?\s+(?:said|says|reads|read|added|noted|stated)\b/;
/** "said the ministry in a statement": the verb opening an inverted attribution. */
const SAY_INVERTED = new RegExp(String.raw`^${SAY}\s+(?:the\s+)?`);
/** The first verb of saying. */
const SAY_FIRST = new RegExp(String.raw`\b${SAY}\b`);
/** Every verb of saying (matched through matchesOf, which leaves it as it was). */
const SAY_EVERY = new RegExp(String.raw`\b${SAY}\b`, 'g');

export const statement: EventRule = {
  id: 'events/statements:statement',
  type: 'statement',
  re: /\b(?:statement|press release|release|communiqu[ée]|readout)\b/g,
  run(h) {
    const { c, s, at, end } = h;
    const before = c.work.slice(s.start, at);
    const after = c.work.slice(end, s.end);
    let issuer: Entity | undefined;
    /** "In a joint statement, A and B …": every issuer of it. */
    let joint: Entity[] = [];
    /** "according to a statement" with no issuer after it. */
    let unnamed = false;
    const saidIn = SAID_IN.exec(before);
    const fronted = /\b[Ii]n\s+(?:a|an|its|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/u.exec(before);
    const according = /\baccording\s+(?:to\s+)?(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu.exec(before);
    // "according to the ministry's statement": the possessor is the issuer.
    const accordingOwner = according
      ? undefined
      : /\baccording\s+to\s+(?:the\s+)?(.+?)['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/iu.exec(before);
    const own = OWN_VERB.test(after);
    // "a statement from the ministry said", "the statement by X reads": the issuer after the noun.
    const from = /^\s+(?:from|by|of|issued by)\s+(?:the\s+)?/.exec(after);
    const fromPhrase = from && !according ? phraseAt(c, end + from[0].length, s.end) : undefined;
    const fromSaid = fromPhrase && SAID_NEXT.test(c.work.slice(fromPhrase.end, s.end));
    if (saidIn) {
      // "X said in a statement", "said the ministry in a statement".
      issuer = speakerOf(c, s, s.start + saidIn.index);
      const inverted = SAY_INVERTED.exec(c.work.slice(s.start + saidIn.index, at));
      if (!issuer && inverted)
        issuer = actorsOf(c, phraseAt(c, s.start + saidIn.index + inverted[0].length, at), ANY)[0];
      // "…, the Treasury Department said in a statement": the name between the comma and the verb.
      issuer ??= afterComma(c, s, s.start + saidIn.index);
      // "…," the ministry said in a statement: the body so called, named before.
      issuer ??= bodyNounEnding(c, before.slice(0, saidIn.index), s.start + saidIn.index);
    } else if (fromSaid) {
      issuer = actorsOf(c, fromPhrase, ANY)[0];
    } else if (fronted) {
      // "In a statement on Monday night, India's foreign ministry said …": the next verb of saying.
      const verb = SAY_FIRST.exec(after);
      if (verb) issuer = speakerOf(c, s, end + verb.index);
      // "In a joint statement, A and B condemned …": the subject after the fronted phrase.
      const comma = /^[^,;]{0,60},\s*/.exec(after);
      if (!issuer && comma && fronted.index === 0) {
        joint = actorsOf(c, phraseAt(c, end + comma[0].length, s.end), ANY);
        // "In a joint statement, the two countries said …": the two last named.
        if (!joint.length) joint = theTwoSides(c, c.work.slice(end + comma[0].length, s.end), at);
        issuer = joint[0];
      }
    } else if (accordingOwner) {
      const m = mentionEndingAt(
        c,
        s.start,
        at - (before.length - before.search(/['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u)),
      );
      if (m) issuer = actorOf(c, m.entity);
    } else if (according) {
      const of = /^\s+(?:of|from|by|issued by)\s+(?:the\s+)?/.exec(after);
      if (of) issuer = actorsOf(c, phraseAt(c, end + of[0].length, s.end), ANY)[0];
      else unnamed = true;
    } else if (own) {
      // "a Nigerien Foreign Ministry statement said"; "the statement said": the statement just told.
      const m = mentionEndingAt(c, s.start, at);
      const poss = /['’]s?\s+(?:\p{Ll}+\s+)?$/u.exec(before);
      const owner = poss ? mentionEndingAt(c, s.start, at - poss[0].length) : undefined;
      if (m && /^\s*$/.test(c.work.slice(m.end, at))) issuer = m.entity;
      // "the ministry's statement said", "Russia's foreign ministry statement said".
      else if (owner) issuer = owner.entity;
      else if (/\b(?:the|its|their)\s+(?:(?:joint|written|official|brief|latest)\s+)?$/i.test(before))
        issuer = lastIssuer.get(c) ?? lastSayer(c, s) ?? bodyBefore(c, at);
    } else if (ISSUED.test(before)) {
      const issuers = actorsOf(c, subjectOf(c, s, s.start + before.search(ISSUED)), ANY);
      issuer = issuers[0];
      // "A and B issued a joint statement": each subject issued it.
      if (issuers.length > 1 && /\bjoint\s+$/.test(before)) joint = issuers;
      // "The two ministers issued a joint statement": the two last named.
      if (!issuer && /\bjoint\s+$/.test(before)) {
        joint = theTwoSides(c, before.replace(/^[^,;]{0,60},\s*/, ''), at);
        issuer = joint[0];
      }
    }
    issuer ??= looserIssuer(c, s, at, end, before, after);
    // "The ministry said in a statement", "The embassy, in a statement, said": the body so called.
    if (!issuer && (saidIn || fronted)) issuer = nominalBody(c, s);
    // "according to an official statement", "… a statement published on the ministry's website": a
    // statement that names no issuer is the one just told ("according to the statement"), else the body
    // or state acting in the text before.
    if (!issuer && unnamed)
      issuer =
        (/\bthe\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) ? lastIssuer.get(c) : undefined) ??
        bodyBefore(c, at);
    if (!issuer) return;
    lastIssuer.set(c, issuer);
    h.event({
      participants: (joint.length ? joint : [issuer]).map((e) => ({ entity: e, role: 'speaker' })),
      main: issuer,
      key: `statement:${issuer.id}>*`,
    });
  },
};

/**
 * "the two countries" (the last two states or bodies named before pos), "the two ministers" (the last two
 * persons): the sides a joint statement is of, when `text` opens with such a phrase.
 */
function theTwoSides(c: Ctx, text: string, pos: number): Entity[] {
  const m = /^\s*[Tt]he\s+two\s+(\p{L}+)/u.exec(text);
  if (!m) return [];
  if (/^(?:countries|nations|states|governments|neighbou?rs|capitals|sides)$/.test(m[1]!)) {
    const states = twoStatesBefore(c, pos);
    if (states.length === 2 || m[1] !== 'sides') return states;
  }
  return /^(?:leaders|ministers|presidents|men|women|sides|heads|premiers|diplomats)$/.test(m[1]!)
    ? theTwo(c, pos)
    : [];
}

/** A body named by its kind alone opening the sentence (after a fronted adverbial): "The ministry …". */
const BODY_NOUN = new RegExp(
  String.raw`^(?:[^,;]{0,40},\s*)?(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?(${BODY_NOUNS.join('|')})\b`,
  'u',
);

/**
 * The body "the ministry" opening the sentence stands for (statement-body-nouns.ts bodyOfKind). Nothing
 * when the phrase names an entity itself.
 */
function nominalBody(c: Ctx, s: Sentence): Entity | undefined {
  const m = BODY_NOUN.exec(c.work.slice(s.start, s.end));
  if (!m || c.inRange(s.start, s.start + m[0].length, undefined, true).length) return undefined;
  return bodyOfKind(c, m[1]!, s.start);
}

/** The body or person named between a comma and the verb at `at` (", the ministry said"). */
function afterComma(c: Ctx, s: Sentence, at: number): Entity | undefined {
  const m = mentionEndingAt(c, s.start, s.start + c.work.slice(s.start, at).trimEnd().length);
  if (!m || !/,\s*(?:the\s+)?$/i.test(c.work.slice(s.start, m.start))) return undefined;
  return actorOf(c, m.entity);
}

/** The body that last "said" something in the three sentences before s (for "the statement said"). */
function lastSayer(c: Ctx, s: Sentence): Entity | undefined {
  const i = c.sents.indexOf(s);
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const prev = c.sents[j]!;
    let found: Entity | undefined;
    for (const m of matchesOf(SAY_EVERY, c.work.slice(prev.start, prev.end))) {
      if (c.inQuote(prev.start + m.index)) continue;
      const e = actorsOf(c, subjectOf(c, prev, prev.start + m.index), ['Organization', 'Place'])[0];
      if (e) found = e;
    }
    if (found) return found;
  }
  return undefined;
}

/** Lower-case role words (and "of/for the") before the name of who issued a statement. */
const ROLE_GAP =
  /^(?:(?:a|an|its|his|her|their)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}(?:spokes(?:man|woman|person)|press\s+(?:secretary|office|service)|head|chief|director|secretary|minister|representative)(?:\s+(?:of|for)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s*,\s*)?|\s*,?\s*)$/u;
const ANY_ACTOR: Entity['type'][] = ['Person', 'Organization', 'Place'];

/**
 * The issuer when none of the shapes above holds (`events/statements:statement`, looser readings): the
 * phrase after "issued/released/published by" or "from" whatever verb follows ("the statement issued by
 * X on Monday said", "a statement released by X called"); the name or possessor right before the noun
 * ("X's statement called", "a X statement on Monday called"); for "in a/its statement" the subject of the
 * sentence before it ("X condemned the move in a statement", "X, in its statement, called").
 */
function looserIssuer(
  c: Ctx,
  s: Sentence,
  at: number,
  end: number,
  before: string,
  after: string,
): Entity | undefined {
  // "issued Tuesday by", "released on Monday by": a time between the verb and "by".
  // "a statement to this effect was issued by X", "a statement on the row was released by X": a short
  // phrase of what it is about may stand between the noun and the verb.
  const by =
    /^(?:\s+(?:to|on|about|over|regarding|concerning)\s+(?:this|that|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+(?=\s+(?:was|were|has|had|is)\b))?\s*,?\s+(?:(?:(?:was|were|has been|had been|is|being)\s+)?(?:issued|released|published|put out|posted|signed)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s+by|by|from|of)\s+(?:the\s+)?/u.exec(
      after,
    );
  if (by) {
    // A name, not the owner of a role ("by the UK Foreign Secretary": the secretary, whom a rule must name).
    const from = end + by[0].length;
    const m = mentionAt(c, from, s.end);
    if (m && m.start === from && !/^\s+\p{Lu}/u.test(c.work.slice(m.end, m.end + 3)))
      return actorOf(c, m.entity);
    // "signed by Foreign Minister X", "issued by UK Foreign Secretary X": the person the title names.
    // (Not "the statement of President X": a remark, not a statement issued.)
    const titled = /\bby\s/.test(by[0])
      ? /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}/u.exec(c.work.slice(from, s.end))
      : null;
    const named = titled ? c.inRange(from, from + titled[0].length + 1, ['Person'], true)[0] : undefined;
    if (named && /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}$/u.test(c.work.slice(from, named.start)))
      return named.entity;
    // "a statement issued by the ministry", "a statement from the ministry": the body so called.
    const noun = bodyNounOpening(c, c.work.slice(from, s.end), from);
    if (noun) return noun;
    // "issued by the spokesperson of the Ministry, X", "released by a spokesman for the embassy": the
    // first body or person the role's phrase names.
    const role = /\bby\s/.test(by[0]) ? c.inRange(from, Math.min(s.end, from + 80), ANY_ACTOR)[0] : undefined;
    if (role && ROLE_GAP.test(c.work.slice(from, role.start))) return actorOf(c, role.entity);
  }
  const adj = /(?:\s+(?:joint|written|official|brief|separate|formal|press|new|latest))*\s*$/.exec(before)!;
  const poss = /['’]s?$/u.exec(before.slice(0, adj.index));
  const named = mentionEndingAt(c, s.start, at - (before.length - adj.index) - (poss ? poss[0].length : 0));
  if (
    named &&
    named.entity.type !== 'Person' &&
    !/\b(?:to|with|on|about|against|for)\s+(?:the\s+)?$/.test(c.work.slice(s.start, named.start))
  )
    return actorsOf(c, phraseAt(c, named.start, at), ANY)[0] ?? named.entity;
  // "read the foreign ministry's statement", "a government news release said": the body so called.
  const noun = bodyNounEnding(c, before, at);
  if (noun) return noun;
  // "X condemned the move in a statement", "X announced it via a statement", "… through a statement".
  if (/\b(?:[Ii]n|via|through)\s+(?:a|an|its|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(before)) {
    const subject = c.subjectBefore(s.start, at, ['Organization', 'Place', 'Person']);
    if (subject) return actorsOf(c, { start: at, end: at, entities: [subject], owners: [] }, ANY)[0];
  }
  return undefined;
}
