// A quotation a colon introduces after a noun of response owned by its speaker ("Russia's response was
// swift: “…”", "The reaction from Beijing came within hours: “…”", "The ministry's message was clear: “…”"):
// the owner speaks. Read only for a quotation no other rule attributed; the lead must run from the
// sentence's start to the colon right before the quotation, with no verb of saying of its own. Also the
// subject of a sentence that only says how it spoke ("The minister was blunt: “…”", "X did not mince his
// words: “…”", "X put it simply:"). And, for a quotation standing alone, a sentence before it that only
// reports a reply (responseOwner: "The reaction of the ministry came within hours.", "The ministry's
// response was swift."). Last, any clause a person or body opens and a colon closes ("Ruto then turned to
// the envoys: “…”", "Speaking in Nairobi, the minister struck a defiant tone: “…”"): its subject
// (colonSubjectSpeaker), unless the clause names someone else or whose words they are.
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

/** A lead before the subject: "Speaking to reporters in Nairobi, ", "Asked about the visit, ", "On Monday, ". */
const LEAD_PHRASE =
  /^\s*(?:(?:\p{Lu}\p{Ll}+ing|Asked|Questioned|Pressed|In|On|At|After|During|Later|Earlier|Meanwhile|However|But|And|Then)\b[^,:“”"]{0,80},\s*)?/u;
/** The clause between the subject and the colon: a verb first, no quotation mark, no "from/by/of" source. */
const PREDICATE = /^\s+(?:also\s+|then\s+|later\s+)?\p{Ll}+[^:“”"‘’]{0,100}:\s*$/u;
const OTHER_SOURCE = /\b(?:from|by|of|quoted|quoting|cited|citing|according|read|reads|translated)\b/;

/**
 * The subject of a clause a colon right before the quotation closes: the person or body the clause opens
 * with (after a lead phrase at most), when the rest is a predicate naming no one else and no source.
 */
export function colonSubjectSpeaker(
  work: string,
  sp: SpeakerIndex,
  q: Quote,
  sentStart: number,
): Attribution | undefined {
  if (!/:\s*$/.test(work.slice(sentStart, q.open))) return undefined;
  const start = sentStart + LEAD_PHRASE.exec(work.slice(sentStart, q.open))![0].length;
  const who = sp.whoAt(start, q.open, q.open);
  const speaker = who?.att.speaker;
  if (!speaker || speaker.type === 'Place') return undefined;
  const rest = work.slice(who.end, q.open);
  if (!PREDICATE.test(rest) || OTHER_SOURCE.test(rest)) return undefined;
  if (sp.all.some((m) => m.start >= who.end && m.end <= q.open)) return undefined;
  return { speaker, rule: 'quotes:colon-subject' };
}
