// A government named after the person who leads it: "<Surname> administration", "<Surname>'s government"
// ("the Trudeau government", "President Trump's administration") is an organisation when the word before
// the head is the surname of a person the page names, or, right after "the", a capitalised word nothing
// else accounts for: no demonym, known place, known organisation, title, common word, name of a place or
// organisation of the page, nor a word shaped like a country's name ("-ia", "-land", "-stan") or its
// adjective ("-ian", "-ese", "-ish"). A country's ("the US government", "the French government") is left
// alone. After "the", a first name may come before the surname ("the Jane Roe administration"). "The
// government of <leader>" is that leader's government too.
import {
  demonymCountry,
  isCommonWord,
  isFirstName,
  isKnownPlace,
  KNOWN_ORGS,
  TITLE_WORDS,
} from '../lexicon.js';
import type { Builder } from './builder.js';
import { nameBeforeParticle } from './merging.js';
import { matchesOf } from '../regex-matches.js';

const LED_BODY = /\b(\p{Lu}[\p{L}'’-]*?)(['’]s)?[^\S\n]+([Aa]dministration|[Gg]overnment)\b/gu;
/** "the Jane Roe administration": a first name before the surname, right after "the". */
const FULL_NAME_LED =
  /\bthe[^\S\n]+(\p{Lu}\p{Ll}+)[^\S\n]+(\p{Lu}[\p{L}'’-]*)[^\S\n]+([Aa]dministration|[Gg]overnment)\b/gu;
/** "the government of " and a title or two before the leader's name. */
const GOVERNMENT_OF =
  /\bthe[^\S\n]+(government|administration)[^\S\n]+of[^\S\n]+(?:(?:President|Prime[^\S\n]+Minister|Premier|Chancellor)[^\S\n]+)?/giu;
const COUNTRY_SHAPED = /(?:ia|land|stan|ian|ean|ese|ish)$/;

/** Whether `word`, written right after "the", can only be a leader's surname. */
function unaccountedWord(b: Builder, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || COUNTRY_SHAPED.test(word)) return false;
  const low = word.toLowerCase();
  if (demonymCountry(word) || isKnownPlace(word) || KNOWN_ORGS.has(low) || TITLE_WORDS.has(low)) return false;
  if (isCommonWord(word)) return false;
  for (const e of b.entities.values())
    if (e.type !== 'Person' && (e.name === word || e.aliases.has(word))) return false;
  return true;
}

/** Adds "<Surname> administration/government" organisations for the page's leaders' surnames. */
export function leaderGovernments(b: Builder): void {
  const surnames = new Set<string>();
  for (const e of b.entities.values()) {
    const last = e.type === 'Person' ? e.name.split(/\s+/).pop() : undefined;
    if (last && /^\p{Lu}\p{Ll}/u.test(last)) surnames.add(last);
  }
  const add = (start: number, end: number, surname: string, head: string) => {
    if (b.mentions.some((x) => x.entity.type === 'Organization' && x.start < end && start < x.end)) return;
    b.orgMention(
      start,
      end,
      `${surname} ${head.toLowerCase()}`,
      'entities/administrations:leader-government',
    );
  };
  for (const m of matchesOf(LED_BODY, b.work)) {
    const surname = m[1]!;
    const afterThe = !m[2] && /\bthe[^\S\n]+$/i.test(b.work.slice(Math.max(0, m.index - 5), m.index));
    if (!surnames.has(surname) && !(afterThe && unaccountedWord(b, surname))) continue;
    add(m.index, m.index + m[0].length, surname, m[3]!);
  }
  // ("the Jane Roe administration": named by the surname, the mention from the first name on.)
  for (const m of matchesOf(FULL_NAME_LED, b.work)) {
    const [whole, first, surname, head] = m as unknown as [string, string, string, string];
    if (!isFirstName(first) || !(surnames.has(surname) || unaccountedWord(b, surname))) continue;
    add(m.index + whole.indexOf(first), m.index + whole.length, surname, head);
  }
  // "the government of Javier Milei", "the administration of President X": the leader's government, one
  // organisation, its person mention going with it (the real pages' convention).
  for (const m of matchesOf(GOVERNMENT_OF, b.work)) {
    const at = m.index + m[0].length;
    const p = b.mentions.find((x) => x.entity.type === 'Person' && x.start === at && !x.nominal);
    const surname = p ? (nameBeforeParticle(p.entity.name) ?? p.entity.name.split(/\s+/).pop()) : undefined;
    if (!p || !surname || !/^\p{Lu}/u.test(surname)) continue;
    if (b.mentions.some((x) => x.entity.type === 'Organization' && x.start < p.end && m.index < x.end))
      continue;
    b.mentions = b.mentions.filter((x) => x !== p);
    if (!b.mentions.some((x) => x.entity === p.entity)) b.entities.delete(p.entity.id);
    add(m.index + m[0].indexOf(m[1]!), p.end, surname, m[1]!);
  }
}
