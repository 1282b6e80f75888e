// A generic role after a quotation ("the diplomat added", "the Chinese official told reporters") that no
// person was titled with before: the person quoted last, when they spoke shortly before and no other
// person was named since. Only roles any office-holder bears ("diplomat", "official"); a role that names
// an office ("the minister", "the ambassador") may be another's, and "top diplomat" is a foreign minister.
// personWhoSpokeLast is also whom "he said" stands for (speaker-references.ts), past persons named inside a
// sentence the same pronoun opens ("He informed the minister of X's visit").
import type { Entity, Mention } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import { indexAt, type Sentence } from '../text.js';

/** What these readers need of the speaker index's state (speaker-references.ts SpeakerState has it all). */
export interface LastSpeakerState {
  readonly work: string;
  readonly sents: Sentence[];
  readonly persons: Mention[];
  readonly previous: Entity | undefined;
  readonly previousEnd: number;
}

/** A sentence the pronoun opens. */
const PRONOUN_OPENS = { he: /^\s*he\b/i, she: /^\s*she\b/i } as const;

/**
 * The person the last attributed quotation went to, when it closed less than 600 characters before
 * anchor and no other person was named since: whom "he said" or "the diplomat added" goes on quoting.
 */
export function personWhoSpokeLast(
  sp: LastSpeakerState,
  anchor: number,
  pronoun?: 'he' | 'she',
): Entity | undefined {
  const prev = sp.previous;
  if (prev?.type !== 'Person' || sp.previousEnd < 0 || anchor - sp.previousEnd >= 600) return undefined;
  // (For "he"/"she": a person named inside a sentence that the same pronoun opens, "He told the minister
  // about X's visit.", is no new subject; the pronoun still stands for the one who spoke.)
  const opener = pronoun && PRONOUN_OPENS[pronoun];
  const insidePronounSentence = (x: Mention) => {
    const s = opener ? sp.sents[indexAt(sp.sents, x.start)] : undefined;
    return !!s && s.start > sp.previousEnd && (opener as RegExp).test(sp.work.slice(s.start, x.start));
  };
  const since = (x: Mention) =>
    x.end > sp.previousEnd && x.start < anchor && x.entity !== prev && !insidePronounSentence(x);
  return sp.persons.some(since) ? undefined : prev;
}

/** Role heads every holder of public office bears. */
const GENERIC_HEAD = /^(?:diplomat|official)$/i;

/** The last speaker a generic role (THE_ROLE's match: modifiers in 1, portfolio in 2, head in 3) goes on quoting. */
export function genericRoleOfLastSpeaker(
  sp: LastSpeakerState,
  role: RegExpExecArray,
  anchor: number,
): Entity | undefined {
  const [, modifiers = '', portfolio = '', head = ''] = role;
  if (!GENERIC_HEAD.test(head) || portfolio.trim() || /\btop\b/i.test(modifiers)) return undefined;
  const prev = personWhoSpokeLast(sp, anchor);
  if (!prev) return undefined;
  // ("the Russian diplomat": a demonym must not name another country than the speaker's nationality.)
  const demonyms = modifiers.split(/\s+/).filter((w) => demonymCountry(w));
  const own = (prev.nationality ?? '').toLowerCase();
  const agrees = (w: string) =>
    !own ||
    own.startsWith(w.slice(0, 4).toLowerCase()) ||
    demonymCountry(w)!.toLowerCase().startsWith(own.slice(0, 4));
  return demonyms.every(agrees) ? prev : undefined;
}
