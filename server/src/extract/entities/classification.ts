// Classification: each capitalised chunk becomes an organisation (a head word such as Ministry, a known name), a
// place, or a person (the longest suffix of name-like tokens: a known first name, a title or party before it, a
// known surname, a name shape from its position), its prefix read as titles, demonyms and an organisation
// ("Russian Foreign Ministry spokeswoman Maria Zakharova", person-prefix.ts). Single words wait until the full
// names are known.
import {
  demonymCountry,
  isCommonWord,
  isFirstName,
  isKnownPlace,
  isLastName,
  KNOWN_ORGS,
  LONG_ORG_NAMES,
  ORG_ALIASES,
  ORG_HEADS,
} from '../lexicon.js';
import type { Sentence, Token } from '../text.js';
import type { Builder, PendingSingle } from './builder.js';
import { splitAtHeadlineVerbs } from './headline-verbs.js';
import { chamberOf, chunks, isKnownOrgWord, isTitle, NAME_PARTICLES, splitKnown } from './chunking.js';
import { headNamesNone } from './generic-org-names.js';
import { emblemAsSign, orgHeadAt } from './general-heads.js';
import { bodyBeforeTitles } from './titled-bodies.js';
import { noSurnameAfterTitle } from './title-compounds.js';
import { GEO_FEATURE, knownSegments, PARTY_WORDS, placeCompound } from './known-segments.js';
import { nameAfterField } from './field-names.js';
import {
  englishNameFirst,
  firstNameThenInitials,
  isInitial,
  looksLikeName,
  ORG_DOMAIN_WORD as ORG_DOMAIN,
  PERSON_NOUN,
  setOffAfterRole,
  titleWordBeforeName,
  malayHonorificBefore,
} from './name-shapes.js';
import { nameShaped } from './name-positions.js';
import { bodyByItsHead, nounBeforeName } from './sentence-start-names.js';
import { orgWordAsSurname, trimNameEdges } from './name-edges.js';
import { theInName } from './the-names.js';
import { givenBeforePatronymic, givenNameWord, placeNoName, vietnameseNameFrom } from './name-cultures.js';
import { linkLowerTitle } from './title-links.js';
import { clubName } from './clubs.js';
import { inParticleName, particleNameByShape, particleNameStart, particleSurname } from './particle-names.js';
import { CONNECTOR_WORD, type PersonTitles, readPersonPrefix, UNIT_HEAD_WORD } from './person-prefix.js';
import type { Entity } from './types.js';
import { matchesOf } from '../regex-matches.js';
import { NAME_HONORIFIC } from '../honorifics.js';
import { SAYING_RIGHT_AFTER } from '../saying-verbs.js';
import { HEAD_OF_MISSION, SPOKESPERSON } from '../role-nouns.js';
import { nameAfterPlaceField } from './place-titles.js';

/** An honorific closed by its full stop right before a chunk ("Mr. | Rabuka", "Hon. | X"): the chunk is titled. */
const DOTTED_HONORIFIC_BEFORE = new RegExp(String.raw`\b${NAME_HONORIFIC}\.\s+$`);
/** "spokesman Wang Wenbin": a lower-case title right before a chunk. */
const LOWER_TITLE_BEFORE = new RegExp(
  String.raw`\b(?:${SPOKESPERSON}|minister|president|${HEAD_OF_MISSION}|secretary|chancellor|premier|leader|lawmaker|senator|official|diplomat|counterpart|general|commander|chief|head|adviser|advisor|director|negotiator|speaker|${PERSON_NOUN})\s+$`,
);

/** A chunk the lists know whole, or whose first two words are a known place (keys built only when asked). */
/** A generation's mark closing a name of two words or more: "Joseph Estrada Jr.", "John Smith Sr". */
const generationMark = (ts: Token[], i: number) =>
  i >= 2 && i === ts.length - 1 && /^(?:Jr|Sr)$/.test(ts[i]!.text);

function knownWhole(text: string, c: Token[]): boolean {
  const key = text
    .slice(c[0]!.start, c[c.length - 1]!.end)
    .toLowerCase()
    .replace(/\s+/g, ' ');
  if (KNOWN_ORGS.has(key) || key in ORG_ALIASES || isKnownPlace(key)) return true;
  return isKnownPlace(
    c
      .slice(0, 2)
      .map((t) => t.text.toLowerCase())
      .join(' '),
  );
}

