// A quotation a colon introduces after a noun of response owned by its speaker ("Russia's response was
// swift: “…”", "The reaction from Beijing came within hours: “…”", "The ministry's message was clear: “…”"):
// the owner speaks. Read only for a quotation no other rule attributed; the lead must run from the
// sentence's start to the colon right before the quotation, with no verb of saying of its own. Also the
// subject of a sentence that only says how it spoke ("The minister was blunt: “…”", "X did not mince his
// words: “…”", "X put it simply:"). And, for a quotation standing alone, a sentence before it that only
// reports a reply (responseOwner: "The reaction of the ministry came within hours.", "The ministry's
// response was swift.").
import type { Sentence } from '../text.js';
import type { Quote } from './find.js';
import type { Attribution, SpeakerIndex } from './speakers.js';

/** Nouns of a reply. */
const REPLY = String.raw`(?:response|reaction|reply|answer|retort|rebuttal)`;
/** Nouns of what someone said in reply or in general. */
const RESPONSE = String.raw`(?:${REPLY}|message|verdict|position|view|warning|statement)`;
/** "<Owner>'s (official) response" right after the owner's mention. */
const ownedNoun = (noun: string) => String.raw`^['’]s\s+(?:\p{Ll}+\s+)?${noun}`;
/** "The (official) reaction from|of " before the owner. */
const nounFrom = (noun: string) =>
  String.raw`^\s*(?:The|But the|And the)\s+(?:\p{Ll}+\s+)?${noun}\s+(?:from|of)\s+`;
/** "<Owner>'s response was swift:" (the owner's mention ends where group 0 starts). */
const OWNED = new RegExp(
  String.raw`${ownedNoun(RESPONSE)}\s+(?:was|came|is|has been)\b[^:“”"]{0,60}:\s*$`,
  'u',
);
/** "The reaction from Beijing was swift:" (the owner after the preposition). */
const FROM = new RegExp(String.raw`${nounFrom(RESPONSE)}(?:the\s+)?$`, 'u');
const AFTER_OWNER = /^\s+(?:was|came|is|has been)\b[^:“”"]{0,60}:\s*$/;
/** After a subject, how it spoke: "was blunt:", "was equally clear on the matter:", "put it simply:". */
const HOW_SPOKEN =
  /^\s+(?:(?:(?:was|were|is|are|remained|has been)\s+(?:(?:very|quite|equally|more|even|just as)\s+)?\p{Ll}+|did not mince (?:his|her|its|their|any) words|put it (?:\p{Ll}+ly|simply|this way))(?:\s+(?:in|about|on)\s+[^:“”"]{0,40})?|\s+had (?:a|one) (?:\p{Ll}+\s+)?message(?:\s+for\s+[^:“”"]{0,40})?):\s*$/u;

export function colonLeadSpeaker(
  work: string,
  sp: SpeakerIndex,
  q: Quote,
  sentStart: number,
): Attribution | undefined {
  const lead = work.slice(sentStart, q.open);
  if (!/:\s*$/.test(lead)) return undefined;
  // ("The minister was blunt: “…”": the sentence's subject, a name with its titles or a body by its kind.)
  const who = sp.whoAt(sentStart, q.open, q.open);
  if (who?.att.speaker && HOW_SPOKEN.test(work.slice(who.end, q.open)))
    return { speaker: who.att.speaker, rule: 'quotes:colon-lead' };
  for (const m of sp.all) {
    if (m.start < sentStart) continue;
    if (m.end > q.open) break;
    const before = work.slice(sentStart, m.start);
    const after = work.slice(m.end, q.open);
    const owned = OWNED.test(after) && /^\s*(?:(?:But|And|Yet)\s+)?(?:the\s+)?$/i.test(before);
    const from = FROM.test(before) && AFTER_OWNER.test(after);
    if (owned || from) return { speaker: m.entity, rule: 'quotes:colon-lead' };
  }
  return undefined;
}

/** "The reaction of X", "The response from X" (X follows). */
const REPLY_OF = new RegExp(nounFrom(REPLY), 'u');
/** "X's response", "X's official reaction" (after X). */
const OWN_REPLY = new RegExp(String.raw`${ownedNoun(REPLY)}\b`, 'u');
/** What the rest of such a sentence may say: when and how the reply came, nothing more. */
const CAME = /^\s+(?:was|came|followed|arrived|has been)\b[^.;:,“”"]{0,60}[.!]?\s*$/;

/** The owner of a reply a sentence reports and no more ("The ministry's reaction came within hours."). */
export function responseOwner(work: string, sp: SpeakerIndex, s: Sentence): Attribution | undefined {
  const text = work.slice(s.start, s.end);
  const of = REPLY_OF.exec(text);
  const at = of ? s.start + of[0].length : s.start + (/^\s*(?:the\s+)?/i.exec(text)?.[0].length ?? 0);
  const who = sp.whoAt(at, s.end, s.end);
  if (!who?.att.speaker || who.att.speaker.type === 'Place') return undefined;
  let rest = work.slice(who.end, s.end);
  if (!of) {
    const own = OWN_REPLY.exec(rest);
    if (!own) return undefined;
    rest = rest.slice(own[0].length);
  }
  return CAME.test(rest) ? { speaker: who.att.speaker, rule: 'quotes:response-of' } : undefined;
}
