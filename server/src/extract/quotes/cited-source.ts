// A report that carries someone else's words and names them after the quotation: "“…,” state broadcaster
// RTVE reported, citing a statement from the Algerian Foreign Ministry" (the outlet only reports; the
// body it cites spoke); "“…,” TASS quoted Deputy Foreign Minister Sergei Ryabkov as saying" (the one quoted
// spoke, quotes:quoted-after). Read last, for a quotation no other rule gave a speaker.
import type { Quote } from './find.js';
import type { Attribution, SpeakerIndex } from './speakers.js';

/** After the quotation, a short reporting clause then ", citing": where the cited source starts. */
const CITING =
  /^[^“”"\n]{0,80}?\b(?:reported|reports|said|says|wrote|writes|told\s+\S+)\s*,\s*(?:quoting|citing)\s+/u;

/** After the quotation, a short subject (the outlet) then "quoted" or "cited": where the one quoted starts. */
const QUOTED = /^[\s,]*[^“”"\n.;]{0,60}?\b(?:quoted|cited)\s+/u;
/** After the one quoted (and an apposition between commas): "as saying". */
const AS_SAYING = /^(?:\s*,[^,;“”"]{1,80},)?\s+as\s+(?:saying|telling|stating)\b/;

export function citedSource(
  work: string,
  sp: SpeakerIndex,
  q: Quote,
  sentEnd: number,
): Attribution | undefined {
  const m = CITING.exec(work.slice(q.close + 1, sentEnd));
  if (!m) return quotedAfter(work, sp, q, sentEnd);
  const who = sp.whoAt(q.close + 1 + m[0].length, sentEnd, q.open);
  return who?.att.speaker ? { speaker: who.att.speaker, rule: 'quotes:cited-source' } : undefined;
}

/** "“…,” TASS quoted X as saying": X, a person or body (not a pronoun, which names no one new). */
function quotedAfter(work: string, sp: SpeakerIndex, q: Quote, sentEnd: number): Attribution | undefined {
  const m = QUOTED.exec(work.slice(q.close + 1, sentEnd));
  if (!m) return undefined;
  const who = sp.whoAt(q.close + 1 + m[0].length, sentEnd, q.open);
  if (!who?.att.speaker || who.att.rule !== 'quotes:name' || !AS_SAYING.test(work.slice(who.end, sentEnd)))
    return undefined;
  return { speaker: who.att.speaker, rule: 'quotes:quoted-after' };
}
