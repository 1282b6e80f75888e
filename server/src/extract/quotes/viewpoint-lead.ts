// A quotation whose sentence credits it to a body or person with no verb of saying, read only for a
// quotation no other rule attributed:
// - a name and a colon right before it ("The Ministry of Foreign Affairs of Azerbaijan: “…”");
// - a viewpoint opening the sentence ("For the ministry, “…”", "In the view of X, the plan is “…”", "In
//   X's view, …");
// - the subject of a verb of opinion before it ("The ministry believes that the plan is “…”", "X considers
//   the decision “…”").
// - for a quotation standing alone, a sentence before it that is only a body's response ("The reaction of
//   the ministry came within hours.", "The ministry's response was swift.").
// The one credited is a person or an organisation, never a place ("For Moscow, the stakes are “…”" is the
// writer's).
import type { Sentence } from '../text.js';
import type { Quote } from './find.js';
import type { Attribution, SpeakerIndex } from './speakers.js';

/** "For X,", "In the view of X,", "In the eyes of X,", "In the opinion of X," (X follows). */
const VIEW_OF = /^\s*(?:For|In\s+the\s+(?:view|eyes|opinion|words|assessment)\s+of)\s+/;
/** "In X's view," (X follows "In"). */
const IN_OWN_VIEW = /^['’]s\s+(?:view|opinion|assessment|words)\s*,/;
/** A verb of opinion after the subject, perhaps after adverbs or auxiliaries. */
const OPINION =
  /^\s+(?:(?:also|still|firmly|clearly|further|has|have|had|does|did)\s+)*(?:believes?|believed|considers?|considered|thinks?|thought|regards?|regarded|views?|viewed|is\s+convinced|was\s+convinced|remains\s+convinced)\b[^.;:!?“”"]{0,160}$/;

export function viewpointLead(
  work: string,
  sp: SpeakerIndex,
  q: Quote,
  sentStart: number,
): Attribution | undefined {
  const lead = work.slice(sentStart, q.open);
  if (/[“”"]/.test(lead)) return undefined;
  const ok = (s: { type: string } | undefined) => s && s.type !== 'Place';
  // ("On Monday, the ministry believes …": after an opening phrase closed by a comma too.)
  const opener = /^\s*[^,]{0,40},\s*/.exec(lead);
  for (const from of opener ? [sentStart, sentStart + opener[0].length] : [sentStart]) {
    const who = sp.whoAt(from, q.open, q.open);
    if (!who?.att.speaker || !ok(who.att.speaker)) continue;
    const after = work.slice(who.end, q.open);
    if (/^\s*:\s*$/.test(after)) return { speaker: who.att.speaker, rule: 'quotes:name-colon' };
    if (OPINION.test(after)) return { speaker: who.att.speaker, rule: 'quotes:opinion-of' };
  }
  const view = VIEW_OF.exec(lead);
  if (view) {
    const who = sp.whoAt(sentStart + view[0].length, q.open, q.open);
    if (who?.att.speaker && ok(who.att.speaker) && /^\s*,/.test(work.slice(who.end, q.open)))
      return { speaker: who.att.speaker, rule: 'quotes:viewpoint' };
  }
  const inView = /^\s*In\s+/.exec(lead);
  if (inView) {
    const who = sp.whoAt(sentStart + inView[0].length, q.open, q.open);
    if (who?.att.speaker && ok(who.att.speaker) && IN_OWN_VIEW.test(work.slice(who.end, q.open)))
      return { speaker: who.att.speaker, rule: 'quotes:viewpoint' };
  }
  return undefined;
}

/** Nouns of a reply a body or person gave. */
const RESPONSE = String.raw`(?:response|reaction|reply|answer|retort|rebuttal)`;
/** "The reaction of X", "The response from X" (X follows). */
const RESPONSE_OF = new RegExp(
  String.raw`^\s*(?:The|But the|And the)\s+(?:\p{Ll}+\s+)?${RESPONSE}\s+(?:from|of)\s+`,
  'u',
);
/** "X's response", "X's official reaction" (after X). */
const OWN_RESPONSE = new RegExp(String.raw`^['’]s\s+(?:\p{Ll}+\s+)?${RESPONSE}\b`, 'u');
/** What the rest of such a sentence may say: when and how the reply came, nothing more. */
const CAME = /^\s+(?:was|came|followed|arrived|has been)\b[^.;:,“”"]{0,60}[.!]?\s*$/;

/** The owner of a response a sentence reports and no more ("The ministry's reaction came within hours."). */
export function responseOwner(work: string, sp: SpeakerIndex, s: Sentence): Attribution | undefined {
  const text = work.slice(s.start, s.end);
  const of = RESPONSE_OF.exec(text);
  const at = of ? s.start + of[0].length : s.start + (/^\s*(?:the\s+)?/i.exec(text)?.[0].length ?? 0);
  const who = sp.whoAt(at, s.end, s.end);
  if (!who?.att.speaker || who.att.speaker.type === 'Place') return undefined;
  let rest = work.slice(who.end, s.end);
  if (!of) {
    const own = OWN_RESPONSE.exec(rest);
    if (!own) return undefined;
    rest = rest.slice(own[0].length);
  }
  return CAME.test(rest) ? { speaker: who.att.speaker, rule: 'quotes:response-of' } : undefined;
}
