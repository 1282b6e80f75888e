// The foreign ministry of the country a headline opens with, where a speaker stands and the text names no
// country for it: "Kenya accuses Western envoys …" then "“…,” the foreign ministry said" (or "the
// ministry said", "quoted the foreign ministry as saying"). The speaker-bodies step makes a body only when
// a demonym, a country's possessive or a capital qualifies it; a bare one in lower case is the home
// country's when the headline's subject is a country and no foreign ministry is named otherwise (else
// "the ministry" is that one, read by the quotation step, or ambiguous). Named "<Demonym> Foreign
// Ministry" like the bodies of the patterns. A capitalised bare one ("the Foreign Office (FO)", "the
// Ministry of Foreign Affairs in Islamabad") is the home state's too, that state read from the capital
// after it, the headline's subject or the dateline (bareHomeBodies).
import { canonicalPlace, CAPITALS, demonymCountry, demonymOf, isKnownPlace } from '../lexicon.js';
import type { Sentence } from '../text.js';
import type { Builder } from './builder.js';
import type { Entity } from './types.js';
import type { Mention } from './types.js';
import { matchesOf } from '../regex-matches.js';

/** A bare foreign ministry, or "the ministry", then a verb of saying; or after one ("quoted … as saying"). */
const BARE_BODY = [
  /\b[Tt]he\s+((?:foreign ministry|ministry of foreign affairs|foreign office|ministry))(?=\s+(?:(?:has|have|had|also|then|later|further|again|on \p{Lu}\p{Ll}+|\p{Ll}+ly)\s+)*(?:said|says|stated|told|added|announced|warned|noted|insisted|stressed|wrote|described|urged|accused|condemned|rejected|declared|confirmed|responded)\b)/gu,
  /\b(?:said|says|stated|added|according to|quoted)\s+the\s+((?:foreign ministry|ministry of foreign affairs|foreign office|ministry))\b(?!\s+(?:of|in|for)\b)/gu,
];

/**
 * What may stand before a headline's first word: a date line, a tag in brackets, a dateline ("ISLAMABAD:",
 * "BEIJING, China –", "KYIV —").
 */
const LEAD =
  /^\s*(?:date \d{4}-\d{2}-\d{2}\s+)?(?:\[[^\]]{1,20}\]\s*)?(?:\p{Lu}{3,}(?:\s\p{Lu}{3,})?(?:\s*:|(?:,\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)?\s+[–—-])\s*)?/u;

/** A headline's verb in title case ("Turkey Recalls Envoys"). */
const TITLE_VERB =
  /^(?:Recalls|Expels|Summons|Orders|Sanctions|Accuses|Condemns|Rejects|Imposes|Protests|Warns|Urges|Says|Slams|Calls|Declares|Denies|Welcomes|Lodges|Demands|Withdraws|Suspends|Bans|Blasts|Criticizes|Criticises|Recalled|Expelled|Summoned|Ordered)$/;

/** An envoy or mission after a headline's demonym. */
const ENVOY = /^(?:ambassadors?|envoys?|diplomats?|embassy|charg|high commissioner|consul)/i;

