// Merging: person names that are one person ("Biden Joe" = "Joe Biden", "John J. Sullivan"; the single
// words are resolved in singles.ts against the surnames found here), an
// organisation named with and without its country ("State Department" = "US State Department"), and the
// final pass that keeps the longer of overlapping mentions and builds the index.
import type { Span } from '@dossier/model';
import {
  canonicalPlace,
  demonymCountry,
  isCommonWord,
  isFirstName,
  isLastName,
  isKnownPlace,
  KNOWN_ORGS,
  ORG_HEADS,
  lexTags,
} from '../lexicon.js';
import { patternOf } from '../regex-matches.js';
import { span } from '../text.js';
import type { Builder } from './builder.js';
import { innerSurnames, withoutGeneration } from './inner-surnames.js';
import { isKoreanFamily } from './name-cultures.js';
import type { PersonTitles } from './person-prefix.js';
import type { Entity, EntityIndex, Mention } from './types.js';

/** A word the lexicon knows only as a noun ("Wang"): a family name can be one, unlike "May" or "Long". */
const nounOnly = (w: string) => lexTags(w).every((t) => /Noun$/.test(t) && t !== 'Pronoun');

/** A name with its accents set aside: "López Obrador" and "Lopez Obrador" are one person's name. */
const unaccented = (n: string) => n.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** Surname → the one person who has it (null when several do). */
export type Surnames = Map<string, Entity | null>;

/** Merges persons named twice, applies the titles read before names; returns the surnames. */
export function mergePersons(b: Builder, personTitle: PersonTitles): Surnames {
  // Merge persons: "Biden Joe" = "Joe Biden", "John Sullivan" = "John J. Sullivan".
  const persons = [...b.entities.values()].filter((e) => e.type === 'Person');
  const keyOf = (n: string) => {
    const parts = n.split(' ').filter((p) => !/^\p{Lu}\.$/u.test(p));
    return parts
      .map((p) => unaccented(p).toLowerCase())
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
  // A name of two words or more is the one longer name it is part of (one such name only), in two passes:
  // "Lopez Obrador" ends "Andres Manuel Lopez Obrador", then "Russ Joseph" starts "Russ Joseph Kun"
  // (accents set aside: "López Obrador" ends "Andres Manuel Lopez Obrador").
  const partOf = (holds: (longer: string, part: string) => boolean) => {
    for (const p of [...canonicalBy.values()]) {
      if (!p.name.includes(' ')) continue;
      const longer = [...canonicalBy.values()].filter(
        (q) => q !== p && holds(unaccented(q.name), unaccented(p.name)),
      );
      if (longer.length !== 1) continue;
      redirect.set(p, longer[0]!);
      canonicalBy.delete(keyOf(p.name));
    }
  };
  partOf((longer, part) => longer.endsWith(` ${part}`));
  partOf((longer, part) => longer.startsWith(`${part} `));
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
    // "Ferdinand R. Marcos Jr.", "Tuimalealiifano Sualauvi II": the surname is before the generation's mark.
    const parts = withoutGeneration(p.name.split(' '));
    const sur =
      !isFirstName(parts[0]!) && isFirstName(parts[parts.length - 1]!) ? parts[0]! : parts[parts.length - 1]!;
    surnames.set(sur, surnames.has(sur) && surnames.get(sur) !== p ? null : p);
  }
  // Family name first ("Xi Jinping" → "Xi", "Shen Zhifei" → "Shen"): a first part that is no known first
  // name refers to that person when no other name has it as a surname.
  // A Korean given name of two syllables ("Kim Jong-un", "Yoon Suk Yeol", "Moon Jae In") puts the family
  // name first even when it is also a first name elsewhere.
  for (const p of canonicalBy.values()) {
    const parts = p.name.split(' ');
    // (Also a Korean family name and a one-syllable given name no lexicon knows as a surname: "Park Jin".)
    const koreanGiven =
      (parts.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts[1]!)) ||
      (parts.length === 2 &&
        isKoreanFamily(parts[0]!) &&
        /^\p{Lu}\p{Ll}{1,3}$/u.test(parts[1]!) &&
        !isLastName(parts[1]!)) ||
      (parts.length === 3 && parts.slice(1).every((x) => /^\p{Lu}\p{Ll}{1,3}$/u.test(x)));
    if (
      (parts.length !== 2 && !koreanGiven) ||
      (isFirstName(parts[0]!) && !koreanGiven) ||
      (isCommonWord(parts[0]!) && !nounOnly(parts[0]!) && !koreanGiven) ||
      surnames.has(parts[0]!)
    )
      continue;
    surnames.set(parts[0]!, p);
  }
  // "Uhuru Kenyatta … President Kenyatta": a last part the lexicon also knows as a first name still names
  // the person when no one else claims it.
  for (const p of canonicalBy.values()) {
    const parts = p.name.split(' ');
    if (parts.length === 2 && !surnames.has(parts[1]!)) surnames.set(parts[1]!, p);
  }
  // "Luiz Inácio Lula da Silva … Lula": the name before a Portuguese or Spanish particle after the given
  // names is the one used alone, when no one else claims it.
  for (const p of canonicalBy.values()) {
    const used = nameBeforeParticle(p.name);
    if (used && /^\p{Lu}/u.test(used) && !surnames.has(used)) surnames.set(used, p);
  }
  innerSurnames(canonicalBy.values(), surnames);
  for (const [from, to] of redirect) {
    for (const m of b.mentions) if (m.entity === from) m.entity = to;
    for (const a of from.aliases) to.aliases.add(a);
    to.aliases.add(from.name);
    b.entities.delete(from.id);
  }
  for (const [p, t] of personTitle) {
    let e = p;
    while (redirect.has(e)) e = redirect.get(e)!;
    e.title = e.title ?? t.title;
    e.nationality = e.nationality ?? t.nationality;
  }
  return surnames;
}

