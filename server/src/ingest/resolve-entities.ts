// Entity resolution across articles (pure): decides, for each entity an extractor found in a new article,
// whether it is a node the graph already holds, and rewrites the document to use that node's id.
//
// The rules, tried in this order for each extracted entity; the first rule that finds a candidate decides
// (one candidate: merge; two or more: ambiguity, no merge, a warning). Candidates always have the same
// type (Person, Organization, Place): a type mismatch never merges, not even by id (an extracted id the
// graph holds for another type is renamed, with a warning).
//  1. same-id       the graph has a node with the extracted id.
//  2. exact-name    the extracted name equals an existing node's name (normalized: case, quotes,
//                   punctuation, "U.S."/"United States").
//  3. alias         the extracted name equals an existing alias, or an existing name equals an extracted
//                   alias, or an extracted alias equals an existing alias. For people only strings of two
//                   or more words count here (a lone surname is rule 4) and the given names must not
//                   conflict; role phrases are left to rule 5.
//  4. surname       a person named by one word ("Antonov") or whose surname matches: the unique existing
//                   person of that surname whose given name does not conflict ("Justin Sullivan" is not
//                   "John J. Sullivan"; "J. Sullivan" or "Sullivan" may be). Another person of that
//                   surname in the same article (resolved elsewhere) makes it ambiguous.
//  5. role-phrase   an extracted string holding a role word ("Russia's envoy to the US") equals an
//                   existing alias, and the dates fit: the article's publication date and the dates the
//                   article gives the entity's relations and events all lie within ROLE_WINDOW_YEARS of
//                   the existing node's period (the first to the last date of its articles, relations and
//                   events). An "envoy" of 1998 is not the envoy of 2021. Without a publication date, or
//                   when the node has no dates, a role phrase does not merge.
// Every merge of a different id is also kept as a note on the node (`resolution`), written in the
// article's transaction and retracted with it.
import type {
  AnnotatedEntity,
  AnnotationDocument,
  ExistingEntity,
  IngestResolution,
  ResolutionNote,
  ResolutionRule,
  Span,
} from '@dossier/model';

export type { ExistingEntity, ResolutionNote };

export interface ResolutionOutcome {
  document: AnnotationDocument;
  resolution: IngestResolution[];
  warnings: string[];
  /** One per merge of a different id, to keep on the node (`resolution` property). */
  notes: ResolutionNote[];
}

export const ROLE_WINDOW_YEARS = 2;

/** Whole words that make a string a role phrase ("the envoy", "Russia's ambassador to the US"). */
const ROLE_WORDS = new Set([
  'ambassador',
  'envoy',
  'diplomat',
  'consul',
  'attache',
  'president',
  'vice',
  'premier',
  'prime',
  'minister',
  'chancellor',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'deputy',
  'director',
  'chief',
  'head',
  'chairman',
  'chairwoman',
  'chair',
  'governor',
  'mayor',
  'senator',
  'general',
  'commander',
  'leader',
  'king',
  'queen',
  'pope',
  'ceo',
  'official',
  'representative',
  'counselor',
  'adviser',
  'advisor',
]);
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'madam', 'mister']);

/** Lower case, straight quotes, no punctuation, "U.S."/"United States" → "us", no leading "the". */
export function normalizeName(s: string): string {
  let n = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  n = ` ${n} `
    .replace(/ united states of america /g, ' us ')
    .replace(/ united states /g, ' us ')
    .replace(/ usa /g, ' us ')
    .replace(/ united kingdom /g, ' uk ')
    .trim();
  return n.replace(/^the /, '');
}

const words = (normalized: string) => (normalized ? normalized.split(' ') : []);

/** Words that end a name when read from its end: "Deputy Secretary of State Wendy Sherman". */
const NOT_NAME_WORDS = new Set([
  ...ROLE_WORDS,
  ...HONORIFICS,
  'of',
  'the',
  'to',
  'for',
  'in',
  'at',
  'and',
  'on',
  'state',
  'defense',
  'defence',
  'affairs',
  'treasury',
  'justice',
  'interior',
  'national',
  'security',
  'us',
  'uk',
  'un',
  'eu',
]);

const PREPOSITIONS = new Set(['of', 'to', 'for', 'in', 'at', 'on', 'from', 'the', 'and']);

