// A quotation whose sentence credits it to a body or person with no verb of saying, read only for a
// quotation no other rule attributed:
// - a name and a colon right before it ("The Ministry of Foreign Affairs of Azerbaijan: “…”");
// - a viewpoint opening the sentence ("For the ministry, “…”", "In the view of X, the plan is “…”", "In
//   X's view, …");
// - the subject of a verb of opinion before it ("The ministry believes that the plan is “…”", "X considers
//   the decision “…”").
// The one credited is a person or an organisation, never a place ("For Moscow, the stakes are “…”" is the
// writer's).
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
