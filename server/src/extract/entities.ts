// People, organisations and places. Capitalised chunks of the masked body are split into titles, demonyms,
// organisations (a head word such as Ministry or Embassy, or a known institution/outlet/acronym), places
// (compromise's countries, cities and regions plus aliases such as U.S.) and person names (a first name
// from compromise's lexicon, or a title before the name). Surname-only mentions, re-ordered names and
// role phrases ("Russia's envoy to the United States", "the ambassador", "the Russian president") are
// resolved to the full name in the same article.
import type { Span } from '../ingest/annotation-schema.js';
import {
  canonicalOrg,
  canonicalPlace,
  CAPITALS,
  DEMONYM_ORG_HEADS,
  demonymCountry,
  demonymOf,
  isCommonWord,
  isFirstName,
  isKnownPlace,
  isLastName,
  isLexOrg,
  lexTags,
  KNOWN_ORGS,
  LONG_ORG_NAMES,
  NOT_ACRONYM_ORGS,
  ORG_ALIASES,
  ORG_HEADS,
  TITLE_WORDS,
} from './lexicon.js';
import { slugify, span, type Sentence, type Token } from './text.js';

export type EntityType = 'Person' | 'Organization' | 'Place';

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  mentions: Span[];
  title?: string;
  /** Country (canonical place name) the entity belongs to: "Russian President" → Russia. */
  nationality?: string;
  /** Ambassador/envoy role: the country that sent and the country they are posted to. */
  envoy?: { origin?: string; target?: string };
  description?: string;
}

export interface Mention {
  start: number;
  end: number;
  entity: Entity;
  /** A nominal or pronoun-like reference ("the ambassador"), not a name. */
  nominal?: boolean;
}

export interface EntityIndex {
  entities: Entity[];
  /** All mentions sorted by start. */
  mentions: Mention[];
  placeByName(name: string): Entity | undefined;
  /** Entity id whose name maps to a country or capital, for metonyms and demonyms. */
  countryEntity(country: string): Entity | undefined;
  /** Title/role hints found before names: person → org they speak for, etc. */
  roleLinks: { person: Entity; org: Entity; title: string; evidence: Span }[];
  envoyLinks: { person: Entity; target: Entity; evidence: Span }[];
}

const MONTHS =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)$/;
const WEEKDAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const PLACE_HEADS =
  /^(airport|square|street|avenue|island|islands|river|sea|oblast|province|district|bay|strait|mountains|peninsula|region|palace|base|port|station|bridge|border)$/i;
const PARTY_WORDS: Record<string, string> = {
  labour: 'Labour Party',
  conservative: 'Conservative Party',
  conservatives: 'Conservative Party',
  tory: 'Conservative Party',
  tories: 'Conservative Party',
  republican: 'Republican Party',
  republicans: 'Republican Party',
  democrat: 'Democratic Party',
  democrats: 'Democratic Party',
};
const CONNECTORS = new Set(['of', 'for']);
/** An acronym before one of these is a weapon or system ("SCALP missiles"), not an organisation. */
const WEAPON_AFTER = /^\s+(?:missiles?|rockets?|systems?|tanks?|jets?|drones?|launchers?|rifles?)\b/;
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'du',
  'von',
  'van',
  'der',
  'den',
  'al',
  'bin',
  'ibn',
  'le',
  'la',
  'Le',
  'La',
  'De',
  'Van',
  'Von',
  'Al',
  'El',
  'el',
  'ter',
]);

class Builder {
  entities = new Map<string, Entity>();
  mentions: Mention[] = [];
  roleLinks: EntityIndex['roleLinks'] = [];
  envoyLinks: EntityIndex['envoyLinks'] = [];
  constructor(readonly text: string) {}

  get(type: EntityType, name: string): Entity {
    const prefix = type === 'Person' ? 'person' : type === 'Place' ? 'place' : 'organization';
    const id = `${prefix}:${slugify(name)}`;
    let e = this.entities.get(id);
    if (!e) {
      e = { id, type, name, aliases: new Set(), mentions: [] };
      this.entities.set(id, e);
    }
    return e;
  }
  mention(e: Entity, start: number, end: number, nominal = false): void {
    if (end <= start) return;
    this.mentions.push({ start, end, entity: e, nominal });
    if (!nominal) {
      const surface = this.text.slice(start, end).replace(/\s+/g, ' ');
      if (surface !== e.name) e.aliases.add(surface);
    }
  }
}

/** Splits a chunk around known multi-word places and organisations ("United States | Anatoly Antonov"). */
function splitKnown(c: Token[]): Token[][] {
  const whole = c.map((t) => t.text.toLowerCase()).join(' ');
  if (c.length >= 2 && (KNOWN_ORGS.has(whole) || whole in ORG_ALIASES)) return [c];
  const out: Token[][] = [];
  let from = 0;
  for (let i = 0; i < c.length; i++) {
    for (let len = Math.min(3, c.length - i); len >= 2; len--) {
      if (len === c.length) continue;
      const key = c
        .slice(i, i + len)
        .map((t) => t.text.toLowerCase())
        .join(' ');
      const next = c[i + len];
      // "National Security Council": a known organisation ending a longer organisation name stays in it.
      const tailOfOrg =
        !isKnownPlace(key) &&
        i + len === c.length &&
        i > 0 &&
        ORG_HEADS.has(c[c.length - 1]!.text.toLowerCase()) &&
        !demonymCountry(c[i - 1]!.text) &&
        !isKnownPlace(c[i - 1]!.text) &&
        !TITLE_WORDS.has(c[i - 1]!.text.toLowerCase()) &&
        lexTags(c[i - 1]!.text).some((t) => t === 'Adjective' || t === 'Noun' || t === 'Singular');
      if (
        (isKnownPlace(key) || KNOWN_ORGS.has(key) || key in ORG_ALIASES) &&
        !(next && ORG_HEADS.has(next.text.toLowerCase())) &&
        !tailOfOrg
      ) {
        // "US State Department", "Russian Foreign Ministry": a demonym before an organisation belongs to it.
        const s0 = !isKnownPlace(key) && i > from && demonymCountry(c[i - 1]!.text) ? i - 1 : i;
        if (s0 > from) out.push(c.slice(from, s0));
        out.push(c.slice(s0, i + len));
        from = i + len;
        i += len - 1;
        break;
      }
    }
  }
  if (from < c.length) out.push(c.slice(from));
  return out;
}