export interface PersonName {
  /** The first given name (a full word when there is one, else an initial); null for a lone surname. */
  given: string | null;
  /** Given names and initials before the surname (full words only when there are any). */
  givens: string[];
  surname: string | null;
  /** Words of the name proper (0: no name, e.g. a role phrase). */
  words: number;
  /** The name proper, normalized: "Ambassador Anatoly Antonov" → "anatoly antonov". */
  key: string;
}

/**
 * A person's name read from its end: titles, roles and honorifics before it are dropped
 * ("Russian Ambassador Anatoly Antonov" → anatoly antonov), and so are suffixes (Jr., III).
 */
export function personName(s: string): PersonName {
  const ws = words(normalizeName(s));
  while (ws.length > 1 && NAME_SUFFIXES.has(ws[ws.length - 1]!)) ws.pop();
  const tail: string[] = [];
  let i = ws.length - 1;
  for (; i >= 0; i--) {
    const w = ws[i]!;
    if (NOT_NAME_WORDS.has(w) || w.endsWith("'s") || /^\d/.test(w)) break;
    tail.unshift(w);
  }
  // "Ambassador to Washington", "envoy of Russia": a place after a preposition, not a name.
  if (i >= 0 && PREPOSITIONS.has(ws[i]!)) tail.length = 0;
  const pre = tail.slice(0, -1);
  const full = pre.filter((w) => w.length > 1);
  const givens = full.length ? full : pre;
  return {
    given: givens[0] ?? null,
    givens,
    surname: tail[tail.length - 1] ?? null,
    words: tail.length,
    key: tail.join(' '),
  };
}

