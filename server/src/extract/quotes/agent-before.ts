// A quotation standing alone after a sentence whose grammatical subject is not who spoke, but whose
// speaker the sentence still names plainly (paragraph-pass.ts reads it when the sentence's subject is no
// speaker):
// - a passive with its agent: "The decision was announced by Russia's Foreign Ministry." then "“…”": the
//   agent speaks (the agent must end the sentence, a time or place aside allowed);
// - the one asked: "Peskov was asked about the expulsions." then "“…”": the person asked answers;
// - one whose manner of speaking it describes: "X was blunt.", "X was quick to respond.", "X did not
//   mince her words." then "“…”": X.
// Each records its rule (quotes:agent-of-sentence-before, quotes:asked-in-sentence-before,
// quotes:manner-in-sentence-before).
import type { Sentence } from '../text.js';
import type { Entity } from '../entities/index.js';
import type { Attribution, SpeakerIndex } from './speakers.js';

/** A passive verb of making known, then "by" (the agent follows). */
const PASSIVE_BY =
  /\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+|also\s+|later\s+)?(?:announced|confirmed|disclosed|revealed|made\s+public|issued|released|published|communicated|declared|stated|explained|justified|defended|denounced|condemned|criticised|criticized)\s+by\s+/u;
/** After the agent, up to the sentence's end: nothing but a time or a place. */
const AGENT_ENDS = /^\s*(?:(?:on|in|at|late|earlier|during|this|last)\s+[^,;:“”"]{0,40}?)?\s*[.!]?\s*$/u;
/** After a subject (past an apposition), "was asked", "was questioned", "was pressed". */
const WAS_ASKED =
  /^(?:\s*,[^,.;“”"]{0,80},)?\s*(?:was|were)\s+(?:also\s+|later\s+|then\s+|again\s+)?(?:asked|questioned|pressed)\b/u;

/** After a subject (past an apposition), a manner of speaking: "was blunt", "was quick to respond". */
const WAS_BLUNT =
  /^(?:\s*,[^,.;“”"]{0,80},)?\s*(?:was|were)\s+(?:also\s+|more\s+|less\s+|even\s+|equally\s+)?(?:blunt|defiant|unequivocal|emphatic|adamant|categorical|scathing|candid|forthright|unapologetic|dismissive|more\s+cautious|quick\s+to\s+(?:respond|react|reply|hit\s+back|condemn|dismiss|deny|reject|point\s+out))\b/u;
/** After a subject (past an apposition), a verb of manner of speaking: "did not mince his words". */
const MINCED =
  /^(?:\s*,[^,.;“”"]{0,80},)?\s*(?:did\s+not|didn['’]t)\s+mince\s+(?:his|her|their|its)\s+words\b/u;

/**
 * The speaker the sentence `prev` names other than as its subject: its passive's agent, or the one it says
 * was asked (`subjectOf` gives the sentence's opening subject and where it ends, for a verb "was"/"were").
 */
export function agentOfSentenceBefore(
  work: string,
  sp: SpeakerIndex,
  prev: Sentence,
  anchor: number,
  subjectOf: (verbOk: (w: string) => boolean) => { speaker: Entity; end: number } | undefined,
): Attribution | undefined {
  const text = work.slice(prev.start, prev.end);
  if (!/\bby\b|\b(?:asked|questioned|pressed|was|were|mince)\b/.test(text)) return undefined;
  const m = PASSIVE_BY.exec(text);
  if (m) {
    const from = prev.start + m.index + m[0].length;
    const who = sp.whoAt(from, prev.end, anchor);
    if (who?.att.speaker && AGENT_ENDS.test(work.slice(who.end, prev.end)))
      return { speaker: who.att.speaker, rule: 'quotes:agent-of-sentence-before' };
    return undefined;
  }
  // ("X was blunt." / "X did not mince her words." then "“…”": X's words follow.)
  const manner = subjectOf((w) => w === 'was' || w === 'were' || w === 'did');
  if (
    manner &&
    (WAS_BLUNT.test(work.slice(manner.end, prev.end)) || MINCED.test(work.slice(manner.end, prev.end)))
  )
    return { speaker: manner.speaker, rule: 'quotes:manner-in-sentence-before' };
  // (One asked who "declined to comment" gave no answer to quote.)
  if (/\b(?:declined|refused|did\s+not|didn['’]t|would\s+not|no\s+comment)\b/.test(text)) return undefined;
  const subject = subjectOf((w) => w === 'was' || w === 'were');
  if (subject && subject.speaker.type === 'Person' && WAS_ASKED.test(work.slice(subject.end, prev.end)))
    return { speaker: subject.speaker, rule: 'quotes:asked-in-sentence-before' };
  return undefined;
}
