// A statement's issuer named in the narration around a quotation that no verb's subject claims:
// - in the quotation's own sentence, before a verb of saying whose subject is the statement or an
//   impersonal "it" ("In a statement issued by X, it was announced that “…”", "X issued a statement,
//   which said that … “…”", "a statement from the ministry noted the “…”"): the issuer;
// - in the sentence before, for a quotation in a sentence that names no one and has no verb of saying
//   ("…, as indicated in a statement from the ministry. This summons “…”"): the issuer (paragraph-pass.ts).
// The issuer is a person or a body named after the noun ("issued by X", "from X", "of X"; a body by its
// kind, "the ministry", is the last of that kind named), or the subject of "X issued a statement".
import { matchesOf } from '../regex-matches.js';
import type { Entity, Mention } from '../entities/index.js';
import type { Quote } from './find.js';
import type { Attribution, SpeakerIndex } from './speakers.js';
import { SPEECH_BEFORE } from './speech-subject.js';
import { BY_KIND, ISSUED_BEFORE, ISSUER_AFTER } from './statement-issuer.js';

/** The issuer a span of narration names for a statement, and where its name ends. */
export function issuerIn(
  work: string,
  sp: SpeakerIndex,
  from: number,
  to: number,
): { speaker: Entity; end: number } | undefined {
  const text = work.slice(from, to);
  for (const m of matchesOf(ISSUER_AFTER, text)) {
    const at = from + m.index + m[0].length;
    if (sp.inQuote(at)) continue;
    const who = sp.whoAt(at, to, at);
    const named = who?.att.rule === 'quotes:name' || BY_KIND.has(who?.att.rule ?? '');
    if (who?.att.speaker && named && who.att.speaker.type !== 'Place')
      return { speaker: who.att.speaker, end: who.end };
  }
  for (const m of matchesOf(ISSUED_BEFORE, text)) {
    const at = from + m.index;
    if (sp.inQuote(at) || !/^(?:issued|released|published|put out|posted)\b/i.test(m[0])) continue;
    // (The verb's subject: the name right before it, past auxiliaries and a day.)
    const subject = sp.all.filter((x) => x.start >= from && x.end <= at).pop();
    const gap = subject && work.slice(subject.end, at);
    if (
      subject &&
      subject.entity.type !== 'Place' &&
      !sp.objectOfPrep(subject) &&
      /^\s+(?:(?:has|have|had|also|on \p{Lu}\p{Ll}+|\p{Ll}+ly)\s+)*$/u.test(gap!)
    )
      return { speaker: subject.entity, end: from + m.index + m[0].length };
  }
  return undefined;
}

/** Between the issuer and its verb of saying: "which", "that" or "it was", adverbs (the statement speaks). */
const IMPERSONAL =
  /^\s*(?:,?\s*(?:which|that|it\s+(?:was|is|has\s+been|had\s+been))\s+)?(?:(?:also|further|then|later|has|had)\s+)*$/;

/** "In a statement issued by X, it was announced that “…”": the statement's issuer. */
export function issuerOfOwnSentence(
  work: string,
  sp: SpeakerIndex,
  q: Quote,
  sentStart: number,
): Attribution | undefined {
  const issuer = issuerIn(work, sp, sentStart, q.open);
  if (!issuer) return undefined;
  // (The first verb of saying after the issuer, with no other subject before it: "which said", "it was
  // announced", or the statement phrase itself as the subject; and no one else named before the words.)
  const between = work.slice(issuer.end, q.open);
  const verb = matchesOf(SPEECH_BEFORE, between).find((m) => !sp.inQuote(issuer.end + m.index));
  if (!verb) return undefined;
  const lead = between.slice(0, verb.index).replace(/\s+(?:on|last)\s+\p{Lu}\p{Ll}+/gu, '');
  if (!IMPERSONAL.test(lead)) return undefined;
  const other = (x: Mention) => x.entity.type !== 'Place' && x.entity !== issuer.speaker;
  if (sp.all.some((x) => x.start >= issuer.end && x.end <= q.open && other(x))) return undefined;
  return { speaker: issuer.speaker, rule: 'quotes:issuer-in-sentence' };
}