export function classifyChunks(
  b: Builder,
  toks: Token[],
  sents: Sentence[],
): {
  pendingSingles: PendingSingle[];
  personTitle: PersonTitles;
  leftovers: Token[][];
  /** Every chunk read, split around known names (the learned entities step reads them again). */
  chunks: Token[][];
} {
  const { text, work } = b;
  const sentStarts = new Set(sents.map((s) => s.start));
  const pendingSingles: PendingSingle[] = [];
  const personTitle: PersonTitles = new Map();
  /** Name-shaped runs no rule here took: name-positions.ts reads their position once persons are known. */
  const leftovers: Token[][] = [];
  const longOrgs = matchesOf(LONG_ORG_NAMES, work).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const titleCase = new Map<number, boolean>();
  const all = chunks(work, toks)
    .flatMap((c) => splitAtHeadlineVerbs(c, work, titleCase))
    .flatMap((c) => splitKnown(c, work));
  for (const raw of all) {
    let c = raw;
    if (longOrgs.some((r) => c[0]!.start < r.end && c[c.length - 1]!.end > r.start)) continue;
    // ("FC Barcelona", "Manchester United", "Aston Villa signed Tom Jones": a sports club, clubs.ts.)
    if (clubName(work, c)) {
      const from = c[0]!.text === 'The' ? c[1]! : c[0]!;
      const to = c[c.length - 1]!;
      b.orgMention(from.start, to.end, text.slice(from.start, to.end), 'entities/clubs:club-name');
      continue;
    }
    const knownChunk = c.length >= 2 && knownWhole(text, c);
    const ownThe = theInName(work, c, sentStarts);
    // Leading words that are capitalised only because they start a sentence or a headline.
    while (
      c.length &&
      !knownChunk &&
      !ownThe &&
      (/^(?:The|A|An)$/.test(c[0]!.text) ||
        ((sentStarts.has(c[0]!.start) ||
          /(?:^|\n|[“‘(:]\s*|(?:^|\s)"\s*)$/.test(work.slice(Math.max(0, c[0]!.start - 3), c[0]!.start))) &&
          isCommonWord(c[0]!.text) &&
          !PARTY_WORDS[c[0]!.text.toLowerCase()] &&
          !bodyByItsHead(c) &&
          !/^[A-Z]{2,}$/.test(c[0]!.text) &&
          !isTitle(c[0]!.text) &&
          !demonymCountry(c[0]!.text) &&
          !isKnownPlace(c[0]!.text) &&
          !nounBeforeName(c) &&
          !givenBeforePatronymic(c, 0) &&
          particleNameStart(c) !== 0 &&
          vietnameseNameFrom(c) !== 0))
    )
      c = c.slice(1);
    if (!c.length) {
      // ("Wang urged …", "May said …": at a sentence's start a common word may still be a surname.)
      if (raw.length === 1 && !/^(?:The|A|An)$/.test(raw[0]!.text)) {
        (raw[0] as PendingSingle).commonOnly = true;
        pendingSingles.push(raw[0]!);
      }
      continue;
    }
    c = trimNameEdges(c);
    if (!c.length) continue;
    const last = c[c.length - 1]!;
    const lastLow = last.text.toLowerCase();
    const full = text.slice(c[0]!.start, last.end);
    const fullKey = full.toLowerCase().replace(/\s+/g, ' ');
    if (c.length >= 2 && (KNOWN_ORGS.has(fullKey) || fullKey in ORG_ALIASES)) {
      b.orgMention(c[0]!.start, last.end, full, 'entities/classification:known-organization');
      continue;
    }
    if (c.length >= 2 && isKnownPlace(fullKey)) {
      b.placeMention(c[0]!.start, last.end, full, 'entities/classification:known-place');
      continue;
    }
    // Organisation by head word ("Russian Foreign Ministry", "Woodrow Wilson Institute", "Ministry of
    // Foreign Affairs").
    // (Also "for" and "on" when a field ends the name: "Agency for International Development Cooperation",
    // "Committee on Foreign Affairs"; not "Police for Human Rights Abuses", "Committee on Capitol Hill".)
    const ofHead = c.findIndex(
      (t, i) =>
        i > 0 &&
        (t.text === 'of' || (/^(?:for|on)$/.test(t.text) && ORG_DOMAIN.test(last.text))) &&
        (orgHeadAt(c, i - 1) || (t.text === 'of' && chamberOf(c[i - 1]!, c[i + 1]!))),
    );
    const split = ofHead > 0 ? nameAfterField(work, c, ofHead) : undefined;
    // (With no title between them, the body and the name are read apart here; a title between them leaves
    // both to the prefix and the person below: "… of Foreign Affairs Spokesperson X".)
    if (split && split.from === split.field + 1) {
      const f = c[split.field]!;
      b.orgMention(
        c[0]!.start,
        f.end,
        text.slice(c[0]!.start, f.end),
        'entities/classification:organization-head-word',
      );
      const name = c.slice(split.from);
      const person = b.get(
        'Person',
        name.map((t) => t.text).join(' '),
        'entities/classification:person-after-body',
      );
      b.mention(person, name[0]!.start, last.end);
      continue;
    }
    // (Not a title and its field, "Minister of Information and Broadcasting Services", nor "Air Force".)
    if (
      ((orgHeadAt(c, c.length - 1) && c.length >= 2) || (ofHead > 0 && !split)) &&
      !headNamesNone(c, fullKey) &&
      !emblemAsSign(work, c)
    ) {
      b.orgMention(c[0]!.start, last.end, full, 'entities/classification:organization-head-word');
      continue;
    }
    if (ownThe) {
      b.orgMention(c[0]!.start, last.end, full, 'entities/classification:name-with-the');
      continue;
    }
    // "appointed by the Cabinet", "told Parliament": a lone national institution inside a sentence.
    if (
      c.length === 1 &&
      /^(?:Cabinet|Parliament|Senate|Congress)$/.test(c[0]!.text) &&
      !sentStarts.has(c[0]!.start) &&
      /\b(?:the|by|to|told|in|before)\s+$/.test(work.slice(Math.max(0, c[0]!.start - 8), c[0]!.start))
    ) {
      b.orgMention(c[0]!.start, c[0]!.end, c[0]!.text, 'entities/classification:lone-institution');
      continue;
    }
    // "Le Pen", "Du Pont": a particle and a common word, the surname of a particle name named elsewhere.
    if (particleSurname(c)) {
      (c[1] as PendingSingle).commonOnly = true;
      pendingSingles.push(c[1]!);
      continue;
    }
    // A lone common word ("May", "Rice", "Brown") can only be the surname of a full name named elsewhere.
    if (
      c.length === 1 &&
      isCommonWord(c[0]!.text) &&
      !isKnownPlace(c[0]!.text) &&
      !KNOWN_ORGS.has(lastLow) &&
      !PARTY_WORDS[lastLow]
    ) {
      (c[0] as PendingSingle).commonOnly = true;
      pendingSingles.push(c[0]!);
      continue;
    }
    // "spokesman Wang Wenbin": a lower-case title right before the chunk.
    const lowerTitled = LOWER_TITLE_BEFORE.test(work.slice(Math.max(0, c[0]!.start - 20), c[0]!.start));
    // "Foreign Minister of China Wang Yi": a title whose field is a place titles the chunk after the place.
    const afterPlaceField = nameAfterPlaceField(work, c);
    const titledBefore = lowerTitled || afterPlaceField === 0;
    // "Foreign Minister Park Chin said": one or two words between a title and a verb of saying are a
    // name, whatever else the lexicon knows them as.
    const titleAt = c.map((t) => isTitle(t.text)).lastIndexOf(true);
    const titledBeforeSpeech =
      titleAt >= 0 &&
      c.length - titleAt - 1 >= 1 &&
      c.length - titleAt - 1 <= 2 &&
      SAYING_RIGHT_AFTER.test(work.slice(c[c.length - 1]!.end, c[c.length - 1]!.end + 14));
    // Person: the longest suffix of name-like tokens (up to four name words; particles do not count:
    // "Mohammed bin Zayed Al Nahyan", "Luiz Inacio Lula da Silva").
    let k = c.length;
    const wordsFrom = (from: number) =>
      c.slice(from).filter((t, i) => !(i > 0 && NAME_PARTICLES.has(t.text.toLowerCase()))).length;
    // ("Bui Thanh Son", "Said Bin Mohammad": a name shape that makes its common words name words.)
    const culture = vietnameseNameFrom(c);
    while (k > 0 && wordsFrom(k - 1) <= 4) {
      const t = c[k - 1]!;
      if (
        !(culture >= 0 && k > culture) &&
        !givenBeforePatronymic(c, k - 1) &&
        // ("Minister for Investment": a connector inside the chunk is a title's or a body's, no name's; so
        // is the field after it before a name: "Secretary of Modernization Jane Roe", name-shapes.ts.)
        (CONNECTOR_WORD.test(t.text) ||
          UNIT_HEAD_WORD.test(t.text) ||
          titleWordBeforeName(c, k) ||
          malayHonorificBefore(work, c, k) ||
          isTitle(t.text) ||
          demonymCountry(t.text) ||
          placeNoName(c, k - 1) ||
          placeCompound(t.text) ||
          (isKnownOrgWord(t.text) && !orgWordAsSurname(c, k)) ||
          PARTY_WORDS[t.text.toLowerCase()] ||
          ORG_HEADS.has(t.text.toLowerCase()) ||
          ORG_DOMAIN.test(t.text) ||
          /^\d/.test(t.text) ||
          (isCommonWord(t.text) &&
            !isFirstName(t.text) &&
            // ("Marine Le Pen": around a particle, the given name and the surname, particle-names.ts.)
            !inParticleName(c, k - 1) &&
            !isInitial(t.text) &&
            !generationMark(c, k - 1) &&
            !(NAME_PARTICLES.has(t.text) && k < c.length && k > 1) &&
            // "Secretary of State Rex Tillerson": right after a title, a capitalised word is the first name.
            !(k >= 2 && k < c.length && isTitle(c[k - 2]!.text)) &&
            !(afterPlaceField > 0 && k - 1 === afterPlaceField && k < c.length) &&
            !(titledBefore && k === 1 && c.length <= 3) &&
            // "ambassador to Washington, Qin Gang,": set off after a role, a common noun is a name word.
            !setOffAfterRole(work, c) &&
            !(titledBeforeSpeech && k - 1 > titleAt) &&
            // "Theresa May": after a first name, a common word is the surname.
            !(k >= 2 && isFirstName(c[k - 2]!.text) && !isTitle(t.text)) &&
            !(k === 1 && (nounBeforeName(c) || englishNameFirst(c))))) &&
        // "John R. Bolton", "Kelly D. K. Craft": after a first name and initials, any word is the surname.
        !firstNameThenInitials(c, k - 1)
      )
        break;
      k--;
    }
    const nameToks = c.slice(k);
    const prefix = c.slice(0, k);
    const titled =
      (prefix.length > 0 &&
        (isTitle(prefix[prefix.length - 1]!.text) || prefix.length === afterPlaceField)) ||
      (prefix.length === 0 && titledBefore);
    const partyBefore = prefix.length > 0 && PARTY_WORDS[prefix[prefix.length - 1]!.text.toLowerCase()];
    const common = nameToks.some(
      (t, i) =>
        isCommonWord(t.text) &&
        !(
          i === 0 &&
          (isFirstName(t.text) ||
            (k > 0 && (isTitle(c[k - 1]!.text) || k === afterPlaceField) && nameToks.length > 1))
        ) &&
        !(i === 0 && k === 0 && titledBefore && nameToks.length > 1) &&
        !isInitial(t.text) &&
        !generationMark(nameToks, i) &&
        !(i > 0 && NAME_PARTICLES.has(t.text)) &&
        !(i > 0 && isFirstName(nameToks[i - 1]!.text)) &&
        !(i === 0 && k === 0 && (nounBeforeName(nameToks) || englishNameFirst(nameToks))) &&
        !firstNameThenInitials(nameToks, i) &&
        !(culture >= 0 && k + i >= culture) &&
        !inParticleName(nameToks, i) &&
        !givenBeforePatronymic(nameToks, i),
    );
    let person: Entity | undefined;
    // ("the Muslim Brotherhood", "the Nur Otan party": a name right after "the" is a body's or a place's.)
    // (Not a name made a modifier: "the Jane Roe-led country", "the Jane Roe case".)
    const afterThe =
      k === 0 &&
      /\b[Tt]he[^\S\n]+$/.test(work.slice(Math.max(0, c[0]!.start - 5), c[0]!.start)) &&
      !/^(?:[-‐–]|['’]s\b|\s+(?:case|affair|era|years?|family|doctrine|plan|visit|poisoning|regime|government|administration|presidency)\b)/.test(
        work.slice(last.end, last.end + 12),
      );
    if (
      !afterThe &&
      nameToks.length >= 2 &&
      !GEO_FEATURE.test(last.text) &&
      (!common || setOffAfterRole(work, nameToks) || (titledBeforeSpeech && k === titleAt + 1)) &&
      (givenNameWord(nameToks) ||
        englishNameFirst(nameToks) ||
        titled ||
        partyBefore ||
        isLastName(nameToks[nameToks.length - 1]!.text) ||
        culture === k ||
        givenBeforePatronymic(nameToks, 0) ||
        particleNameByShape(nameToks) ||
        // (A name no lexicon knows after "the" is a building or a body: "at the Rashtrapati Bhavan".)
        (looksLikeName(work, nameToks) &&
          !(k === 0 && /\bthe\s+$/.test(work.slice(Math.max(0, c[0]!.start - 5), c[0]!.start)))))
    ) {
      const name = nameToks.map((t) => t.text).join(' ');
      const why = isFirstName(nameToks[0]!.text)
        ? 'person-first-name'
        : titled
          ? 'person-after-title'
          : partyBefore
            ? 'person-after-party'
            : isLastName(nameToks[nameToks.length - 1]!.text)
              ? 'person-known-surname'
              : 'person-name-shape';
      person = b.get('Person', name, `entities/classification:${why}`);
      b.mention(person, nameToks[0]!.start, nameToks[nameToks.length - 1]!.end);
      if (prefix.length === 0 && lowerTitled) {
        const lower = linkLowerTitle(b, person, nameToks[0]!.start, nameToks[nameToks.length - 1]!.end);
        // ("Chinese leader Xi Jinping" is the one "the Chinese leader" refers to.)
        const dem = /(\p{Lu}[\p{L}]+)\s+[\p{Ll}-]+\s+$/u.exec(
          work.slice(Math.max(0, c[0]!.start - 40), c[0]!.start),
        );
        const nationality = dem ? demonymCountry(dem[1]!) : undefined;
        if (lower && !personTitle.has(person)) personTitle.set(person, { title: lower, nationality });
      }
    } else if (
      nameToks.length === 1 &&
      !common &&
      (titled ||
        partyBefore ||
        (prefix.length === 0 &&
          DOTTED_HONORIFIC_BEFORE.test(work.slice(Math.max(0, c[0]!.start - 14), c[0]!.start)))) &&
      !GEO_FEATURE.test(last.text) &&
      !(titled && prefix.length > 0 && noSurnameAfterTitle(prefix[prefix.length - 1]!.text, last.text))
    ) {
      pendingSingles.push(nameToks[0]!);
      (nameToks[0] as PendingSingle).titled = true;
    } else if (nameToks.length === 1 && prefix.length === 0 && !isKnownPlace(nameToks[0]!.text)) {
      pendingSingles.push(nameToks[0]!);
      continue;
    } else {
      if (nameToks.length >= 2 && !titled && nameShaped(nameToks)) leftovers.push(nameToks);
      knownSegments(b, bodyBeforeTitles(b, c));
      continue;
    }
    // The prefix: an organisation ending in a head word, places, demonyms and titles (person-prefix.ts).
    readPersonPrefix(b, c, prefix, nameToks, person, personTitle);
  }
  return { pendingSingles, personTitle, leftovers, chunks: all };
}