/** A role phrase holds a role word and no name: "Russia's envoy to the US", "the ambassador". */
export function isRolePhrase(s: string): boolean {
  return (
    words(normalizeName(s)).some((w) => ROLE_WORDS.has(w.replace(/'s$/, ''))) && personName(s).words === 0
  );
}

/** Given names conflict unless one is absent, they are equal, or one is the other's initial. */
export function givenNamesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}

/** An ISO date of any precision as a range of days since the epoch. */
export function dateRange(iso: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const day = 86_400_000;
  if (m[3]) {
    const d = Date.UTC(y, Number(m[2]) - 1, Number(m[3])) / day;
    return [d, d];
  }
  if (m[2]) {
    const mo = Number(m[2]) - 1;
    return [Date.UTC(y, mo, 1) / day, Date.UTC(y, mo + 1, 0) / day];
  }
  return [Date.UTC(y, 0, 1) / day, Date.UTC(y, 11, 31) / day];
}

/** Days between two day ranges (0 when they overlap). */
function gapDays(a: [number, number], b: [number, number]): number {
  if (a[1] < b[0]) return b[0] - a[1];
  if (b[1] < a[0]) return a[0] - b[1];
  return 0;
}

const period = (c: ExistingEntity): string =>
  c.firstDate === c.lastDate ? `${c.firstDate}` : `${c.firstDate}..${c.lastDate}`;

/** What a resolver looks up in the graph for a document: the ids, and full-text terms per entity. */
export function resolutionLookup(doc: AnnotationDocument): { ids: string[]; terms: string[] } {
  const terms = new Set<string>();
  for (const e of doc.entities) {
    for (const s of [e.name, ...e.aliases].slice(0, 12)) {
      const clean = s.replace(/["\\]/g, ' ').trim().slice(0, 120);
      if (clean) terms.add(clean);
      if (e.type === 'Person') {
        const { surname } = personName(s);
        if (surname && surname.length > 1) terms.add(surname);
      }
      for (const w of words(normalizeName(s))) if (ROLE_WORDS.has(w.replace(/'s$/, ''))) terms.add(w);
    }
  }
  return { ids: doc.entities.map((e) => e.id), terms: [...terms] };
}

/** A person of the article named with a given name, by the id it resolved to. */
interface LocalPerson {
  id: string;
  given: string | null;
}

interface Decision {
  rule: ResolutionRule;
  candidate: ExistingEntity | null;
  explanation: string;
  /** Short reason for the note on the node. */
  reason?: string;
  warning?: string;
}

/** The reference dates of an extracted entity: the publication date and its relations' and events' dates. */
function referenceDates(doc: AnnotationDocument, id: string): string[] {
  const dates: (string | null | undefined)[] = [doc.article.published];
  for (const r of doc.relations) if (r.source === id || r.target === id) dates.push(r.date);
  for (const ev of doc.events) if (ev.participants.some((p) => p.entity === id)) dates.push(ev.date);
  return dates.filter((d): d is string => !!d);
}

const quote = (s: string) => `'${s}'`;

function decide(
  e: AnnotatedEntity,
  doc: AnnotationDocument,
  candidates: ExistingEntity[],
  /** Resolved ids of the document's other people by surname (filled as multi-word names resolve). */
  localSurnames: Map<string, LocalPerson[]>,
): Decision {
  const byId = candidates.find((c) => c.id === e.id);
  if (byId && byId.type === e.type) {
    return { rule: 'same-id', candidate: byId, explanation: `the graph already has ${e.id}` };
  }
  const sameType = candidates.filter((c) => c.type === e.type);
  const isPerson = e.type === 'Person';
  // Role phrases are a matter of people: an organization named "Office of the President" is a name.
  const isRole = (s: string) => isPerson && isRolePhrase(s);
  const strings = [e.name, ...e.aliases];
  // People are compared by their name proper (titles dropped); other entities by the whole string.
  const keyOf = (x: string) => (isPerson ? personName(x).key : normalizeName(x));
  const multiWord = (x: string) => (isPerson ? personName(x).words > 1 : words(normalizeName(x)).length > 1);
  const ourNames = isPerson ? strings.map(personName).filter((n) => n.words > 1) : [];
  const givenConflict = (c: ExistingEntity): string | null => {
    if (!isPerson) return null;
    const theirs = personName(c.name).given;
    if (!theirs) return null;
    const clash = ourNames.find(
      (n) => n.givens.length && !n.givens.some((g) => givenNamesCompatible(g, theirs)),
    );
    return clash ? `given names differ (${clash.givens.join(' ')} vs ${theirs})` : null;
  };
  const conflicts: string[] = [];
  const ambiguous = (rule: ResolutionRule, found: ExistingEntity[], what: string): Decision => ({
    rule: 'ambiguous',
    candidate: null,
    explanation: `${what} (${rule}) fits ${found.length} nodes: ${found.map((c) => c.id).join(', ')}; kept as a new node`,
    warning: `${quote(e.name)} (${e.id}) could be ${found.map((c) => c.id).join(' or ')} (${rule}): not merged, kept as a new node`,
  });
  const pick = (
    rule: ResolutionRule,
    found: ExistingEntity[],
    what: string,
    reason: string,
  ): Decision | null => {
    const ok: ExistingEntity[] = [];
    for (const c of found) {
      const conflict = givenConflict(c);
      if (conflict) conflicts.push(`not ${c.id} (${c.name}): ${conflict}`);
      else ok.push(c);
    }
    if (ok.length === 0) return null;
    if (ok.length > 1) return ambiguous(rule, ok, what);
    return { rule, candidate: ok[0]!, explanation: `${what}: ${ok[0]!.id}`, reason };
  };

  // 2. exact canonical name
  const name = keyOf(e.name);
  const exact = name ? sameType.filter((c) => keyOf(c.name) === name) : [];
  const d2 = pick('exact-name', exact, `same name as ${quote(e.name)}`, 'same name');
  if (d2) return d2;

  // 3. alias (not role phrases; for people, names of two or more words)
  const aliasable = (s: string) => !isRole(s) && (!isPerson || multiWord(s));
  const ours = new Set(e.aliases.filter(aliasable).map(keyOf));
  const nameOk = aliasable(e.name);
  const viaAlias = sameType.filter((c) => {
    const theirAliases = c.aliases.filter(aliasable).map(keyOf);
    return (
      (nameOk && theirAliases.includes(name)) ||
      (aliasable(c.name) && ours.has(keyOf(c.name))) ||
      theirAliases.some((a) => ours.has(a))
    );
  });
  const d3 = pick(
    'alias',
    viaAlias,
    `${quote(e.name)} or its aliases equal a name or alias of`,
    'name equals an alias',
  );
  if (d3) return d3;

  // 4. surname
  if (isPerson) {
    const own = personName(e.name);
    if (own.surname && own.surname.length > 1) {
      const found = sameType.filter((c) => {
        const theirs = personName(c.name);
        const single = c.aliases.map(personName).filter((n) => n.words === 1);
        return theirs.surname === own.surname || single.some((n) => n.surname === own.surname);
      });
      const ok = found.filter((c) => {
        const conflict = givenConflict(c);
        if (conflict) conflicts.push(`not ${c.id} (${c.name}): ${conflict}`);
        return !conflict;
      });
      // A lone surname, or one with an initial only, may also mean another person of this article
      // ("Sullivan" or "J. Sullivan" next to "Justin Sullivan"); a full given name decides by itself.
      const initialsOnly = own.givens.every((g) => g.length === 1);
      const local = initialsOnly
        ? (localSurnames.get(own.surname) ?? [])
            .filter((p) => own.givens.every((g) => givenNamesCompatible(g, p.given)))
            .map((p) => p.id)
        : [];
      const referents = new Set([...ok.map((c) => c.id), ...local]);
      if (ok.length === 1 && referents.size === 1) {
        const c = ok[0]!;
        const unique =
          found.length === 1 ? 'a unique person' : 'the only person with a compatible given name';
        return {
          rule: 'surname',
          candidate: c,
          explanation: `surname ${quote(own.surname)} of ${unique}: ${c.id} (${c.name})`,
          reason: own.words === 1 ? 'surname of a unique person' : `same surname, compatible given name`,
        };
      }
      if (referents.size > 1 && ok.length > 0) {
        return {
          rule: 'ambiguous',
          candidate: null,
          explanation: `surname ${quote(own.surname)} fits ${[...referents].join(', ')}; kept as a new node`,
          warning: `${quote(e.name)} (${e.id}) could be ${[...referents].join(' or ')} (surname): not merged, kept as a new node`,
        };
      }
    }
  }

  // 5. role phrase, within the dates
  const roles = strings.filter(isRole);
  if (roles.length) {
    const roleSet = new Set(roles.map(normalizeName));
    const found = sameType.filter((c) => [c.name, ...c.aliases].some((a) => roleSet.has(normalizeName(a))));
    if (found.length) {
      const refs = referenceDates(doc, e.id);
      const fits: ExistingEntity[] = [];
      const misses: string[] = [];
      for (const c of found) {
        const first = c.firstDate ? dateRange(c.firstDate) : null;
        const last = c.lastDate ? dateRange(c.lastDate) : null;
        if (!doc.article.published) {
          misses.push(`${c.id}: the article has no publication date to compare with ${period(c)}`);
        } else if (!first || !last) {
          misses.push(`${c.id}: the node has no dates to compare with`);
        } else {
          const span: [number, number] = [first[0], last[1]];
          const far = refs.find((d) => {
            const r = dateRange(d);
            return !r || gapDays(r, span) > ROLE_WINDOW_YEARS * 366;
          });
          if (far) {
            misses.push(
              `${c.id}: ${far} is more than ${ROLE_WINDOW_YEARS} years from its period ${period(c)}`,
            );
          } else fits.push(c);
        }
      }
      const role = roles.find((r) =>
        found.some((c) => [c.name, ...c.aliases].some((a) => normalizeName(a) === normalizeName(r))),
      )!;
      if (fits.length > 1) return ambiguous('role-phrase', fits, `role phrase ${quote(role)}`);
      if (fits.length === 1) {
        const c = fits[0]!;
        return {
          rule: 'role-phrase',
          candidate: c,
          explanation: `role phrase ${quote(role)} is an alias of ${c.id} (${c.name}), whose period ${period(c)} is within ${ROLE_WINDOW_YEARS} years of the article`,
          reason: `role phrase within ${ROLE_WINDOW_YEARS} years of ${period(c)}`,
        };
      }
      return {
        rule: 'new',
        candidate: null,
        explanation: `role phrase ${quote(role)} not merged: ${misses.join('; ')}`,
        warning: `${quote(e.name)} (${e.id}): role phrase ${quote(role)} matches ${misses.join('; ')}: kept as a new node`,
      };
    }
  }

  return {
    rule: 'new',
    candidate: null,
    explanation: conflicts.length
      ? `a new node (${conflicts.join('; ')})`
      : 'a new node: no match in the graph',
  };
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/**
 * Resolves a document's entities against existing nodes and rewrites every entity id the document uses.
 * Entities that resolve to the same node become one (mentions kept, aliases merged); a merged entity
 * takes the node's name, and its own names become aliases.
 */
export function resolveEntities(doc: AnnotationDocument, candidates: ExistingEntity[]): ResolutionOutcome {
  const warnings: string[] = [];
  const decisions = new Map<string, Decision>();
  const localSurnames = new Map<string, LocalPerson[]>();
  // Full names first, then names with initials, then lone surnames, so that the latter can see which
  // people of the article they might mean.
  const rank = (e: AnnotatedEntity) => {
    if (e.type !== 'Person') return 0;
    const n = personName(e.name);
    return n.words <= 1 ? 2 : n.givens.every((g) => g.length === 1) ? 1 : 0;
  };
  const order = [...doc.entities].sort((a, b) => rank(a) - rank(b));
  for (const e of order) {
    const d = decide(e, doc, candidates, localSurnames);
    decisions.set(e.id, d);
    if (d.warning) warnings.push(d.warning);
    if (e.type === 'Person') {
      const { surname, given, words: n } = personName(e.name);
      if (surname && n > 1) {
        const list = localSurnames.get(surname) ?? [];
        list.push({ id: d.candidate?.id ?? e.id, given });
        localSurnames.set(surname, list);
      }
    }
  }

  const idMap = new Map<string, string>();
  const taken = new Set([...candidates.map((c) => c.id), ...doc.entities.map((e) => e.id)]);
  for (const e of doc.entities) {
    const d = decisions.get(e.id)!;
    let id = d.candidate?.id ?? e.id;
    // An id the graph holds for another type must not be reused: loading would give that node a second type.
    const clash = !d.candidate && candidates.find((c) => c.id === id && c.type !== e.type);
    if (clash) {
      const base = `${e.type.toLowerCase()}:${id.slice(id.indexOf(':') + 1)}`;
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      warnings.push(`${e.id} is a ${clash.type} in the graph but a ${e.type} here: renamed ${id}`);
    }
    idMap.set(e.id, id);
  }
  const mapId = (id: string) => idMap.get(id) ?? id;

  // Merge entities that now share an id.
  const merged = new Map<string, AnnotatedEntity>();
  for (const e of doc.entities) {
    const d = decisions.get(e.id)!;
    const id = mapId(e.id);
    const canonical = d.candidate?.name ?? e.name;
    const prev = merged.get(id);
    const names = [...(prev ? [prev.name, ...prev.aliases] : []), e.name, ...e.aliases];
    const mentions = new Map<string, Span>();
    for (const m of [...(prev?.mentions ?? []), ...e.mentions]) mentions.set(`${m.start}:${m.end}`, m);
    const entity: AnnotatedEntity = {
      id,
      type: e.type,
      name: prev?.name ?? canonical,
      aliases: uniq(names).filter((n) => n !== (prev?.name ?? canonical)),
      mentions: [...mentions.values()].sort((a, b) => a.start - b.start),
    };
    const description = prev?.description ?? e.description;
    if (description !== undefined) entity.description = description;
    const rule = prev?.rule ?? e.rule;
    if (rule !== undefined) entity.rule = rule;
    merged.set(id, entity);
  }

  const relations = doc.relations.flatMap((r) => {
    const source = mapId(r.source);
    const target = mapId(r.target);
    if (source === target && r.source !== r.target) {
      warnings.push(`relation ${r.source} -${r.type}-> ${r.target} dropped: both ends resolved to ${source}`);
      return [];
    }
    const out = { ...r, source, target };
    if (r.place) out.place = mapId(r.place);
    return [out];
  });
  const document: AnnotationDocument = {
    ...doc,
    entities: [...merged.values()],
    events: doc.events.map((ev) => {
      const seen = new Set<string>();
      const out = {
        ...ev,
        participants: ev.participants
          .map((p) => ({ ...p, entity: mapId(p.entity) }))
          .filter((p) => {
            const key = `${p.entity}|${p.role}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          }),
      };
      if (ev.place) out.place = mapId(ev.place);
      return out;
    }),
    statements: doc.statements.map((s) => ({
      ...s,
      speaker: mapId(s.speaker),
      about: uniq(s.about.map(mapId)),
    })),
    relations,
  };

  const resolution: IngestResolution[] = doc.entities.map((e) => {
    const d = decisions.get(e.id)!;
    return {
      extractedId: e.id,
      name: e.name,
      resolvedId: mapId(e.id),
      rule: d.rule,
      matched: d.candidate !== null,
      explanation: d.explanation,
    };
  });
  const notes: ResolutionNote[] = doc.entities.flatMap((e) => {
    const d = decisions.get(e.id)!;
    if (!d.candidate || d.candidate.id === e.id) return [];
    return [
      {
        entityId: d.candidate.id,
        note: `${doc.article.id}: ${quote(e.name)} → ${d.candidate.id} (${d.reason ?? d.rule})`,
      },
    ];
  });
  return { document, resolution, warnings, notes };
}