const SURNAME_END =
  /(?:ov|ova|ev|eva|in|ina|sky|skaya|ska|ski|skiy|enko|uk|chuk|yan|ian|ez|son|sen|aya|ich|vich|vic|ić|escu|oglu|ashvili|idze|shvili|berg|stein|mann|ini|etti)$/;
/**
 * An unknown two- or three-word capitalised name (no word in the lexicon) is a person when the surname
 * looks like one ("Navalnaya", "Trepelkov") or the context says so: a speech verb after it, an
 * apposition (", the widow of"), or a relation noun before it ("his daughter, Dasha Navalnaya").
 */
function looksLikeName(work: string, toks: Token[]): boolean {
  if (
    toks.length > 3 ||
    toks.some((t) => lexTags(t.text).length > 0 || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text))
  )
    return false;
  const last = toks[toks.length - 1]!;
  if (SURNAME_END.test(last.text)) return true;
  const after = work.slice(last.end, last.end + 30);
  const before = work.slice(Math.max(0, toks[0]!.start - 40), toks[0]!.start);
  const before80 = work.slice(Math.max(0, toks[0]!.start - 80), toks[0]!.start);
  return (
    /^,?\s+(?:said|says|told|added|wrote|who|the\s+\p{Ll}+\s+of)\b/u.test(after) ||
    // An apposition to a role: "the charge d'affaires, Kristjan Tamm,", "ambassador to Russia, Kenji Morita,".
    (ROLE_BEFORE.test(before80) && /^\s*[,.;:]/.test(after)) ||
    // A role after it: "Bujar Osmani, North Macedonia's foreign minister", "X, the Czech envoy".
    ROLE_AFTER.test(work.slice(last.end, last.end + 60)) ||
    /\b(?:widow|wife|husband|son|daughter|brother|sister|mother|father|aide|adviser|advisor|lawyer|spokes(?:wo)?man|spokesperson|deputy)\s*,?\s*$/.test(
      before,
    )
  );
}

const ROLE_NOUN = String.raw`(?:ambassador|envoy|charg[ée] d['’]affaires|minister|secretary|spokes(?:wo)?man|spokesperson|chairman|chairwoman|president|prime minister|judge|prosecutor|diplomat|consul|governor|mayor|commander|chief|leader|spokes(?:wo)?man)`;
const ROLE_BEFORE = new RegExp(
  String.raw`\b${ROLE_NOUN}(?:\s+(?:to|in|at|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s*,\s*$|\b(?:letter|message|note)\s+to\s+$`,
  'iu',
);
const ROLE_AFTER = new RegExp(
  String.raw`^,\s+(?:(?:the|a|an)\s+|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s\s+)(?:[\p{L}-]+\s+){0,2}?${ROLE_NOUN}\b`,
  'iu',
);

function isTitle(t: string): boolean {
  return TITLE_WORDS.has(t.toLowerCase());
}

