// The resolution rules (pure), tried in this order for each extracted entity; the first rule that finds a
// candidate decides (one candidate: merge; two or more: ambiguity, no merge, a warning). Candidates
// always have the same type (Person, Organization, Place): a type mismatch never merges, not even by id.
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
//                   existing alias, and the dates fit (periods.ts): the article's publication date and
//                   the dates the article gives the entity's relations and events all lie within
//                   ROLE_WINDOW_YEARS of the existing node's period. Without a publication date, or when
//                   the node has no dates, a role phrase does not merge.
// Before the rules: an article loaded before keeps what its entities resolved to then (keptDecision).
import type { AnnotatedEntity, AnnotationDocument, ResolutionRule } from '@dossier/model';
import { givenNamesCompatible, isRolePhrase, normalizeName, personName, words } from './names.js';
import { periodMismatch, periodText, ROLE_WINDOW_YEARS } from './periods.js';
import type { ExistingEntity, PreviousResolution } from './types.js';

/** A person of the article named with a given name, by the id it resolved to. */
export interface LocalPerson {
  id: string;
  given: string | null;
}

export interface Decision {
  rule: ResolutionRule;
  candidate: ExistingEntity | null;
  explanation: string;
  /** Short reason for the note on the node. */
  reason?: string;
  warning?: string;
  /** No candidate, but the id to keep (an id this article's entity had before): see keptDecision. */
  keepId?: string;
}

export const quote = (s: string) => `'${s}'`;

export function decide(
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
      const fits: ExistingEntity[] = [];
      const misses: string[] = [];
      for (const c of found) {
        const miss = periodMismatch(doc, e.id, c);
        if (miss) misses.push(miss);
        else fits.push(c);
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
          explanation: `role phrase ${quote(role)} is an alias of ${c.id} (${c.name}), whose period ${periodText(c)} is within ${ROLE_WINDOW_YEARS} years of the article`,
          reason: `role phrase within ${ROLE_WINDOW_YEARS} years of ${periodText(c)}`,
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

const MERGE_RULES = new Set<ResolutionRule>(['same-id', 'exact-name', 'alias', 'surname', 'role-phrase']);

/**
 * What an entity of an article loaded before becomes: the node it resolved to then, when that node is
 * still a candidate of the same type, or the same id as a node of its own when nothing else holds that
 * id. Null: resolve afresh (the id now names a node of another type). So re-ingesting an article keeps
 * its node ids whatever other articles added meanwhile.
 */
export function keptDecision(
  e: AnnotatedEntity,
  previous: PreviousResolution,
  candidates: ExistingEntity[],
): Decision | null {
  const holder = candidates.find((c) => c.id === previous.to);
  if (holder && holder.type !== e.type) return null;
  const then = `as when this article was last loaded (${previous.rule})`;
  if (holder) {
    const rule = MERGE_RULES.has(previous.rule) ? previous.rule : 'same-id';
    return {
      rule,
      candidate: holder,
      explanation: `${then}: ${holder.id}`,
      reason: `${previous.rule}, kept from the article's last load`,
    };
  }
  return {
    rule: MERGE_RULES.has(previous.rule) ? 'new' : previous.rule,
    candidate: null,
    keepId: previous.to,
    explanation: `${previous.to === e.id ? 'a new node' : `a node of its own, ${previous.to}`}, ${then}`,
  };
}
