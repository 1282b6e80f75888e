// Envoys' postings told with the role word elsewhere in the sentence: "Among the non-career ambassadors,
// Grace Bent was posted to Togo". When the sentence speaks of ambassadors, envoys or high commissioners, a
// person it posts to a country ("was posted to", "will be posted to", "will serve in", "takes up the post
// in") is that country's envoy (an envoy link, as roles.ts gives "ambassador to Togo X"); a sentence
// that does not call them envoys ("Former Minister X was posted to Canada") gives none. The country must
// be a known one; a city stands for its country only when it is a capital.
import { canonicalPlace, CAPITALS, isKnownPlace } from '../lexicon.js';
import { indexAt, span, type Sentence } from '../text.js';
import type { Builder } from './builder.js';
import type { EntityIndex } from './types.js';

/** Words that make the sentence one about envoys. */
const ENVOY_WORDS = /\b(?:ambassadors?(?:-designate)?|envoys?|high commissioners?)\b/i;

/** After a person: a posting to a place (group 1: the place's words). */
const POSTED = new RegExp(
  String.raw`^\s+(?:(?:was|were|has\s+been|have\s+been|is|will\s+be|is\s+to\s+be)\s+(?:(?:also|now)\s+)?posted\s+to|will\s+(?:now\s+)?serve\s+in|(?:will\s+)?takes?\s+up\s+(?:the|his|her)\s+post\s+in)\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)`,
  'u',
);

/** Envoy links for the postings an article about envoys tells without the role word. */
export function postedEnvoys(b: Builder, work: string, sents: Sentence[], idx: EntityIndex): void {
  if (!ENVOY_WORDS.test(work)) return;
  for (const m of idx.mentions) {
    if (m.entity.type !== 'Person' || m.nominal) continue;
    const post = POSTED.exec(work.slice(m.end, m.end + 80));
    const s = sents[indexAt(sents, m.start)];
    if (!post || !s || !ENVOY_WORDS.test(work.slice(s.start, s.end))) continue;
    const words = post[1]!;
    const place = [words, words.split(/\s+/)[0]!].find((w) => isKnownPlace(w));
    if (!place) continue;
    const name = canonicalPlace(place);
    const country = CAPITALS[name.toLowerCase()] ?? name;
    const target = idx.countryEntity(country);
    if (!target) continue;
    const p = m.entity;
    p.envoy = { origin: p.envoy?.origin, target: country };
    const end = m.end + post[0].length - (words.length - place.length);
    b.envoyLinks.push({ person: p, target, evidence: span(b.text, m.start, end) });
  }
}
