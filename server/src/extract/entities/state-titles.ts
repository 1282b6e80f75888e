// A state's body named with the state's formal title after "of": "the Ministry of Foreign Affairs of the
// Republic of Azerbaijan", "the Foreign Ministry of the Republic of Moldova", "the Embassy of the Kingdom of
// Bahrain", "the Government of the Republic of Kenya", "the Permanent Mission of the Republic of Ostland to
// the United Nations". The chunker stops at "the Republic", so the body is cut short ("Ministry of Foreign
// Affairs", "Foreign Ministry of the Republic") or missing; it is the body of the state the title names, and
// is named as the body "of <country>" would be (builder.ts: "Azerbaijani Foreign Ministry", "South Korean
// Embassy", "Government of Kenya"; permanent-missions.ts: "<Demonym> Permanent Mission to the UN"). The
// whole phrase is its mention, and what it held (the cut body, the country) goes with it (rule
// entities/state-titles:of-state). A title whose country is ambiguous without it ("Republic of China",
// "Democratic Republic of the Congo" when not known as a whole) is left alone. Any other body found ending
// in its head word right before such a title is the state's too: "the Constitutional Court of the Republic
// of Armenia" is the "Constitutional Court of Armenia", "the National Bank of the Republic of Belarus" the
// "National Bank of Belarus".
import { canonicalPlace, demonymOf, isKnownPlace, ORG_HEADS } from '../lexicon.js';
import type { Builder } from './builder.js';
import { matchesOf } from '../regex-matches.js';
import { STATE_FORM_WORDS } from '../state-forms.js';

const CAP = String.raw`\p{Lu}[\p{L}'’-]*`;
/** The words of a state's formal style (state-forms.ts), spaces within them as in-line spaces. */
const STYLE = STATE_FORM_WORDS.join('|').replace(/ /g, String.raw`[^\S\n]+`);
/** A style word (its last word) and "of": the cheap test before the patterns run. */
const STYLE_OF = new RegExp(
  String.raw`\b(?:${STATE_FORM_WORDS.map((w) => w.split(' ').pop()).join('|')})\s+of\s`,
);
/** A body of a state, then "of the", its title and "of" ("Ministry of Foreign Affairs of the Republic of"). */
const TITLED = new RegExp(
  String.raw`\b((?:Permanent[^\S\n]+)?Mission|Embassy|High[^\S\n]+Commission|Consulate(?:[^\S\n]+General)?|Government|Foreign[^\S\n]+Ministry|Defen[cs]e[^\S\n]+Ministry|Ministry[^\S\n]+of[^\S\n]+(?:Foreign[^\S\n]+Affairs|Defen[cs]e))[^\S\n]+of[^\S\n]+the[^\S\n]+((?:${CAP}[^\S\n]+){0,3}(?:${STYLE})[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)(${CAP}(?:[^\S\n]+${CAP}){0,2})`,
  'gu',
);
/** "of the", a state's title and "of" and the country, after a body's name. */
const OF_TITLE = new RegExp(
  String.raw`^[^\S\n]+of[^\S\n]+the[^\S\n]+((?:${CAP}[^\S\n]+){0,3}(?:${STYLE})[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)(${CAP}(?:[^\S\n]+${CAP}){0,2})`,
  'u',
);
/** "to the United Nations" after a mission. */
const TO_UN = /^[^\S\n]+to[^\S\n]+the[^\S\n]+(?:UN|U\.N\.|United[^\S\n]+Nations)\b/;
/** Countries whose short name another state shares, named by the title only when known as a whole. */
const AMBIGUOUS = new Set(['China', 'Congo', 'Korea', 'South Korea', 'North Korea']);

/** The country a title and a run of capitalised words name ("Republic of " + "Azerbaijan"), canonical. */
function stateOf(title: string, run: string): { country: string; length: number } | undefined {
  const words = run.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(' ');
    const whole = `${title.replace(/\s+/g, ' ')}${name}`;
    const known = isKnownPlace(whole) ? canonicalPlace(whole) : undefined;
    const short =
      isKnownPlace(name) && !AMBIGUOUS.has(canonicalPlace(name)) ? canonicalPlace(name) : undefined;
    // (A title known as a whole names its own state: "Republic of Korea"; else the country in it.)
    const country = [known, short].find((c) => c && demonymOf(c));
    if (country) return { country, length: run.indexOf(words[n - 1]!) + words[n - 1]!.length };
  }
  return undefined;
}

export function stateTitledBodies(b: Builder): void {
  const { work } = b;
  if (!STYLE_OF.test(work)) return;
  for (const m of matchesOf(TITLED, work)) {
    const state = stateOf(m[2]!, m[3]!);
    if (!state) continue;
    const start = m.index;
    let end = m.index + m[0].length - m[3]!.length + state.length;
    const body = m[1]!.replace(/\s+/g, ' ');
    const un = /Mission$/.test(body) ? TO_UN.exec(work.slice(end, end + 30)) : null;
    if (/Mission$/.test(body) && !un) continue;
    if (un) end += un[0].length;
    // (What the phrase held, the cut body and the country, is part of its name now.)
    const held = b.mentions.filter((x) => x.start < end && x.end > start);
    b.mentions = b.mentions.filter((x) => !held.includes(x));
    const e = un
      ? b.get(
          'Organization',
          `${demonymOf(state.country)} Permanent Mission to the UN`,
          'entities/state-titles:of-state',
        )
      : undefined;
    if (e) b.mention(e, start, end);
    else b.orgMention(start, end, `${body} of ${state.country}`, 'entities/state-titles:of-state');
    for (const x of held) if (!b.mentions.some((y) => y.entity === x.entity)) b.entities.delete(x.entity.id);
  }
  headedBodiesOfStates(b);
}

/** "the Constitutional Court of the Republic of Armenia": a body ending in its head word, then a state's title. */
function headedBodiesOfStates(b: Builder): void {
  for (const m of [...b.mentions]) {
    if (m.entity.type !== 'Organization' || m.nominal) continue;
    const last = /(\p{L}+)$/u.exec(b.work.slice(m.start, m.end))?.[1] ?? '';
    if (!ORG_HEADS.has(last.toLowerCase())) continue;
    const t = OF_TITLE.exec(b.work.slice(m.end, m.end + 90));
    const state = t ? stateOf(t[1]!, t[2]!) : undefined;
    if (!t || !state) continue;
    const end = m.end + t[0].length - t[2]!.length + state.length;
    const held = b.mentions.filter((x) => x.start < end && x.end > m.start);
    b.mentions = b.mentions.filter((x) => !held.includes(x));
    const surface = b.text.slice(m.start, m.end).replace(/\s+/g, ' ');
    b.orgMention(m.start, end, `${surface} of ${state.country}`, 'entities/state-titles:of-state');
    for (const x of held) if (!b.mentions.some((y) => y.entity === x.entity)) b.entities.delete(x.entity.id);
  }
}