/** The line around pos is set in capitals: at least three words, four in five of them all capitals. */
function shouted(work: string, pos: number): boolean {
  const line = work.slice(
    work.lastIndexOf('\n', pos) + 1,
    (work.indexOf('\n', pos) + 1 || work.length + 1) - 1,
  );
  const words = line.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  const caps = words.filter((w) => w.length > 1 && w === w.toUpperCase());
  return caps.length >= 3 && caps.length >= words.length * 0.8;
}

/** Last words of names of things, no bodies: "Initiative", "Declaration", "Airport". */
const NAME_OF_THING =
  /^(?:Initiative|Declaration|Code|Agreement|Treaty|Act|Convention|Plan|Programme|Program|Strategy|Project|Airport|Corridor)$/;

const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/**
 * An acronym is the body (or person) it abbreviates: the one it follows in parentheses ("Office of
 * Foreign Assets Control (OFAC)", "López Obrador (AMLO)"), else the one organisation of the article whose
 * initials it is ("the MEA" after "the Ministry of External Affairs").
 */
export function mergeAcronyms(b: Builder): void {
  // Words of a line set in capitals ("WE'LL BE FINE RECALLING AMBASSADORS") are no acronyms.
  for (const acr of [...b.entities.values()]) {
    if (acr.type !== 'Organization' || !/acronym/.test(acr.rule ?? '')) continue;
    const ms = b.mentions.filter((x) => x.entity === acr);
    if (!ms.every((x) => shouted(b.work, x.start))) continue;
    b.mentions = b.mentions.filter((x) => x.entity !== acr);
    b.entities.delete(acr.id);
  }
  const explicit = new Map<string, Entity>();
  for (const m of b.mentions) {
    const after = b.work.slice(m.end, m.end + 12);
    // (Most mentions have no bracket after them: the pattern runs only where one is.)
    const x = after.includes('(') ? /^\s*\(([A-Z][A-Za-z]{1,7})\)/.exec(after) : null;
    // (A place only by the initials of the words ending in it, "Democratic Republic of the Congo (DRC)":
    // "Ankara (AA)" is a credit.)
    if (!x) continue;
    const lead = m.entity.type === 'Place' ? b.work.slice(Math.max(0, m.start - 50), m.end).split(/\s+/) : [];
    // (Not words ending in an organisation's head before the place: "Harkat Front Kashmir (HFK)" is a body.)
    const from = lead.findIndex((_, i) => initials(lead.slice(i).join(' ')) === x[1]!.toUpperCase());
    if (
      m.entity.type !== 'Place' ||
      (from >= 0 && !lead.slice(from, -1).some((w) => ORG_HEADS.has(w.toLowerCase())))
    )
      explicit.set(x[1]!.toUpperCase(), m.entity);
  }
  const byInitials = new Map<string, Entity | null>();
  // ("SA" for South Africa, "DRC": a place's initials, when no organisation has them.)
  const placeInitials = new Map<string, Entity | null>();
  for (const e of b.entities.values()) {
    if (e.type === 'Person' || !/\s/.test(e.name)) continue;
    const map = e.type === 'Organization' ? byInitials : placeInitials;
    // (Also without an owner's country: "MEA" for the "Indian Ministry of External Affairs".)
    const owner = /^(\S+)\s+(.+)$/.exec(e.name);
    const owned = owner && (demonymCountry(owner[1]!) || isKnownPlace(owner[1]!)) ? owner[2]! : undefined;
    // (Also without a known body that owns it: "OCHA" for the "UN Office for the Coordination of …".)
    const words = e.name.split(/\s+/);
    const lead = [2, 1].find((n) => KNOWN_ORGS.has(words.slice(0, n).join(' ').toLowerCase()));
    const ofBody = e.type === 'Organization' && lead ? words.slice(lead).join(' ') : undefined;
    const shorter = [owned, ofBody].filter((x): x is string => x !== undefined && /\s/.test(x));
    for (const k of [initials(e.name), ...shorter.map(initials)])
      if (k.length >= 2) map.set(k, map.has(k) && map.get(k) !== e ? null : e);
  }
  for (const [k, e] of placeInitials) if (!byInitials.has(k)) byInitials.set(k, e);
  for (const acr of [...b.entities.values()]) {
    const key = acr.name.toUpperCase();
    if (acr.type !== 'Organization' || !/^[A-Z]{2,8}$/.test(key)) continue;
    const target = explicit.get(key) ?? byInitials.get(key) ?? undefined;
    if (!target || target === acr) continue;
    for (const x of b.mentions) if (x.entity === acr) x.entity = target;
    target.aliases.add(key);
    for (const a of acr.aliases) target.aliases.add(a);
    b.entities.delete(acr.id);
  }
  // An acronym defined in parentheses after a name that is no body abbreviates that name, no organisation
  // of its own: a name ending in a word of things ("Belt and Road Initiative (BRI)", "KL International
  // Airport (KLIA)"), or in a place whose words' initials are not the acronym ("the Declaration on the
  // Conduct of Parties in the South China Sea (DOC)"; not "Tehrik-e-Taliban Pakistan (TTP)").
  for (const acr of [...b.entities.values()]) {
    if (acr.type !== 'Organization' || !/merging:acronym/.test(acr.rule ?? '')) continue;
    const ms = b.mentions.filter((x) => x.entity === acr);
    const defined = ms.some((m) => {
      const open = /(\S+)[^\S\n]+\($/u.exec(b.work.slice(Math.max(0, m.start - 40), m.start));
      if (!open || b.work[m.end] !== ')') return false;
      if (NAME_OF_THING.test(open[1]!)) return true;
      const at = m.start - open[0].length + open[1]!.length;
      if (!b.mentions.some((p) => p.entity.type === 'Place' && p.end === at)) return false;
      const words = b.work.slice(Math.max(0, at - 80), at).split(/\s+/);
      // ("United Nations Mission in South Sudan (UNMISS)": a small word's initial may count too.)
      const every = (ws: string[]) => ws.map((w) => w[0]!.toUpperCase()).join('');
      return !words.some(
        (_, i) =>
          initials(words.slice(i).join(' ')) === acr.name ||
          every(words.slice(i).filter(Boolean)) === acr.name,
      );
    });
    if (!defined) continue;
    b.mentions = b.mentions.filter((x) => x.entity !== acr);
    b.entities.delete(acr.id);
  }
}

/**
 * An acronym set as a title before one person's name ("EAM Jaishankar", "FM Sergey Lavrov") is that
 * person's title, no body: alone elsewhere ("EAM wrote on Twitter") it names that person.
 */
export function acronymTitles(b: Builder): void {
  for (const acr of [...b.entities.values()]) {
    if (acr.type !== 'Organization' || !/^[A-Z]{2,5}$/.test(acr.name) || !/acronym/.test(acr.rule ?? ''))
      continue;
    const before = patternOf(String.raw`(?<![\p{L}\d])${acr.name}[^\S\n]+$`, 'u');
    const titled = new Set(
      b.mentions
        .filter(
          (p) =>
            p.entity.type === 'Person' &&
            !p.nominal &&
            before.test(b.work.slice(Math.max(0, p.start - acr.name.length - 3), p.start)),
        )
        .map((p) => p.entity),
    );
    if (titled.size !== 1) continue;
    const person = [...titled][0]!;
    for (const x of b.mentions)
      if (x.entity === acr) {
        x.entity = person;
        x.nominal = true;
      }
    person.title ??= acr.name;
    b.entities.delete(acr.id);
  }
}

/** An organisation's name with its first word, a country's name or adjective, read as the country. */
function countryKey(name: string): string {
  const m = /^(\S+)(\s.+)$/.exec(name);
  const country = m && (demonymCountry(m[1]!) ?? (isKnownPlace(m[1]!) ? canonicalPlace(m[1]!) : undefined));
  return (country && m ? `${country}${m[2]}` : name).toLowerCase().replace(/\./g, '');
}

/**
 * "State Department" is the "US State Department" named in the same article: one organisation; so are
 * "U.S. Treasury Department" and "US Treasury Department" (the same name but for its dots), and "American
 * Embassy in X" and "US embassy in X" (the same name but for how the country is worded).
 */
export function mergeOrgs(b: Builder): void {
  const undotted = new Map<string, Entity>();
  for (const e of [...b.entities.values()].filter((x) => x.type === 'Organization')) {
    const key = countryKey(e.name);
    const first = undotted.get(key);
    if (first) b.absorb(e, first);
    else undotted.set(key, e);
  }
  const orgs = [...b.entities.values()].filter((e) => e.type === 'Organization');
  const byName = new Map(orgs.map((e) => [e.name.toLowerCase(), e]));
  for (const long of orgs) {
    const m = /^(\S+)\s+(.+)$/.exec(long.name);
    if (!m || !(demonymCountry(m[1]!) || isKnownPlace(m[1]!))) continue;
    const short = byName.get(m[2]!.toLowerCase());
    if (!short || short === long) continue;
    b.absorb(short, long);
  }
  // ("Korvel News Agency … Korvel noted": an outlet named in full, then by its first word alone.)
  for (const long of orgs) {
    const m = /^(\S+)\s+(.+)$/.exec(long.name);
    const short = m && OUTLET_TAIL.test(m[2]!) ? byName.get(m[1]!.toLowerCase()) : undefined;
    if (!short || short === long || !b.entities.has(short.id) || !b.entities.has(long.id)) continue;
    const first = (e: Entity) => Math.min(...b.mentions.filter((x) => x.entity === e).map((x) => x.start));
    if (first(long) < first(short)) b.absorb(short, long);
  }
}

/** The words after an outlet's own name: "News Agency", "Press", "News". */
const OUTLET_TAIL = /^(?:News\s+Agency|News\s+Service|Press\s+Agency|News|Press|Agency)$/;

export function finish(b: Builder): EntityIndex {
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

/**
 * The word before a Portuguese or Spanish particle that follows two given names or more, the name a person
 * goes by ("Luiz Inácio Lula da Silva" → "Lula"); none for a shorter name.
 */
export function nameBeforeParticle(name: string): string | undefined {
  const parts = name.split(/\s+/);
  const k = parts.findIndex((x, i) => i >= 3 && /^(?:da|de|do|dos|das|del)$/.test(x));
  return k > 0 ? parts[k - 1] : undefined;
}
