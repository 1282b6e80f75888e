// The words before a person's name in a capitalised chunk (classification.ts): an organisation ending in a
// head word, places, demonyms and titles ("Russian Foreign Ministry spokeswoman Maria Zakharova"). The titles
// and the nationality are kept for the person; with an organisation they make a role link.
import {
  canonicalPlace,
  demonymCountry,
  demonymOf,
  isKnownPlace,
  KNOWN_ORGS,
  ORG_HEADS,
} from '../lexicon.js';
import { span, type Token } from '../text.js';
import type { Builder, PendingSingle } from './builder.js';
import { isTitle } from './chunking.js';
import { knownSegments } from './known-segments.js';
import { titlesThenConnector } from './name-edges.js';
import { linkTitleToOrg, ownerCountry } from './title-links.js';
import type { Entity } from './types.js';

/** Titles and nationalities read before person names, applied once the persons are merged. */
export type PersonTitles = Map<Entity, { title: string; nationality?: string }>;

/** Title words that are a ministry's field too ("Foreign Minister", "Foreign Ministry"). */
const MINISTRY_FIELD = /^(?:foreign|defen[cs]e|interior|finance|treasury)$/i;
/** Whether prefix[i] is a ministry's field right before the body's head word at `head` ("Foreign Ministry"). */
const fieldBeforeMinistry = (prefix: Token[], i: number, head: number) =>
  head === i + 1 && MINISTRY_FIELD.test(prefix[i]!.text) && /^(?:Ministry|Office)$/.test(prefix[head]!.text);

/** Head words that open a compound title with a title word after them ("Press Secretary", "Cabinet Secretary"). */
const TITLE_OPENING_HEAD = /^(?:press|cabinet)$/i;
/**
 * Whether prefix[i] is a head word that opens a compound title with the title after it ("Kremlin Press
 * Secretary X", "Foreign Affairs Cabinet Secretary X", "Palace Press Officer X"): the title's, not a
 * body's head.
 */
const opensCompoundTitle = (prefix: Token[], i: number) =>
  TITLE_OPENING_HEAD.test(prefix[i]!.text) && i + 1 < prefix.length && isTitle(prefix[i + 1]!.text);

/** A connector kept inside titles and names ("Minister for Railways"). */
export const CONNECTOR_WORD = /^(?:of|for|on)$/;
/** A subnational unit's head word, never a name's word ("Minister of Volta Region Joseph Addo"). */
export const UNIT_HEAD_WORD = /^(?:Region|Province|District|County|Oblast|Governorate|Prefecture|Territory)$/;

/**
 * Reads `prefix`, the tokens of chunk `c` before the name `nameToks` (of `person` when it was made one): its
 * organisation, places, demonyms and titles; the titles and nationality go to `personTitle` (or onto a
 * single name's token, read once the full names are known).
 */
