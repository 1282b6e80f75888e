// Merging: person names that are one person ("Biden Joe" = "Joe Biden", "John J. Sullivan"), single
// words resolved to the full name they are the surname of (or kept as a titled or known surname), an
// organisation named with and without its country ("State Department" = "US State Department"), and the
// final pass that keeps the longer of overlapping mentions and builds the index.
import type { Span } from '@dossier/model';
import {
  canonicalPlace,
  demonymCountry,
  isCommonWord,
  isFirstName,
  isKnownPlace,
  isLastName,
  isLexOrg,
  KNOWN_ORGS,
  lexTags,
  NOT_ACRONYM_ORGS,
  ORG_ALIASES,
} from '../lexicon.js';
import { span } from '../text.js';
import type { Builder, PendingSingle } from './builder.js';
import { NAME_PARTICLES } from './chunking.js';
import type { PersonTitles } from './classification.js';
import { PARTY_WORDS, WEAPON_AFTER } from './known-segments.js';
import { ROLE_AFTER } from './name-shapes.js';
import type { Entity, EntityIndex, Mention } from './types.js';

/** A word the lexicon knows only as a noun ("Wang"): a family name can be one, unlike "May" or "Long". */
const nounOnly = (w: string) => lexTags(w).every((t) => /Noun$/.test(t) && t !== 'Pronoun');

/** Surname → the one person who has it (null when several do). */
export type Surnames = Map<string, Entity | null>;

/** Merges persons named twice, applies the titles read before names; returns the surnames. */
export function mergePersons(b: Builder, personTitle: PersonTitles): Surnames {
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
  // "Lopez Obrador" is the "Andres Manuel Lopez Obrador" whose name it ends (one such name only).
  for (const p of [...canonicalBy.values()]) {
    if (!p.name.includes(' ')) continue;
    const longer = [...canonicalBy.values()].filter((q) => q !== p && q.name.endsWith(` ${p.name}`));
    if (longer.length !== 1) continue;
    redirect.set(p, longer[0]!);
    canonicalBy.delete(keyOf(p.name));
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
  // A Korean given name of two syllables ("Kim Jong-un", "Yoon Suk Yeol", "Moon Jae In") puts the family
  // name first even when it is also a first name elsewhere.
  for (const p of canonicalBy.values()) {
    const parts = p.name.split(' ');
    const koreanGiven =
      (parts.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts[1]!)) ||
      (parts.length === 3 && parts.slice(1).every((x) => /^\p{Lu}\p{Ll}{1,3}$/u.test(x)));
    if (
      (parts.length !== 2 && !koreanGiven) ||
      (isFirstName(parts[0]!) && !koreanGiven) ||
      (isCommonWord(parts[0]!) && !nounOnly(parts[0]!)) ||
      surnames.has(parts[0]!)
    )
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
    let e = p;
    while (redirect.has(e)) e = redirect.get(e)!;
    e.title = e.title ?? t.title;
    e.nationality = e.nationality ?? t.nationality;
  }
  return surnames;
}

/** Single capitalised words: a surname of a full name, or a titled/known surname on its own. */
export function resolveSingles(b: Builder, pendingSingles: PendingSingle[], surnames: Surnames): void {
  const { text, work } = b;
  for (const t of pendingSingles) {
    // "al-Qudra" is the "Al-Qudra" of "Ashraf Al-Qudra".
    const target = surnames.get(t.text) ?? surnames.get(t.text.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
    if (t.commonOnly && !target) continue;
    // "Prince Faisal", "[President Volodymyr] Zelensky": the first word of one full name is that person.
    const firstOf = target ? undefined : firstWordOf(b, t.text);
    if (firstOf) {
      b.mention(firstOf, t.start, t.end);
      continue;
    }
    // "Secretary of Agriculture": after a title and "of", a capitalised word is a portfolio, no name.
    if (!target && t.titled && /\bof\s+$/i.test(work.slice(Math.max(0, t.start - 4), t.start))) continue;
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
      if (t.title && !target.title) target.title = t.title;
      if (t.nat && !target.nationality) target.nationality = t.nat;
    } else if (target === undefined && (t.titled || (isLastName(t.text) && !isKnownPlace(t.text)))) {
      // A peer is known by the peerage: "Lord Collins" (with no first name) is the name.
      const peer = /\b(Lord|Baroness)\s+$/.exec(work.slice(Math.max(0, t.start - 10), t.start));
      const name = peer ? `${peer[1]} ${t.text}` : t.text;
      const p = b.get('Person', name, `entities/merging:${t.titled ? 'titled-surname' : 'known-surname'}`);
      b.mention(p, t.start - (peer ? peer[0].length : 0), t.end);
      if (t.title) p.title = t.title;
      if (t.nat) p.nationality = t.nat;
      surnames.set(t.text, p);
    } else if (target === undefined) {
      const key = t.text.toLowerCase();
      if (KNOWN_ORGS.has(key) || key in ORG_ALIASES || isLexOrg(key))
        b.orgMention(t.start, t.end, t.text, 'entities/merging:known-organization');
      else if (
        /^[A-Z][A-Z0-9]{1,5}$/.test(t.text) &&
        !NOT_ACRONYM_ORGS.has(t.text) &&
        !WEAPON_AFTER.test(work.slice(t.end, t.end + 12))
      )
        b.orgMention(t.start, t.end, t.text, 'entities/merging:acronym');
      else if (PARTY_WORDS[key])
        b.orgMention(t.start, t.end, PARTY_WORDS[key]!, 'entities/merging:party-word');
      else if (/\btold\s+$/.test(work.slice(Math.max(0, t.start - 6), t.start)) && !isCommonWord(t.text))
        b.orgMention(t.start, t.end, t.text, 'entities/merging:told-outlet');
      else if (surnameBeforeRole(work, t) || surnameCreditingQuote(work, t)) {
        // "Araghchi, Iran's foreign minister, wrote": a word the lexicon does not know, a role after it;
        // '…,” Lavrov said' and 'Lavrov told reporters: “…': the one credited with a quotation.
        const rule = surnameBeforeRole(work, t) ? 'surname-before-role' : 'surname-crediting-quote';
        const p = b.get('Person', t.text, `entities/merging:${rule}`);
        b.mention(p, t.start, t.end);
        surnames.set(t.text, p);
      }
    }
  }
}