/** Splits token lists into capitalised chunks (with "of" inside titles and organisation names). */
function chunks(work: string, toks: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  const flush = () => {
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = cur[cur.length - 1];
    if (prev && /\n/.test(work.slice(prev.end, t.start))) flush();
    if (prev && work.slice(prev.end, t.start).length > 1 && /\S/.test(work.slice(prev.end, t.start))) flush();
    const isWord = /^[\p{L}\d]/u.test(t.text);
    // A month after a first name is a surname ("Theresa May"); otherwise months and weekdays stand alone.
    const monthLike = MONTHS.test(t.text) || WEEKDAYS.test(t.text);
    if (isWord && t.cap && (!monthLike || (prev && isFirstName(prev.text) && prev.end + 1 === t.start))) {
      cur.push(t);
      continue;
    }
    if (isWord && t.cap && monthLike) {
      flush();
      out.push([t]);
      continue;
    }
    // "Secretary of State", "Ministry of Foreign Affairs", "Bank of England"
    const next = toks[i + 1];
    if (cur.length && CONNECTORS.has(t.text) && next?.cap && next.start === t.end + 1) {
      const head = cur[cur.length - 1]!.text.toLowerCase();
      if (TITLE_WORDS.has(head) || ORG_HEADS.has(head)) {
        cur.push(t);
        continue;
      }
    }
    // Name particles: "Ursula von der Leyen", "Charles de Gaulle".
    if (
      cur.length &&
      NAME_PARTICLES.has(t.text) &&
      next &&
      next.start === t.end + 1 &&
      (next.cap || NAME_PARTICLES.has(next.text))
    ) {
      cur.push(t);
      continue;
    }
    if (/^['’][sS]$/.test(t.text) && cur.length) {
      (cur as Token[] & { possessive?: boolean }).possessive = true;
    }
    flush();
  }
  flush();
  return out;
}

export function extractEntities(text: string, work: string, toks: Token[], sents: Sentence[]): EntityIndex {
  const b = new Builder(text);
  const sentStarts = new Set(sents.map((s) => s.start));
  const pendingSingles: Token[] = [];
  const personTitle = new Map<Entity, { title: string; nationality?: string }>();

  const placeMention = (start: number, end: number, surface: string) => {
    const e = b.get('Place', canonicalPlace(surface));
    b.mention(e, start, end);
    return e;
  };
  const orgMention = (start: number, end: number, surface: string) => {
    let name = canonicalOrg(surface);
    name = name.replace(
      /\b(embassy|ministry|military|government|consulate)\b/g,
      (w) => w[0]!.toUpperCase() + w.slice(1),
    );
    // A generic name ("Ministry of Foreign Affairs", "Foreign Ministry") takes the country named just
    // before it ("China's Ministry of Foreign Affairs" → "Chinese Ministry of Foreign Affairs").
    if (
      /^(?:Ministry|Foreign Ministry|Defen[cs]e Ministry|Embassy|Government|Parliament|Foreign Office|Armed Forces)\b/.test(
        name,
      )
    ) {
      const before = /(\p{Lu}[\p{L}.]*)(?:['’]s)?\s+(?:the\s+)?$/u.exec(
        work.slice(Math.max(0, start - 30), start),
      );
      const country = before
        ? (demonymCountry(before[1]!) ?? (isKnownPlace(before[1]!) ? canonicalPlace(before[1]!) : undefined))
        : undefined;
      const dem = country ? demonymOf(country) : undefined;
      if (dem) name = `${dem} ${name}`;
    }
    const e = b.get('Organization', name);
    b.mention(e, start, end);
    return e;
  };

  /** Greedy left-to-right segmentation of a chunk without a person name into known places and orgs. */
  const knownSegments = (c: Token[]) => {
    for (let i = 0; i < c.length;) {
      let done = false;
      for (let len = Math.min(4, c.length - i); len >= 1 && !done; len--) {
        const seg = c.slice(i, i + len);
        const surface = text.slice(seg[0]!.start, seg[len - 1]!.end);
        const key = surface.toLowerCase().replace(/\s+/g, ' ');
        const nextTok = c[i + len];
        if (len >= 2 && PLACE_HEADS.test(seg[len - 1]!.text)) {
          placeMention(
            seg[0]!.start,
            seg[len - 1]!.end,
            surface.replace(/\s+\S+$/, (h) => h.replace(/\b\p{Ll}/u, (x) => x.toUpperCase())),
          );
          done = true;
        } else if (
          KNOWN_ORGS.has(key) ||
          key in ORG_ALIASES ||
          (len === 1 && isLexOrg(key) && !isKnownPlace(key))
        ) {
          orgMention(seg[0]!.start, seg[len - 1]!.end, surface);
          done = true;
        } else if (
          isKnownPlace(key) &&
          !(len === 1 && nextTok && ORG_HEADS.has(nextTok.text.toLowerCase()))
        ) {
          placeMention(seg[0]!.start, seg[len - 1]!.end, surface);
          done = true;
        } else if (
          len === 1 &&
          /^[A-Z][A-Z0-9]{1,5}$/.test(key.toUpperCase()) &&
          surface === surface.toUpperCase() &&
          /^[A-Z]/.test(surface) &&
          !NOT_ACRONYM_ORGS.has(surface) &&
          surface.length <= 6 &&
          !WEAPON_AFTER.test(work.slice(seg[0]!.end, seg[0]!.end + 12))
        ) {
          orgMention(seg[0]!.start, seg[0]!.end, surface);
          done = true;
        } else if (len === 1 && /-/.test(surface)) {
          // "Russia-US ties": each part that is a place.
          let off = seg[0]!.start;
          for (const part of surface.split('-')) {
            if (part && isKnownPlace(part)) placeMention(off, off + part.length, part);
            off += part.length + 1;
          }
          done = true;
        } else if (len === 1 && PARTY_WORDS[key]) {
          orgMention(seg[0]!.start, seg[0]!.end, PARTY_WORDS[key]!);
          done = true;
        }
        if (done) i += len;
      }
      if (!done) i++;
    }
  };

  const longOrgs = [...work.matchAll(LONG_ORG_NAMES)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const raw of chunks(work, toks).flatMap(splitKnown)) {
    let c = raw;
    if (longOrgs.some((r) => c[0]!.start < r.end && c[c.length - 1]!.end > r.start)) continue;
    const chunkKey = text
      .slice(c[0]!.start, c[c.length - 1]!.end)
      .toLowerCase()
      .replace(/\s+/g, ' ');
    const head2 = c
      .slice(0, 2)
      .map((t) => t.text.toLowerCase())
      .join(' ');
    const knownChunk =
      c.length >= 2 &&
      (KNOWN_ORGS.has(chunkKey) || chunkKey in ORG_ALIASES || isKnownPlace(chunkKey) || isKnownPlace(head2));
    // Leading words that are capitalised only because they start a sentence or a headline.
    while (
      c.length &&
      !knownChunk &&
      (/^(?:The|A|An)$/.test(c[0]!.text) ||
        ((sentStarts.has(c[0]!.start) ||
          /(?:^|\n|[“‘(:]\s*|(?:^|\s)"\s*)$/.test(work.slice(Math.max(0, c[0]!.start - 3), c[0]!.start))) &&
          isCommonWord(c[0]!.text) &&
          !PARTY_WORDS[c[0]!.text.toLowerCase()] &&
          !(c.length >= 3 && ORG_HEADS.has(c[c.length - 1]!.text.toLowerCase())) &&
          !/^[A-Z]{2,}$/.test(c[0]!.text) &&
          !isTitle(c[0]!.text) &&
          !demonymCountry(c[0]!.text) &&
          !isKnownPlace(c[0]!.text)))
    )
      c = c.slice(1);
    if (!c.length) continue;
    const last = c[c.length - 1]!;
    const lastLow = last.text.toLowerCase();
    const full = text.slice(c[0]!.start, last.end);
    const fullKey = full.toLowerCase().replace(/\s+/g, ' ');
    if (c.length >= 2 && (KNOWN_ORGS.has(fullKey) || fullKey in ORG_ALIASES)) {
      orgMention(c[0]!.start, last.end, full);
      continue;
    }
    if (c.length >= 2 && isKnownPlace(fullKey)) {
      placeMention(c[0]!.start, last.end, full);
      continue;
    }
    // Organisation by head word ("Russian Foreign Ministry", "Woodrow Wilson Institute", "Ministry of
    // Foreign Affairs").
    const ofHead = c.findIndex(
      (t, i) => i > 0 && t.text === 'of' && ORG_HEADS.has(c[i - 1]!.text.toLowerCase()),
    );
    if ((ORG_HEADS.has(lastLow) && c.length >= 2) || ofHead > 0) {
      orgMention(c[0]!.start, last.end, full);
      continue;
    }
    // "appointed by the Cabinet", "told Parliament": a lone national institution inside a sentence.
    if (
      c.length === 1 &&
      /^(?:Cabinet|Parliament|Senate|Congress)$/.test(c[0]!.text) &&
      !sentStarts.has(c[0]!.start) &&
      /\b(?:the|by|to|told|in|before)\s+$/.test(work.slice(Math.max(0, c[0]!.start - 8), c[0]!.start))
    ) {
      orgMention(c[0]!.start, c[0]!.end, c[0]!.text);
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
      (c[0] as Token & { commonOnly?: boolean }).commonOnly = true;
      pendingSingles.push(c[0]!);
      continue;
    }
    // "spokesman Wang Wenbin": a lower-case title right before the chunk.
    const lowerTitled =
      /\b(?:spokes(?:wo)?man|spokesperson|minister|president|ambassador|envoy|secretary|chancellor|premier|leader|lawmaker|senator|official|diplomat|counterpart|general|commander|chief|head|adviser|advisor|director|negotiator)\s+$/.test(
        work.slice(Math.max(0, c[0]!.start - 20), c[0]!.start),
      );
    // Person: the longest suffix of name-like tokens.
    let k = c.length;
    while (k > 0 && c.length - k < 4) {
      const t = c[k - 1]!;
      if (
        isTitle(t.text) ||
        demonymCountry(t.text) ||
        (isKnownPlace(t.text) && !(k < c.length && isFirstName(t.text))) ||
        KNOWN_ORGS.has(t.text.toLowerCase()) ||
        PARTY_WORDS[t.text.toLowerCase()] ||
        ORG_HEADS.has(t.text.toLowerCase()) ||
        /^\d/.test(t.text) ||
        (isCommonWord(t.text) &&
          !isFirstName(t.text) &&
          !/^\p{Lu}\.$/u.test(t.text) &&
          !(NAME_PARTICLES.has(t.text) && k < c.length && k > 1) &&
          // "Secretary of State Rex Tillerson": right after a title, a capitalised word is the first name.
          !(k >= 2 && k < c.length && isTitle(c[k - 2]!.text)) &&
          !(lowerTitled && k === 1 && c.length <= 3) &&
          // "Theresa May": after a first name, a common word is the surname.
          !(k >= 2 && isFirstName(c[k - 2]!.text) && !isTitle(t.text)))
      )
        break;
      k--;
    }
    const nameToks = c.slice(k);
    const prefix = c.slice(0, k);
    const titled =
      (prefix.length > 0 && isTitle(prefix[prefix.length - 1]!.text)) || (prefix.length === 0 && lowerTitled);
    const partyBefore = prefix.length > 0 && PARTY_WORDS[prefix[prefix.length - 1]!.text.toLowerCase()];
    const common = nameToks.some(
      (t, i) =>
        isCommonWord(t.text) &&
        !(i === 0 && (isFirstName(t.text) || (k > 0 && isTitle(c[k - 1]!.text) && nameToks.length > 1))) &&
        !(i === 0 && k === 0 && lowerTitled && nameToks.length > 1) &&
        !/^\p{Lu}\.$/u.test(t.text) &&
        !(i > 0 && NAME_PARTICLES.has(t.text)) &&
        !(i > 0 && isFirstName(nameToks[i - 1]!.text)),
    );
    let person: Entity | undefined;
    if (
      nameToks.length >= 2 &&
      !common &&
      (isFirstName(nameToks[0]!.text) ||
        titled ||
        partyBefore ||
        isLastName(nameToks[nameToks.length - 1]!.text) ||
        looksLikeName(work, nameToks))
    ) {
      const name = nameToks.map((t) => t.text).join(' ');
      person = b.get('Person', name);
      b.mention(person, nameToks[0]!.start, nameToks[nameToks.length - 1]!.end);
    } else if (nameToks.length === 1 && !common && (titled || partyBefore)) {
      pendingSingles.push(nameToks[0]!);
      (nameToks[0] as Token & { titled?: boolean }).titled = true;
    } else if (nameToks.length === 1 && prefix.length === 0 && !isKnownPlace(nameToks[0]!.text)) {
      pendingSingles.push(nameToks[0]!);
      continue;
    } else {
      knownSegments(c);
      continue;
    }
    // The prefix: an organisation ending in a head word, places, demonyms and titles.
    let orgEnd = -1;
    for (let i = 0; i < prefix.length; i++) if (ORG_HEADS.has(prefix[i]!.text.toLowerCase())) orgEnd = i;
    let org: Entity | undefined;
    // "Chief Cabinet Secretary X": titles before a lone head word make a title, not an organisation.
    let orgStart = 0;
    while (orgStart < orgEnd && isTitle(prefix[orgStart]!.text)) orgStart++;
    if (orgStart > 0 && orgStart === orgEnd) orgEnd = -1;
    if (orgEnd >= 1 || (orgEnd === 0 && prefix.length > 1)) {
      org = orgMention(
        prefix[orgStart]!.start,
        prefix[orgEnd]!.end,
        text.slice(prefix[orgStart]!.start, prefix[orgEnd]!.end),
      );
    } else orgEnd = -1;
    let nationality: string | undefined;
    const titleToks: string[] = [];
    for (let i = orgEnd + 1; i < prefix.length; i++) {
      const t = prefix[i]!;
      const dem = demonymCountry(t.text);
      if (isTitle(t.text)) titleToks.push(t.text);
      else if (dem) {
        nationality = dem;
        if (isKnownPlace(t.text)) placeMention(t.start, t.end, t.text);
      } else knownSegments([t]);
    }
    const title = titleToks.join(' ');
    if (person && title)
      personTitle.set(person, { title, nationality: nationality ?? (org ? undefined : undefined) });
    if (person && org && title)
      b.roleLinks.push({
        person,
        org,
        title,
        evidence: span(text, prefix[0]!.start, nameToks[nameToks.length - 1]!.end),
      });
    if (nameToks.length === 1 && title) {
      (nameToks[0] as Token & { title?: string; nat?: string }).title = title;
      (nameToks[0] as Token & { title?: string; nat?: string }).nat = nationality;
    }
  }

  // Merge persons: "Biden Joe" = "Joe Biden", "John Sullivan" = "John J. Sullivan".
  const persons = [...b.entities.values()].filter((e) => e.type === 'Person');
  const keyOf = (n: string) => {
    const parts = n.split(' ').filter((p) => !/^\p{Lu}\.$/u.test(p));
    return parts
      .map((p) => p.toLowerCase())
      .sort()
      .join(' ');
  };
  const canonicalBy = new Map<string, Entity>();
  const redirect = new Map<Entity, Entity>();
  for (const p of persons.sort((x, y) => y.name.length - x.name.length)) {
    const k = keyOf(p.name);
    const c = canonicalBy.get(k);
    if (c && c !== p) redirect.set(p, c);
    else canonicalBy.set(k, p);
  }
  // Prefer the first-name-first order as the canonical name.
  for (const p of canonicalBy.values()) {
    const first = p.name.split(' ')[0]!;
    if (!isFirstName(first)) {
      const alt = [...redirect.entries()].find(
        ([from, to]) => to === p && isFirstName(from.name.split(' ')[0]!),
      );
      if (alt) {
        p.aliases.add(p.name);
        p.name = alt[0].name;
      }
    }
  }
  const surnames = new Map<string, Entity | null>();
  for (const p of canonicalBy.values()) {
    const parts = p.name.split(' ');
    const sur =
      !isFirstName(parts[0]!) && isFirstName(parts[parts.length - 1]!) ? parts[0]! : parts[parts.length - 1]!;
    surnames.set(sur, surnames.has(sur) && surnames.get(sur) !== p ? null : p);
  }
  // Family name first ("Xi Jinping" → "Xi", "Shen Zhifei" → "Shen"): a first part that is no known first
  // name refers to that person when no other name has it as a surname.
  for (const p of canonicalBy.values()) {
    const parts = p.name.split(' ');
    if (parts.length !== 2 || isFirstName(parts[0]!) || isCommonWord(parts[0]!) || surnames.has(parts[0]!))
      continue;
    surnames.set(parts[0]!, p);
  }
  for (const [from, to] of redirect) {
    for (const m of b.mentions) if (m.entity === from) m.entity = to;
    for (const a of from.aliases) to.aliases.add(a);
    to.aliases.add(from.name);
    b.entities.delete(from.id);
  }
  for (const [p, t] of personTitle) {
    const e = redirect.get(p) ?? p;
    e.title = e.title ?? t.title;
    e.nationality = e.nationality ?? t.nationality;
  }

  // Single capitalised words: a surname of a full name, or a titled/known surname on its own.
  for (const t of pendingSingles) {
    const target = surnames.get(t.text);
    const tt = t as Token & { titled?: boolean; title?: string; nat?: string; commonOnly?: boolean };
    if (tt.commonOnly && !target) continue;
    if (target) {
      // "Le Drian", "von der Leyen": the particles of the full name belong to the mention.
      const parts = target.name.split(' ');
      const si = parts.lastIndexOf(t.text);
      let start = t.start;
      for (let pi = si - 1; pi > 0 && NAME_PARTICLES.has(parts[pi]!); pi--) {
        const want = parts[pi]!;
        const before = text.slice(Math.max(0, start - want.length - 1), start);
        if (
          before.toLowerCase() === `${want.toLowerCase()} ` &&
          work.slice(start - want.length - 1, start) === before
        )
          start -= want.length + 1;
        else break;
      }
      b.mention(target, start, t.end);
      if (tt.title && !target.title) target.title = tt.title;
      if (tt.nat && !target.nationality) target.nationality = tt.nat;
    } else if (target === undefined && (tt.titled || (isLastName(t.text) && !isKnownPlace(t.text)))) {
      const p = b.get('Person', t.text);
      b.mention(p, t.start, t.end);
      if (tt.title) p.title = tt.title;
      if (tt.nat) p.nationality = tt.nat;
      surnames.set(t.text, p);
    } else if (target === undefined) {
      const key = t.text.toLowerCase();
      if (KNOWN_ORGS.has(key) || key in ORG_ALIASES || isLexOrg(key)) orgMention(t.start, t.end, t.text);
      else if (
        /^[A-Z][A-Z0-9]{1,5}$/.test(t.text) &&
        !NOT_ACRONYM_ORGS.has(t.text) &&
        !WEAPON_AFTER.test(work.slice(t.end, t.end + 12))
      )
        orgMention(t.start, t.end, t.text);
      else if (PARTY_WORDS[key]) orgMention(t.start, t.end, PARTY_WORDS[key]!);
      else if (/\btold\s+$/.test(work.slice(Math.max(0, t.start - 6), t.start)) && !isCommonWord(t.text))
        orgMention(t.start, t.end, t.text);
    }
  }

  extraPatterns(b, work);
  mergeOrgs(b);
  const idx = finish(b);
  resolveRoles(b, text, work, idx);
  return finish(b);
}

/** Patterns over the text: "Channel 1", "<Demonym> embassy", "X Airport" in lower case. */
function extraPatterns(b: Builder, work: string): void {
  // Long names with lower-case words or hyphens: one organisation, nothing inside it.
  for (const m of work.matchAll(LONG_ORG_NAMES)) {
    const [s0, e0] = [m.index, m.index + m[0].length];
    b.mentions = b.mentions.filter((x) => !(x.start >= s0 && x.end <= e0));
    b.mention(b.get('Organization', canonicalOrg(m[0])), s0, e0);
  }
  // The social network X: "wrote on X", "in a post on X".
  for (const m of work.matchAll(/\b(?:on|to|via)\s+(X)(?=[.,;:]|\s+(?:that|on|in|after|and)\b)/g)) {
    const at = m.index + m[0].length - 1;
    b.mention(b.get('Organization', 'X'), at, at + 1);
  }
  for (const m of work.matchAll(/\bChannel (\d+|One)\b/g)) {
    const e = b.get('Organization', canonicalOrg(m[0]));
    b.mention(e, m.index, m.index + m[0].length);
  }
  for (const m of work.matchAll(
    /\b(\p{Lu}[\p{L}.]*)\s+(military|army|navy|government|parliament|embassy|consulate|foreign ministry|defen[cs]e ministry|security service|armed forces|central bank|delegation)\b/gu,
  )) {
    const country = demonymCountry(m[1]!);
    if (!country || !DEMONYM_ORG_HEADS.test(m[2]!)) continue;
    const head = m[2]!.replace(/\b\p{Ll}/gu, (x) => x.toUpperCase());
    const name = `${m[1]} ${head}`;
    const e = b.get('Organization', name);
    b.mention(e, m.index, m.index + m[0].length);
    if (
      !b.mentions.some(
        (x) =>
          x.start <= m.index && x.end >= m.index + m[1]!.length && x !== b.mentions[b.mentions.length - 1],
      )
    )
      if (isKnownPlace(m[1]!)) {
        const p = b.get('Place', canonicalPlace(m[1]!));
        b.mention(p, m.index, m.index + m[1]!.length);
      }
  }
  // "Russia's foreign ministry" is the Russian Foreign Ministry.
  for (const m of work.matchAll(
    /\b(\p{Lu}[\p{L}.]*)['’]s\s+(foreign ministry|defen[cs]e ministry|embassy|parliament)\b/gu,
  )) {
    const dem = demonymOf(canonicalPlace(m[1]!));
    if (!dem || !isKnownPlace(m[1]!)) continue;
    const head = m[2]!.replace(/\b\p{Ll}/gu, (x) => x.toUpperCase());
    const e = b.get('Organization', `${dem} ${head}`);
    const at = m.index + m[0].length - m[2]!.length;
    b.mention(e, at, m.index + m[0].length, true);
  }
  for (const m of work.matchAll(/\b(\p{Lu}[\p{L}-]+)\s+airport\b/gu)) {
    if (isKnownPlace(m[1]!) && CAPITALS[m[1]!.toLowerCase()]) continue;
    const e = b.get('Place', `${m[1]} Airport`);
    b.mention(e, m.index, m.index + m[0].length);
  }
}

/** "State Department" is the "US State Department" named in the same article: one organisation. */
function mergeOrgs(b: Builder): void {
  const orgs = [...b.entities.values()].filter((e) => e.type === 'Organization');
  const byName = new Map(orgs.map((e) => [e.name.toLowerCase(), e]));
  for (const long of orgs) {
    const m = /^(\S+)\s+(.+)$/.exec(long.name);
    if (!m || !(demonymCountry(m[1]!) || isKnownPlace(m[1]!))) continue;
    const short = byName.get(m[2]!.toLowerCase());
    if (!short || short === long) continue;
    for (const x of b.mentions) if (x.entity === short) x.entity = long;
    long.aliases.add(short.name);
    for (const a of short.aliases) long.aliases.add(a);
    b.entities.delete(short.id);
  }
}

function finish(b: Builder): EntityIndex {
  // Drop mentions contained in a longer one (keep the longer), sort.
  const ms = b.mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Mention[] = [];
  const open: Mention[] = [];
  for (const m of ms) {
    // Overlaps with a kept mention: drop it when of the same type (the longer, earlier one wins); a place
    // inside a role phrase ("Russia's envoy to the United States") stays a place.
    while (open.length && open[0]!.end <= m.start) open.shift();
    if (
      open.some(
        (o) =>
          o.entity.type === m.entity.type ||
          o.entity === m.entity ||
          (o.start === m.start && o.end === m.end),
      )
    )
      continue;
    kept.push(m);
    open.push(m);
    open.sort((x, y) => x.end - y.end);
  }
  b.mentions = kept;
  const used = new Set(kept.map((m) => m.entity));
  for (const [id, e] of b.entities) if (!used.has(e)) b.entities.delete(id);
  const byEntity = new Map<Entity, Span[]>();
  for (const m of kept) {
    const list = byEntity.get(m.entity) ?? [];
    list.push(span(b.text, m.start, m.end));
    byEntity.set(m.entity, list);
  }
  for (const e of b.entities.values()) {
    e.mentions = byEntity.get(e) ?? [];
    e.aliases.delete(e.name);
  }
  const entities = [...b.entities.values()];
  const places = new Map(entities.filter((e) => e.type === 'Place').map((e) => [e.name.toLowerCase(), e]));
  return {
    entities,
    mentions: kept,
    placeByName: (n) => places.get(canonicalPlace(n).toLowerCase()),
    countryEntity: (country) => places.get(country.toLowerCase()),
    roleLinks: b.roleLinks,
    envoyLinks: b.envoyLinks,
  };
}

/** Seats of power that stand for a country's leadership in "the Kremlin chief", "the White House leader". */
const SEATS_OF_POWER: Record<string, string> = {
  kremlin: 'Russia',
  'white house': 'United States',
  elysee: 'France',
  élysée: 'France',
  'downing street': 'United Kingdom',
};

const ROLE = String.raw`(?:top diplomat|[Aa]mbassador|[Ee]nvoy|[Cc]harg[ée] d['’]affaires)`;
const PLACE_WORDS = String.raw`(?:the\s+)?((?:\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}[\p{L}.]*)?)`;

/** Envoy role phrases as aliases, nominal references ("the ambassador", "the Russian president"). */
function resolveRoles(b: Builder, text: string, work: string, idx: EntityIndex): void {
  const persons = () => idx.mentions.filter((m) => m.entity.type === 'Person' && !m.nominal);
  const personAt = (pos: number, dir: 1 | -1): Entity | undefined => {
    // A person mention starting right after pos (", " allowed) or ending right before it.
    for (const m of persons()) {
      if (dir === 1 && m.start >= pos && /^[\s,]{0,3}$/.test(work.slice(pos, m.start))) return m.entity;
      if (dir === -1 && m.end <= pos && /^(?:,\s{1,2}|\s+as\s+)$/.test(work.slice(m.end, pos)))
        return m.entity;
    }
    return undefined;
  };
  const countryOf = (w: string | undefined): string | undefined => {
    if (!w) return undefined;
    const dem = demonymCountry(w);
    if (dem) return dem;
    if (isKnownPlace(w)) {
      const c = canonicalPlace(w);
      return CAPITALS[c.toLowerCase()] ?? c;
    }
    return undefined;
  };
  const envoyPhrases: {
    start: number;
    end: number;
    origin?: string;
    target?: string;
    person?: Entity;
    withTarget: boolean;
    bare?: boolean;
  }[] = [];
  const re1 = new RegExp(
    String.raw`\b(?:(\p{Lu}[\p{L}.]*)['’]s\s+(?:(?:new|next|former|current|incoming|outgoing|top|deputy)\s+)?|(\p{Lu}[\p{L}.]*)\s+)?${ROLE}(?:\s+(?:to|in)\s+${PLACE_WORDS})?`,
    'gu',
  );
  for (const m of work.matchAll(re1)) {
    const originWord = m[1] ?? m[2];
    const origin = countryOf(originWord);
    if (originWord && !origin) continue;
    let target = countryOf(m[3]);
    let end = m.index + m[0].length;
    if (m[3] && !target && /\s/.test(m[3])) {
      // "to Washington Anatoly Antonov": the place is the first word only.
      const first = m[3].split(/\s+/)[0]!;
      target = countryOf(first);
      if (target) end = m.index + m[0].lastIndexOf(m[3]) + first.length;
    }
    if (m[3] && !target) end = m.index + m[0].search(/\s+(?:to|in)\s/);
    if (!origin && !target) {
      // A bare "ambassador Anatoly Antonov": the person is an envoy, origin and post unknown.
      envoyPhrases.push({ start: m.index, end: m.index + m[0].length, withTarget: false, bare: true });
      continue;
    }
    envoyPhrases.push({ start: m.index, end, origin, target, withTarget: !!target });
  }
  const re2 = new RegExp(String.raw`\b[Aa]mbassador of\s+${PLACE_WORDS}\s+to\s+${PLACE_WORDS}`, 'gu');
  for (const m of work.matchAll(re2)) {
    const origin = countryOf(m[1]);
    const target = countryOf(m[2]);
    if (origin && target)
      envoyPhrases.push({ start: m.index, end: m.index + m[0].length, origin, target, withTarget: true });
  }
  for (const ph of envoyPhrases) {
    const after = personAt(ph.end, 1);
    const before = ph.bare ? undefined : personAt(ph.start, -1);
    const p = after ?? before;
    if (!p) continue;
    ph.person = p;
    p.envoy = { origin: ph.origin ?? p.envoy?.origin, target: ph.target ?? p.envoy?.target };
    if (ph.withTarget) {
      b.mention(p, ph.start, ph.end);
      const targetPlace = ph.target
        ? (idx.countryEntity(ph.target) ?? idx.placeByName(ph.target))
        : undefined;
      if (targetPlace)
        b.envoyLinks.push({
          person: p,
          target: targetPlace,
          evidence: span(text, ph.start, Math.max(ph.end, p.mentions[0] ? ph.end : ph.end)),
        });
    }
  }
  const envoys = [...b.entities.values()].filter((e) => e.type === 'Person' && e.envoy);
  for (const ph of envoyPhrases) {
    if (ph.person || !ph.withTarget) continue;
    const cands = envoys.filter(
      (e) =>
        (!ph.origin || e.envoy!.origin === ph.origin) &&
        (!ph.target || !e.envoy!.target || e.envoy!.target === ph.target),
    );
    if (cands.length === 1) b.mention(cands[0]!, ph.start, ph.end);
  }
  // Titles given in an apposition: "Russia's foreign minister, Sergei Lavrov,", "Sergei Lavrov, Russia's
  // foreign minister", "the Chinese president, Xi Jinping": the person gets the title and the country.
  const APPO_ROLE = String.raw`(president|prime minister|foreign minister|defen[cs]e minister|minister|chancellor|leader|secretary of state|ambassador|envoy)`;
  const appoBefore = new RegExp(
    String.raw`\b(?:(\p{Lu}[\p{L}.]*)['’]s|[Tt]he\s+(\p{Lu}[\p{L}.]*))\s+(?:new\s+|top\s+)?${APPO_ROLE},\s+$`,
    'u',
  );
  const appoAfter = new RegExp(
    String.raw`^,\s+(?:(\p{Lu}[\p{L}.]*)['’]s|the\s+(\p{Lu}[\p{L}.]*))\s+(?:new\s+|top\s+)?${APPO_ROLE}\b`,
    'u',
  );
  for (const m of persons()) {
    const a =
      appoBefore.exec(work.slice(Math.max(0, m.start - 60), m.start)) ??
      appoAfter.exec(work.slice(m.end, m.end + 60));
    if (!a) continue;
    const country = countryOf(a[1] ?? a[2]);
    if (!country) continue;
    m.entity.title = m.entity.title ?? a[3]!.replace(/^\p{Ll}/u, (x) => x.toUpperCase());
    m.entity.nationality = m.entity.nationality ?? country;
  }
  // "the ambassador", "The Russian ambassador", "the diplomat", "the envoy", "the Kremlin chief".
  for (const m of work.matchAll(
    /\b(?:[Tt]he\s+(?:(\p{Lu}[\p{L}.]*(?:\s+House|\s+Street)?)\s+)?|(?!The\b)(\p{Lu}[\p{L}.]*)\s+(?=(?:ambassador|envoy)\b))(ambassador|envoy|diplomat|president|leader|chief|prime minister|foreign minister|chancellor)\b(?!['’]s\s+(?:office|residence))/gu,
  )) {
    const originWord = m[1] ?? m[2];
    const seat = originWord ? SEATS_OF_POWER[originWord.toLowerCase()] : undefined;
    const origin = originWord ? (demonymCountry(originWord) ?? seat) : undefined;
    if (originWord && !origin) continue;
    // "the chief" alone is anyone's; "the Kremlin chief" is the head of state.
    if (m[3] === 'chief' && !seat) continue;
    const role = m[3] === 'chief' ? 'leader' : m[3]!.toLowerCase();
    if (
      /\s+(?:to|of|in)\s+\p{Lu}/u.test(work.slice(m.index + m[0].length, m.index + m[0].length + 6)) &&
      role !== 'president'
    )
      continue;
    let cands: Entity[];
    if (role === 'ambassador' || role === 'envoy' || role === 'diplomat')
      cands = envoys.filter((e) => !origin || !e.envoy!.origin || e.envoy!.origin === origin);
    else {
      const want = role === 'leader' ? /president|prime minister|chancellor|leader/i : new RegExp(role, 'i');
      cands = [...b.entities.values()].filter(
        (e) => e.type === 'Person' && e.title && want.test(e.title) && (!origin || e.nationality === origin),
      );
    }
    if (cands.length > 1) {
      // Several envoys or presidents: the one named last before this phrase, else the one named most.
      let best: Entity | undefined;
      let bestAt = -1;
      const counts = new Map<Entity, number>();
      for (const x of b.mentions) {
        if (!cands.includes(x.entity)) continue;
        counts.set(x.entity, (counts.get(x.entity) ?? 0) + 1);
        if (x.end <= m.index && x.end > bestAt) [best, bestAt] = [x.entity, x.end];
      }
      if (!best) {
        const ranked = [...counts.entries()].sort((p, q) => q[1] - p[1]);
        if (ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1])) best = ranked[0]![0];
      }
      cands = best ? [best] : [];
    }
    if (cands.length === 1) b.mention(cands[0]!, m.index, m.index + m[0].length, true);
  }
}
