// A report that carries someone else's words and names them after the quotation: "“…,” state broadcaster
// RTVE reported, citing a statement from the Algerian Foreign Ministry" (the outlet only reports; the
// body it cites spoke). Read last, for a quotation no other rule gave a speaker.
import type { Quote } from './find.js';
import type { Attribution, SpeakerIndex } from './speakers.js';

/** After the quotation, a short reporting clause then ", citing": where the cited source starts. */
const CITING =
  /^[^“”"\n]{0,80}?\b(?:reported|reports|said|says|wrote|writes|told\s+\S+)\s*,\s*(?:quoting|citing)\s+/u;

export function citedSource(
  work: string,
  sp: SpeakerIndex,
  q: Quote,
  sentEnd: number,
): Attribution | undefined {
  const m = CITING.exec(work.slice(q.close + 1, sentEnd));
  if (!m) return undefined;
  const who = sp.whoAt(q.close + 1 + m[0].length, sentEnd, q.open);
  return who?.att.speaker ? { speaker: who.att.speaker, rule: 'quotes:cited-source' } : undefined;
}