/** The one person of several words whose name starts with `word` (none, or several: undefined). */
function firstWordOf(b: Builder, word: string): Entity | undefined {
  const found = [...b.entities.values()].filter(
    (e) => e.type === 'Person' && e.name.includes(' ') && e.name.split(' ')[0] === word,
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * A lone name-shaped word no lexicon knows that a quotation credits: right after its closing mark and
 * before a verb of saying ('…,” Lavrov said'), or before a verb of saying whose colon opens one ('Lavrov
 * told reporters: “…').
 */
function surnameCreditingQuote(work: string, t: PendingSingle): boolean {
  const before = work.slice(Math.max(0, t.start - 4), t.start);
  const after = work.slice(t.end, t.end + 50);
  const credited =
    (/[”"],?\s+$/.test(before) &&
      /^\s+(?:said|says|added|told|wrote|noted|stressed|insisted|continued)\b/.test(after)) ||
    /^\s+(?:said|says|added|wrote|stressed|told\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s*:\s*[“"]/u.test(after);
  // (A line break before it ends a headline, not a longer name: this credit is strong enough.)
  return credited && unknownLoneName(work, t, false);
}

/** A lone name-shaped word no lexicon knows, with a role in apposition after it ("X, the Czech envoy,"). */
function surnameBeforeRole(work: string, t: PendingSingle): boolean {
  return (
    unknownLoneName(work, t) &&
    ROLE_AFTER.test(work.slice(t.end, t.end + 60)) &&
    // a title before a name is a list's next item, not an apposition (", President Erdoğan")
    !/^,\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(work.slice(t.end, t.end + 40))
  );
}

/** A word shaped like a surname that no lexicon knows, standing alone (no longer name, no body's tail). */
function unknownLoneName(work: string, t: PendingSingle, acrossLines = true): boolean {
  return (
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) &&
    lexTags(t.text).length === 0 &&
    !isKnownPlace(t.text) &&
    !demonymCountry(t.text) &&
    !lexTags(t.text.toLowerCase()).length &&
    // not the end of a longer name the chunker missed ("Ma Zhaoxu", "Robert W.⏎Forden")
    !(
      acrossLines ? /(?:^|\s)(?:\p{Lu}\p{L}*|\p{Lu}\.)\s+$/u : /(?:^|\s)(?:\p{Lu}\p{L}*|\p{Lu}\.)[^\S\n]+$/u
    ).test(work.slice(Math.max(0, t.start - 30), t.start)) &&
    // nor the tail of an organisation's name ("Directorate of Communication, President X's …")
    !/\b(?:of|for|and|the)\s+$/i.test(work.slice(Math.max(0, t.start - 5), t.start))
  );
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
    const x = /^\s*\(([A-Z][A-Za-z]{1,7})\)/.exec(b.work.slice(m.end, m.end + 12));
    // (A place only by the initials of the words ending in it, "Democratic Republic of the Congo (DRC)":
    // "Ankara (AA)" is a credit.)
    if (!x) continue;
    const lead = m.entity.type === 'Place' ? b.work.slice(Math.max(0, m.start - 50), m.end).split(/\s+/) : [];
    if (
      m.entity.type !== 'Place' ||
      lead.some((_, i) => initials(lead.slice(i).join(' ')) === x[1]!.toUpperCase())
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
    for (const k of [initials(e.name), ...(owned && /\s/.test(owned) ? [initials(owned)] : [])])
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
}

/**
 * An acronym set as a title before one person's name ("EAM Jaishankar", "FM Sergey Lavrov") is that
 * person's title, no body: alone elsewhere ("EAM wrote on Twitter") it names that person.
 */
export function acronymTitles(b: Builder): void {
  for (const acr of [...b.entities.values()]) {
    if (acr.type !== 'Organization' || !/^[A-Z]{2,5}$/.test(acr.name) || !/acronym/.test(acr.rule ?? ''))
      continue;
    const before = new RegExp(String.raw`(?<![\p{L}\d])${acr.name}[^\S\n]+$`, 'u');
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

/**
 * "State Department" is the "US State Department" named in the same article: one organisation; so are
 * "U.S. Treasury Department" and "US Treasury Department" (the same name but for its dots).
 */
export function mergeOrgs(b: Builder): void {
  const undotted = new Map<string, Entity>();
  for (const e of [...b.entities.values()].filter((x) => x.type === 'Organization')) {
    const key = e.name.toLowerCase().replace(/\./g, '');
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
}

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
