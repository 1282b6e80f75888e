// Names with a particle inside them: a given name, a particle and a surname word ("Marine Le Pen", "Peter
// Ter Horst", "Anne La Rue", "Conor Mac Aodha", "Robin van Persie"). Inside such a run the word after the
// particle is the surname and the word before it the given name even when the lexicon knows them as common
// words ("Pen", "Marine"); not a thing or a place named with a particle ("Hotel de Ville", "Tour de France",
// "Cafe Du Monde").
import {
  demonymCountry,
  isCommonWord,
  isFirstName,
  isKnownPlace,
  isLastName,
  lexTags,
  ORG_HEADS,
  TITLE_WORDS,
} from '../lexicon.js';
import type { Token } from '../text.js';
import { isKnownOrgWord, isTitle, MONTHS, NAME_PARTICLES, WEEKDAYS } from './chunking.js';

/** Particles written with a capital inside a name ("Le Pen", "Ter Horst", "Mac Aodha", "Du Pont"). */
const CAPITAL_PARTICLE = /^(?:Le|La|Les|Du|De|Da|Di|Do|Dos|Das|Del|Della|Van|Von|Der|Den|Ter|Ten|Mac|Al|El)$/;
/** One word in title case, maybe hyphenated ("Marine", "Jean-Marie"). */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

const isParticle = (t: string) => NAME_PARTICLES.has(t) || CAPITAL_PARTICLE.test(t);

/** A word that can be a person's name word here: no title, place, demonym, body's head or date. */
function nameWord(t: string): boolean {
  const low = t.toLowerCase();
  return (
    TITLE_CASE_WORD.test(t) &&
    !isTitle(t) &&
    !TITLE_WORDS.has(low) &&
    !demonymCountry(t) &&
    !isKnownPlace(t) &&
    !ORG_HEADS.has(low) &&
    !isKnownOrgWord(t) &&
    !MONTHS.test(t) &&
    !WEEKDAYS.test(t)
  );
}

/** A given name's word: a known first name, a word the lexicon does not know, or one it knows only as an adjective ("Marine"). */
function givenWord(t: string): boolean {
  if (!nameWord(t)) return false;
  if (isFirstName(t) || isLastName(t)) return true;
  const tags = lexTags(t);
  return tags.every((g) => g === 'Adjective');
}

/**
 * Where the particle name that ends the run c starts (its first given name; the particle right after one or
 * two given names, the surname the run's last word right after it or after a second particle: "Ursula von der
 * Leyen"); -1 when the run ends in no such name.
 */
export function particleNameStart(c: readonly Token[]): number {
  const last = c.length - 1;
  if (last < 2 || !nameWord(c[last]!.text) || isParticle(c[last]!.text)) return -1;
  if (!isParticle(c[last - 1]!.text)) return -1;
  const p = last >= 3 && isParticle(c[last - 2]!.text) ? last - 2 : last - 1;
  if (p < 1 || !givenWord(c[p - 1]!.text)) return -1;
  return p >= 2 && givenWord(c[p - 2]!.text) && !isParticle(c[p - 2]!.text) ? p - 2 : p - 1;
}

/** Whether c[i] is a word of the particle name that ends c (a given name, a particle or the surname). */
export function inParticleName(c: readonly Token[], i: number): boolean {
  const s = particleNameStart(c);
  return s >= 0 && i >= s;
}

/** A capitalised particle and a common word ("Le Pen"): only the surname of a particle name named elsewhere. */
export function particleSurname(c: readonly Token[]): boolean {
  return (
    c.length === 2 && CAPITAL_PARTICLE.test(c[0]!.text) && nameWord(c[1]!.text) && isCommonWord(c[1]!.text)
  );
}

/**
 * A particle name taken on its shape alone: it fills the run, and each given name is a known first name (or
 * hyphenated of known first names: "Jean-Marie"), or, before a capitalised particle, a word the lexicon does
 * not know ("Ter Horst"). A given name the lexicon knows as an adjective ("Marine Le Pen", and "Old Le
 * Havre", "United Van Lines") waits for a person's position (name-positions.ts).
 */
export function particleNameByShape(c: readonly Token[]): boolean {
  const s = particleNameStart(c);
  if (s !== 0) return false;
  const capital = c.some((t, i) => i > 0 && CAPITAL_PARTICLE.test(t.text));
  return c
    .slice(
      0,
      c.findIndex((t, i) => i > 0 && isParticle(t.text)),
    )
    .every(
      (t) =>
        isFirstName(t.text) ||
        t.text.split('-').every((x) => isFirstName(x)) ||
        (capital && lexTags(t.text).length === 0),
    );
}