/** The demonym of the country a headline opens with as its subject ("Kenya accuses", "Iranian FM says"). */
export function headlineDemonym(work: string, headline: Sentence | undefined): string | undefined {
  if (!headline) return undefined;
  // (Past a page's date line, a "[Ticker]" tag or a dateline "ISLAMABAD:".)
  const text = work.slice(headline.start, headline.end).replace(LEAD, '');
  const words = text.trim().split(/\s+/);
  for (let n = 3; n >= 1; n--) {
    const w = words
      .slice(0, n)
      .join(' ')
      .replace(/['’]s$/, '');
    const next = words[n] ?? '';
    const dem = demonymCountry(w) ? w : undefined;
    // ("Norwegian Ambassador to Ankara summoned": the envoy's state, not the home one.)
    if (dem && demonymOf(demonymCountry(w)!) === w && !ENVOY.test(next)) return w;
    const capital = CAPITALS[w.toLowerCase()];
    const country = capital ?? (isKnownPlace(w) ? canonicalPlace(w) : undefined);
    // (The country is the subject: a verb or a possessive follows, not another capitalised word.)
    // ("Chile and Colombia recall …": two countries, no one home.)
    // (Only for a country: "China sanctions Rubio, Cruz" has its comma after the verb.)
    if (country && (/^(?:and|&|or)$/i.test(next) || /,$/.test(words[n - 1]!))) return undefined;
    const verb = /^\p{Ll}/u.test(next) || TITLE_VERB.test(next);
    if (country && demonymOf(country) && (verb || /['’]s$/.test(words[n - 1]!))) return demonymOf(country);
  }
  return undefined;
}

export function homeBodies(b: Builder, work: string, sents: Sentence[]): void {
  const dem = headlineDemonym(work, sents[0]);
  if (!dem) return;
  const orgs = [...b.entities.values()].filter((e) => e.type === 'Organization');
  const home = `${dem} Foreign Ministry`;
  const homeOf = (name: string) => (/Office/i.test(name) ? `${dem} Foreign Office` : home);
  // (A foreign ministry named otherwise, bare or of a country: "the foreign ministry" may be that one.)
  const foreign = (e: Entity) => /\bForeign (?:Ministry|Office)\b|\bMinistry of Foreign\b/.test(e.name);
  if (orgs.some(foreign)) return;
  const anyMinistry = orgs.some((e) => /\bMinistry\b/.test(e.name));
  for (const re of BARE_BODY)
    for (const m of matchesOf(re, work)) {
      const head = m[1]!;
      // ("the ministry" alone: only in an article about foreign ministers and with no ministry named.)
      if (head === 'ministry' && (anyMinistry || !/\bforeign minist/i.test(work))) continue;
      const at = m.index + m[0].length - head.length;
      const e = b.get('Organization', homeOf(head), 'entities/home-bodies:headline-country');
      b.mention(e, at, at + head.length, true);
    }
}

/** A foreign ministry's name with no country in it. */
const BARE_NAME =
  /^(?:Foreign (?:Office|Ministry)|Ministry of Foreign Affairs|Foreign Affairs Ministry|FO|MFA|MoFA|MOFA)$/;

/** States whose foreign ministry goes by "the Foreign Office" at home. */
const OFFICE_STATES = new Set(['Pakistani']);

/** A dateline's capital opening a line ("ISLAMABAD:", "MOSCOW, May 14 …", "Kabul —"), past a date line. */
const DATELINE =
  /(?:^|\n)[ \t]*(?:date \d{4}-\d{2}-\d{2}\s+)?(\p{Lu}[\p{Lu}\p{Ll}]+(?:[ -]\p{Lu}[\p{Lu}\p{Ll}]+)?)(?=\s*(?::\s|,\s+\p{Lu}\p{Ll}{2,9}\.?\s+\d|\s+[—–]|\s+-\s))/u;

/** The country of a capital or a country's name, as its demonym. */
function demonymOfPlace(w: string): string | undefined {
  const country = CAPITALS[w.toLowerCase()] ?? (isKnownPlace(w) ? canonicalPlace(w) : undefined);
  return country ? demonymOf(country) : undefined;
}

/**
 * Bare foreign ministries with capitals ("the Foreign Office (FO) said", "the Ministry of Foreign Affairs in
 * Islamabad"): one body, the home state's, when the text names no other state's foreign ministry. The
 * home state is the capital after a mention ("… in Islamabad"), else the headline's subject, else the
 * dateline's capital; none of them, and the bodies stay as worded.
 */
export function bareHomeBodies(b: Builder, work: string, sents: Sentence[]): void {
  const bare = [...b.entities.values()].filter((e) => e.type === 'Organization' && BARE_NAME.test(e.name));
  if (!bare.length) return;
  const ms: Mention[] = b.mentions.filter((m) => bare.includes(m.entity));
  let dem: string | undefined;
  for (const m of ms) {
    const at = /^\s+in\s+(\p{Lu}\p{Ll}+)/u.exec(work.slice(m.end, m.end + 30));
    dem = at && CAPITALS[at[1]!.toLowerCase()] ? demonymOfPlace(at[1]!) : undefined;
    if (dem) break;
  }
  dem ??= headlineDemonym(work, sents[0]);
  const line = dem ? undefined : DATELINE.exec(work.slice(0, 2000));
  dem ??= line ? demonymOfPlace(line[1]!) : undefined;
  if (!dem) return;
  // (Another state's foreign ministry named: a bare one may be that one.)
  const other = (e: Entity) =>
    e.type === 'Organization' &&
    /\bForeign (?:Ministry|Office)$/.test(e.name) &&
    !BARE_NAME.test(e.name) &&
    !e.name.startsWith(`${dem} `);
  if ([...b.entities.values()].some(other)) return;
  // (Named as the set names each state's: Pakistan's is its Foreign Office, however the page words it.)
  const office = OFFICE_STATES.has(dem);
  const home = b.get(
    'Organization',
    `${dem} Foreign ${office ? 'Office' : 'Ministry'}`,
    'entities/home-bodies:bare-body',
  );
  for (const e of bare) b.absorb(e, home);
  // (Titles read before names keep their body: "Foreign Office Spokesman X".)
  for (const l of b.roleLinks) if (bare.includes(l.org)) l.org = home;
}
