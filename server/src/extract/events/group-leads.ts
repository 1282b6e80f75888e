// A sentence that names the parties a sentence of sanctions or expulsions only counted, by a subject that
// points back at that group: "The four others slapped with sanctions are A, B …", "Six of the individuals
// are part of the council -- A, B …", "Members affected by the sanctions are A; B …", "Some of the other
// countries to face the same are A, B …". The subject points back by a count no larger than one the
// event's sentence gives, by a plural noun that sentence used, or by words of the measure itself; a subject
// that says something else of its group ("The countries that condemned the move are …", "Countries
// supporting the decision include …") points at another group.
import type { Ctx } from '../context.js';
import type { Sentence } from '../text.js';
import { cardinals, countOf } from '../count-words.js';
import { demonymCountry } from '../lexicon.js';
import { PERSONA_NON_GRATA } from './persona-non-grata.js';

/** A count in digits or words, up to twenty. */
export const NUMBER = String.raw`\d{1,3}|${cardinals(2, 20)}`;

/** The counts a text gives ("10 officers", "seven oligarchs", "23 countries"). */
function counts(text: string): number[] {
  return [...text.matchAll(new RegExp(String.raw`\b(${NUMBER})\b`, 'gi'))].map((m) => countOf(m[1]!));
}

/** An opening that stands before the subject: "According to the press release, ", "Among others, ". */
const ADVERBIAL =
  /^(?:According\s+to\s+[^,]{1,60}|Among\s+(?:others|them)|In\s+(?:all|total|particular)),\s+/i;

/**
 * The subject and its verb: up to twelve words from the sentence's start (after an "According to X,"),
 * no saying or finite verb among them, then a copula or "include" not negated ("are not on the list"),
 * which a colon may close ("… include: A; B"); or a subject with no verb closed by a colon ("The six
 * officials: A; B"), group 2, which must point back by a count or a noun.
 */
const WORD = String.raw`(?!(?:said|says|told|will|would|has|have|had|is|was|can|could|may|might|also|however)\b)[^\s,;:.!?"“”]+`;
const LEAD = new RegExp(
  String.raw`^(?:((?:${WORD}\s+){1,12}?)(?:are|were|include[sd]?|comprise[sd]?):?\s+(?!not\b)|((?:${WORD}\s+){0,11}${WORD}):\s+)`,
  'iu',
);

/** Words of the measure: the subject names the sanctions, the list or the expulsion. */
const MEASURE = new RegExp(
  String.raw`\b(?:sanction\w*|(?:black)?list(?:ed)?|designat\w+|measures|restrictions|penalties|expel\w*|expulsions?|${PERSONA_NON_GRATA}|(?:to\s+)?face\s+the\s+same|(?:affected|hit|targeted|slapped|covered)\s+(?:by|with)\b|\btargeted\s*$)`,
  'i',
);

/** Participles the subject may hold: of the measure, or of being named in it. */
const MEASURE_PARTICIPLE =
  /^(?:sanctioned|designated|blacklisted|targeted|affected|expelled|listed|named|slapped|placed|included|declared|banned|barred|added|hit|newly|remaining)$/i;

/** Plural nouns of a group of people, each another word for the others. */
const PEOPLE = /^(?:individuals|officials|persons|people|figures|officers)$/;

/** Plural nouns of no group: the measure's, a pronoun's. */
const NO_GROUP = /^(?:others|those|these|sanctions|measures|restrictions|penalties|expulsions|lists)$/i;

/** A relative clause in the subject: only a copula may open it ("who are not members of X"). */
const RELATIVE = /\b(?:that|which|who|whom)\s+(?!(?:are|were|is|was|have\s+been|had\s+been)\b)/i;

/**
 * Up to eight words of a title between the lead and the first name ("Deputy Commander-in-Chief of the
 * army A", "retired General B"): no verb, no participle of a clause ("agreed at a meeting of A"), no
 * preposition of an agent, a place or a time.
 */
