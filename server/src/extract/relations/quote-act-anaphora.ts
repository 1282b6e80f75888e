// CRITICIZED from a critical quotation that names the judged act only by an anaphoric noun: the speaker
// of "“This decision is a hostile act”", "“Such a step is unfriendly”", "“We consider this statement
// unacceptable”", "“The remarks are extremely regrettable”" criticises the act's doer, found before the
// quotation's sentence:
// - an act noun ("move", "decision", "step", "expulsion", "sanctions"…): the doer of the latest event the
//   article reported just before (act-anaphora.ts's reach: the sentence before, three for a noun of the
//   event's own kind);
// - a speech noun ("remarks", "comments", "statement"…): the latest name given as the maker of remarks in
// the three sentences before ("X's remarks", "comments by President X"). The anaphoric phrase is the clause's
// subject (at the quotation's or sentence's start) or the object of a verb of judging ("we consider this
// statement …"), and the judging word opens what is said of it ("is a hostile act", "… as totally
// unacceptable"; not "is a response to hostile acts"), not negated. The speaker's own side is never the target.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { EvOut, RelOut } from '../events/index.js';
import { matchesOf } from '../regex-matches.js';
import { indexAt, type Sentence } from '../text.js';
import { actDoer as eventDoer } from './act-anaphora.js';
import { JUDGING } from './judging.js';
import { actDoer as namedDoer, ownSide } from './quote-stance.js';
import { withQuotedMentions } from './whole-text.js';

/** The act nouns (group 2: generic; group 3: of an event's kind; group 4: of speech). */
const NOUN = String.raw`(?:(move|decision|step|action|actions|measure|measures)|(expulsions?|sanctions|recall|summons|summoning|invasion|annexation)|(remarks?|comments?|statements?|words|claims|allegations|accusations))`;
/** Words the anaphoric noun may carry ("the latest", "this unilateral"). */
const MODS = String.raw`(?:(?:latest|recent|new|last|\p{Ll}+ly|\p{Ll}+(?:ed|ive|al|ful|ous|ic|ary))\s+){0,2}`;
/** The anaphoric phrase: a determiner that points back, not followed by its doer ("the move by X"). */
const ANAPHOR = String.raw`(this|that|these|those|such(?:\s+an?)?|the)\s+${MODS}${NOUN}\b(?!\s+(?:of|by|from|made|issued|that)\b|['’]s)`;
/** The phrase as the subject, at a clause's start (group 1 the determiner). */
const AS_SUBJECT = new RegExp(String.raw`(?:^|[“"]\s*|[.!?]\s+)${ANAPHOR}`, 'giu');
/** The phrase as the object of a verb of judging: "we consider this statement …". */
const AS_OBJECT = new RegExp(
  String.raw`\b(?:consider|considers|regard|regards|find|finds|deem|deems|view|views)\s+${ANAPHOR}`,
  'giu',
);
/** Between a subject phrase and its judging word: a verb of being and a few modifiers ("is a", "are totally"). */
const PREDICATE =
  /^\s+(?:is|are|was|were|constitutes?|represents?|remains?|amounts? to|seems?|appears?|has been|have been|will be)\s+(?:(?:a|an|the|another|yet|pure|sheer|both|nothing but|completely|totally|absolutely|very|so|\p{Ll}+ly)\s+){0,3}$/u;
/** Between a judging verb's object and its judging word: "as" and adverbs ("… this statement as totally"). */
const COMPLEMENT = /^\s+(?:as\s+)?(?:(?:a|an|completely|totally|absolutely|\p{Ll}+ly)\s+){0,2}$/u;
/** A judging word (one match, no global state). */
const JUDGE = new RegExp(JUDGING.source, 'iu');

/** After a name, its act of speech: "X's remarks", "X’s recent comments". */
const OWNED_SPEECH = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:remarks?|comments?|statements?|words|claims)\b/u;
/** An act of speech whose doer follows: "remarks by ", "comments made by the ". */
const SPEECH_BY =
  /\b(?:remarks?|comments?|statements?|words|claims)\s+(?:(?:made|issued)\s+)?(?:by|of|from)\s+(?:the\s+)?/giu;

/** The latest maker of remarks named before `before`, from three sentences before sentence `s` on. */
function speechDoer(c: Ctx, s: Sentence, before: number): Entity | undefined {
  const i = indexAt(c.sents, s.start);
  const from = c.sents[Math.max(0, i - 3)]!.start;
  let best: { at: number; who: Entity } | undefined;
  for (const m of c.inRange(from, before, ['Person', 'Organization', 'Place'], true))
    if (!m.nominal && OWNED_SPEECH.test(c.work.slice(m.end, m.end + 40)))
      if (!best || m.start > best.at) best = { at: m.start, who: m.entity };
  for (const m of matchesOf(SPEECH_BY, c.work.slice(from, before))) {
    const at = from + m.index + m[0].length;
    const d = namedDoer(c, at, before, false, false);
    if (d && (!best || at > best.at)) best = { at, who: d.entity };
  }
  return best?.who;
}

export function quoteActAnaphora(article: Ctx, events: EvOut[], known: RelOut[]): RelOut[] {
  const c = withQuotedMentions(article);
  const out: RelOut[] = [];
  const seen = new Set<string>();
  for (const q of article.quotes) {
    const speaker = q.speaker;
    if (!speaker) continue;
    const text = c.work.slice(q.start, q.end);
    const found = [
      ...matchesOf(AS_SUBJECT, text).map((m) => ({ m, gap: PREDICATE })),
      ...matchesOf(AS_OBJECT, text).map((m) => ({ m, gap: COMPLEMENT })),
    ];
    for (const { m, gap } of found) {
      const end = q.start + m.index + m[0].length;
      // (A subject at the quotation's start only: "the" inside a sentence may open any phrase.)
      if (/^the$/i.test(m[1]!) && m.index > 0 && !/^[.!?]/.test(m[0])) continue;
      // (The judging word opens the predicate: "is a hostile act", not "is a response to hostile acts".)
      const rest = c.work.slice(end, Math.min(q.end, end + 80));
      const j = JUDGE.exec(rest);
      if (!j || !gap.test(rest.slice(0, j.index)) || /\b(?:not|never|no)\b/.test(rest.slice(0, j.index)))
        continue;
      const s = c.sentenceAt(end);
      if (!s) continue;
      const noun = m[2] ?? m[3] ?? m[4]!;
      // (The doer may be named earlier in the same quotation: "after the statement of X … we consider this
      // statement unacceptable".)
      const at = end - m[0].length + m[0].search(/\S/);
      const target = m[4] ? speechDoer(c, s, at) : eventDoer(article, events, s, at, noun, !!m[3]);
      if (!target || ownSide(c, speaker, known).has(target)) continue;
      const key = `${speaker.id}|${target.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        source: speaker,
        type: 'CRITICIZED',
        target,
        date: null,
        evidence: [c.evidence(s)],
        rule: 'relations/quote-act-anaphora:anaphoric-act',
      });
    }
  }
  return out;
}