export function readPersonPrefix(
  b: Builder,
  c: Token[],
  prefix: Token[],
  nameToks: Token[],
  person: Entity | undefined,
  personTitle: PersonTitles,
): void {
  const { text, work } = b;
  let orgEnd = -1;
  for (let i = 0; i < prefix.length; i++)
    if (ORG_HEADS.has(prefix[i]!.text.toLowerCase()) && !opensCompoundTitle(prefix, i)) orgEnd = i;
  // "Committee on International Affairs", "Ministry of Foreign Affairs": the body's field belongs to it.
  const fieldAt = prefix.findIndex(
    (t, i) => ORG_HEADS.has(t.text.toLowerCase()) && /^(?:of|on|for)$/.test(prefix[i + 1]?.text ?? ''),
  );
  if (fieldAt >= 0) {
    // (Up to the titles that end the prefix: "… on Foreign Affairs Chairman X".)
    let end = prefix.length - 1;
    while (end > fieldAt + 1 && isTitle(prefix[end]!.text)) end--;
    orgEnd = Math.max(orgEnd, end);
  }
  let org: Entity | undefined;
  // "Chief Cabinet Secretary X": titles before a lone head word make a title, not an organisation.
  let orgStart = 0;
  // (Up to a connector: "Secretary of Health and Human Services X" is all title.)
  // (A ministry's field before its head is the body's, though "Foreign" also opens a title: "Foreign
  // Ministry Spokesperson X", "Defence Ministry spokesman X" name a body.)
  while (
    orgStart < orgEnd &&
    isTitle(prefix[orgStart]!.text) &&
    !CONNECTOR_WORD.test(prefix[orgStart]!.text) &&
    !fieldBeforeMinistry(prefix, orgStart, orgEnd)
  )
    orgStart++;
  if (orgStart > 0 && orgStart === orgEnd) orgEnd = -1;
  // ("[Omani] Minister for Railways X": a connector after the titles opens the title's field, no body.)
  if (titlesThenConnector(prefix)) orgEnd = -1;
  // ("Press Secretary X", "Union Ambassador X": a lone generic head word before a title is the title's.)
  if (orgStart === orgEnd && orgEnd >= 0 && !KNOWN_ORGS.has(prefix[orgEnd]!.text.toLowerCase())) orgEnd = -1;
  if (orgEnd >= 1 || (orgEnd === 0 && prefix.length > 1)) {
    org = b.orgMention(
      prefix[orgStart]!.start,
      prefix[orgEnd]!.end,
      text.slice(prefix[orgStart]!.start, prefix[orgEnd]!.end),
      'entities/classification:organization-before-title',
    );
  } else orgEnd = -1;
  let nationality: string | undefined;
  const titleToks: string[] = [];
  // (Words that are neither titles nor demonyms are read together: "White House" before "Press Secretary".)
  let run: Token[] = [];
  const flush = () => {
    // "Belgium Prime Minister X", "Foreign Minister of Russia X": a country's own name among the titles.
    if (run.length) nationality ??= countryNamed(run.map((t) => t.text).join(' '));
    if (run.length) knownSegments(b, run);
    run = [];
  };
  for (let i = orgEnd + 1; i < prefix.length; i++) {
    const t = prefix[i]!;
    const dem = demonymCountry(t.text);
    if (isTitle(t.text) || opensCompoundTitle(prefix, i)) {
      flush();
      titleToks.push(t.text);
    } else if (dem) {
      flush();
      nationality = dem;
      if (isKnownPlace(t.text))
        b.placeMention(t.start, t.end, t.text, 'entities/classification:demonym-place');
    } else run.push(t);
  }
  flush();
  const title = titleToks.join(' ');
  // ("Afghanistan’s acting Foreign Minister X": the country that owns the title.)
  if (person && title && !org)
    nationality ??= ownerCountry(work.slice(Math.max(0, c[0]!.start - 40), c[0]!.start));
  if (person && title) personTitle.set(person, { title, nationality });
  if (person && org && title)
    b.roleLinks.push({
      person,
      org,
      title,
      evidence: span(text, prefix[0]!.start, nameToks[nameToks.length - 1]!.end),
    });
  // "U.N. Secretary General Antonio Guterres": the organisation named just before the titles.
  else if (person && title) {
    let first = prefix.length;
    while (first > 0 && isTitle(prefix[first - 1]!.text)) first--;
    if (first < prefix.length)
      linkTitleToOrg(b, person, prefix[first]!.start, title, nameToks[nameToks.length - 1]!.end);
  }
  if (nameToks.length === 1 && title) {
    (nameToks[0] as PendingSingle).title = title;
    (nameToks[0] as PendingSingle).nat = nationality;
  }
}

/** The country a phrase names by its own name ("Belgium", "South Africa"), not a city or a region. */
function countryNamed(words: string): string | undefined {
  const place = canonicalPlace(words);
  return isKnownPlace(words) && demonymOf(place) ? place : undefined;
}