const TITLE_GAP =
  /^(?:(?!(?:by|to|from|with|against|after|before|at|on|upon|over|about|under|who|which|that|was|were|is|are|been|being|has|have|had|said)\b)(?!(?!(?:retired|acting|ruling|governing)\b)\p{Ll}+(?:ed|ing)\b)[\p{L}’'().-]+\s+){0,8}$/u;

/** A title before the first name, which a comma may close ("the prime minister, A, and …"). */
const titleGap = (gap: string) => TITLE_GAP.test(gap.replace(/(?<=\p{L}),\s+$/u, ' '));

export interface GroupLead {
  /** Where the list begins: after the lead's verb, or after a dash or colon that closes a predicate. */
  from: number;
  /** The subject names the measure ("affected by the sanctions"). */
  measure: boolean;
  /** The subject points back by a count or a noun of the event's sentence. */
  pointed: boolean;
}

/**
 * The lead of sentence `s` when its subject points back at the group sentence `told` counted: a count no
 * larger than one of `told`'s, a plural noun `told` used, or the measure's words.
 */
export function groupLead(c: Ctx, s: Sentence, told: Sentence): GroupLead | undefined {
  const start = s.start + (ADVERBIAL.exec(c.work.slice(s.start, s.end))?.[0].length ?? 0);
  const lead = LEAD.exec(c.work.slice(start, s.end));
  if (!lead) return;
  const subject = lead[1] ?? lead[2]!;
  const verbless = lead[2] !== undefined;
  const words = subject.trim().split(/\s+/);
  if (/^(?:they|it|he|she|we|i|you|this|that)$/i.test(words[0]!)) return;
  if (RELATIVE.test(subject)) return;
  // "Countries supporting the move", "The states condemned for it": a participle of another act.
  if (words.some((w) => /\p{L}{3,}(?:ing|ed)$/u.test(w) && !MEASURE_PARTICIPLE.test(w) && !MEASURE.test(w)))
    return;
  // No person or state in the subject: "A and B are not on the list", "Russia's partners include".
  // A people's adjective qualifies the group ("Iranian officials targeted include"): no state of its own.
  const named = c
    .inRange(start, start + subject.length, ['Person', 'Place'])
    .filter((m) => m.entity.type === 'Person' || !demonymCountry(c.work.slice(m.start, m.end)));
  if (named.length) return;
  const said = c.work.slice(told.start, told.end);
  const n = counts(subject)[0];
  const counted = n !== undefined && counts(said).some((m) => m >= n);
  const nouns = words
    .map((w) => w.toLowerCase())
    .filter((w) => /^\p{Ll}{3,}s$/u.test(w) && !NO_GROUP.test(w));
  // The noun the event's sentence used, or another word for a group of people it counted ("eight
  // officials" … "Individuals targeted include").
  const used = nouns.some(
    (w) =>
      new RegExp(`\\b${w}\\b`, 'i').test(said) ||
      (PEOPLE.test(w) &&
        new RegExp(String.raw`\b(?:${NUMBER})\s+(?:\p{L}+\s+){0,2}?${PEOPLE.source.slice(1, -1)}`, 'iu').test(
          said,
        )),
  );
  const measure = MEASURE.test(subject);
  // A subject closed by a colon alone must point back ("The six officials: A; B").
  if (verbless ? !counted && !used : !counted && !used && !measure) return;
  return { from: start + lead[0].length, measure, pointed: counted || used };
}

/**
 * Where the names begin after a lead: right away, after a few words of a title ("Lieutenant General
 * A"), or after a dash or colon that closes a predicate ("are part of the council -- A, B").
 */
export function listStart(
  c: Ctx,
  s: Sentence,
  from: number,
  firstAfter: (pos: number) => number | undefined,
): number | undefined {
  const first = firstAfter(from);
  if (first !== undefined && titleGap(c.work.slice(from, first))) return from;
  const dash = /\s(?:--?|[–—])\s|:\s/.exec(c.work.slice(from, s.end));
  if (!dash) return;
  const after = from + dash.index + dash[0].length;
  const next = firstAfter(after);
  return next !== undefined && titleGap(c.work.slice(after, next)) ? after : undefined;
}
