// Entity resolution's pure rules: same id, exact name, alias, surname, role phrase with dates; the false
// friends (another given name, another type, another period), ambiguity, and the rewriting of every id.
import { describe, expect, it } from 'vitest';
import type { AnnotatedEntity, AnnotationDocument } from '@dossier/model';
import {
  dateRange,
  givenNamesCompatible,
  isRolePhrase,
  normalizeName,
  personName,
  resolutionLookup,
  resolveEntities,
  type ExistingEntity,
} from '../../server/src/ingest/resolve/index.js';
import { validateDocument } from '../../server/src/ingest/validate-document.js';

const EXISTING: ExistingEntity[] = [
  {
    id: 'person:anatoly-antonov',
    type: 'Person',
    name: 'Anatoly Antonov',
    aliases: ['Antonov', "Russia's envoy to the United States", 'Russian Ambassador to the United States'],
    firstDate: '2021-03-19',
    lastDate: '2022-06-08',
  },
  {
    id: 'person:john-sullivan',
    type: 'Person',
    name: 'John J. Sullivan',
    aliases: ['John Sullivan', 'Sullivan'],
    firstDate: '2021-04',
    lastDate: '2022-04',
  },
  {
    id: 'place:washington',
    type: 'Place',
    name: 'Washington',
    aliases: ['Washington, DC', 'D.C.'],
    firstDate: '2021-03-20',
    lastDate: '2022-06-08',
  },
  {
    id: 'place:united-states',
    type: 'Place',
    name: 'United States',
    aliases: ['US', 'U.S.'],
    firstDate: '2021-03-20',
    lastDate: '2022-06-08',
  },
];

/** A document whose text is the entities' strings, one line each, so every mention is a real span. */
function makeDoc(
  entities: { id: string; type: AnnotatedEntity['type']; name: string; aliases?: string[] }[],
  published: string | null = '2021-06-20',
): { text: string; doc: AnnotationDocument } {
  let text = '';
  const out: AnnotatedEntity[] = entities.map((e) => {
    const start = text.length;
    text += `${e.name}\n`;
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases ?? [],
      mentions: [{ start, end: start + e.name.length, text: e.name }],
    };
  });
  return {
    text,
    doc: {
      article: {
        id: 'test-2021-06-20-article',
        title: 'A test article',
        outlet: 'Test',
        published,
        url: null,
        language: 'en',
      },
      body: { start: 0, end: text.length },
      entities: out,
      events: [],
      statements: [],
      relations: [],
    },
  };
}

const resolveOne = (
  e: { id: string; type: AnnotatedEntity['type']; name: string; aliases?: string[] },
  published: string | null = '2021-06-20',
  existing = EXISTING,
) => {
  const { doc } = makeDoc([e], published);
  const out = resolveEntities(doc, existing);
  return { ...out, r: out.resolution[0]! };
};

describe('name helpers', () => {
  it('when names are normalized, then case, quotes, punctuation and the US spellings do not matter', () => {
    expect(normalizeName('U.S.')).toBe('us');
    expect(normalizeName('the United States')).toBe('us');
    expect(normalizeName('Russia’s envoy to the US')).toBe(
      normalizeName("Russia's envoy to the United States"),
    );
    expect(normalizeName('  Anatoly   ANTONOV ')).toBe('anatoly antonov');
  });
  it('when a person name is split, then titles, honorifics and suffixes are dropped', () => {
    expect(personName('Mr. John J. Sullivan Jr.')).toMatchObject({
      given: 'john',
      givens: ['john'],
      surname: 'sullivan',
      words: 3,
    });
    expect(personName('Antonov')).toMatchObject({ given: null, surname: 'antonov', words: 1 });
    expect(personName('Russian Ambassador Anatoly Antonov').key).toBe('anatoly antonov');
    expect(personName('Deputy Secretary of State Wendy Sherman').key).toBe('wendy sherman');
    expect(personName("Russia's envoy to the US").words).toBe(0);
    expect(personName('J. Sullivan')).toMatchObject({ given: 'j', surname: 'sullivan' });
  });
  it('when given names are compared, then an initial fits and another name conflicts', () => {
    expect(givenNamesCompatible('j', 'john')).toBe(true);
    expect(givenNamesCompatible(null, 'john')).toBe(true);
    expect(givenNamesCompatible('justin', 'john')).toBe(false);
  });
  it('when a string holds a role word, then it is a role phrase', () => {
    expect(isRolePhrase("Russia's envoy to the US")).toBe(true);
    expect(isRolePhrase('the ambassador')).toBe(true);
    expect(isRolePhrase('Anatoly Antonov')).toBe(false);
    expect(isRolePhrase('Ambassador Anatoly Antonov')).toBe(false);
    // A place after a preposition is not a name: this is a role phrase, not a Mr. Washington.
    expect(isRolePhrase('Russia’s Ambassador to Washington')).toBe(true);
    expect(personName('Russia’s Ambassador to Washington').words).toBe(0);
  });
  it('when ISO dates of any precision are read, then they span their day, month or year', () => {
    const [a, b] = dateRange('2021')!;
    expect(b - a).toBe(364);
    const [c, d] = dateRange('2021-02')!;
    expect(d - c).toBe(27);
    expect(dateRange('2021-02-03')![0]).toBe(dateRange('2021-02-03')![1]);
    expect(dateRange('soon')).toBeNull();
  });
});

describe('the resolution rules', () => {
  it('when the extracted id exists, then it joins that node (same-id), and no note is kept', () => {
    const { r, notes } = resolveOne({
      id: 'person:anatoly-antonov',
      type: 'Person',
      name: 'Anatoly Antonov',
    });
    expect(r).toMatchObject({ rule: 'same-id', matched: true, resolvedId: 'person:anatoly-antonov' });
    expect(notes).toEqual([]);
  });

  it('when the name equals an existing name under another id, then it merges (exact-name)', () => {
    const { r, document } = resolveOne({ id: 'person:a-antonov', type: 'Person', name: 'ANATOLY ANTONOV' });
    expect(r).toMatchObject({ rule: 'exact-name', resolvedId: 'person:anatoly-antonov', matched: true });
    expect(document.entities[0]!.name).toBe('Anatoly Antonov');
    expect(document.entities[0]!.aliases).toContain('ANATOLY ANTONOV');
  });

  it('when the name equals an existing alias, then it merges (alias)', () => {
    const { r } = resolveOne({ id: 'person:john-sullivan-2', type: 'Person', name: 'John Sullivan' });
    expect(r).toMatchObject({ rule: 'alias', resolvedId: 'person:john-sullivan' });
    const place = resolveOne({ id: 'place:u-s', type: 'Place', name: 'U.S.' }).r;
    expect(place).toMatchObject({ resolvedId: 'place:united-states', matched: true });
  });

  it('when only a surname is given and one person has it, then it merges (surname) and a note says why', () => {
    const { r, notes, document } = resolveOne({ id: 'person:antonov', type: 'Person', name: 'Antonov' });
    expect(r).toMatchObject({ rule: 'surname', resolvedId: 'person:anatoly-antonov', matched: true });
    expect(r.explanation).toContain('unique person');
    expect(notes).toEqual([
      {
        entityId: 'person:anatoly-antonov',
        note: "test-2021-06-20-article: 'Antonov' → person:anatoly-antonov (surname of a unique person)",
      },
    ]);
    expect(document.entities[0]).toMatchObject({ id: 'person:anatoly-antonov', name: 'Anatoly Antonov' });
    expect(document.entities[0]!.aliases).toContain('Antonov');
  });

  it('when a title precedes the name, then the name proper decides (exact-name)', () => {
    const { r } = resolveOne({
      id: 'person:ambassador-anatoly-antonov',
      type: 'Person',
      name: 'Ambassador Anatoly Antonov',
    });
    expect(r).toMatchObject({ rule: 'exact-name', resolvedId: 'person:anatoly-antonov' });
    const other = resolveOne({
      id: 'person:sergei-antonov',
      type: 'Person',
      name: 'Russian Ambassador Sergei Antonov',
    }).r;
    expect(other).toMatchObject({ rule: 'new', matched: false });
  });

  it('when a given name is an initial of the existing one, then it merges (surname)', () => {
    const { r } = resolveOne({ id: 'person:a-antonov', type: 'Person', name: 'A. Antonov' });
    expect(r).toMatchObject({ rule: 'surname', resolvedId: 'person:anatoly-antonov' });
  });

  it('when a role phrase matches an alias and the article lies in the node’s period, then it merges (role-phrase)', () => {
    const { r, notes } = resolveOne(
      { id: 'person:russias-envoy', type: 'Person', name: 'Russia’s envoy to the US' },
      '2021-09-01',
    );
    expect(r).toMatchObject({ rule: 'role-phrase', resolvedId: 'person:anatoly-antonov', matched: true });
    expect(notes[0]!.note).toContain('role phrase');
  });
});

describe('false friends and ambiguity', () => {
  it('when the given name differs (Justin vs John Sullivan), then it is a new node, and the explanation says why', () => {
    const { r, warnings } = resolveOne({
      id: 'person:justin-sullivan',
      type: 'Person',
      name: 'Justin Sullivan',
      aliases: ['Sullivan'],
    });
    expect(r).toMatchObject({ rule: 'new', matched: false, resolvedId: 'person:justin-sullivan' });
    expect(r.explanation).toMatch(/given names differ \(justin vs john\)/);
    expect(warnings).toEqual([]);
  });

  it('when a role alias ends in a place, then a person of that name does not match it', () => {
    const withRole: ExistingEntity[] = [
      { ...EXISTING[0]!, aliases: [...EXISTING[0]!.aliases, 'Russia’s Ambassador to Washington'] },
    ];
    const { r } = resolveOne(
      { id: 'person:washington', type: 'Person', name: 'Washington' },
      '2021-06-20',
      withRole,
    );
    expect(r).toMatchObject({ rule: 'new', matched: false });
  });

  it('when the article names Justin Sullivan, then "J. Sullivan" is ambiguous between him and John J. Sullivan', () => {
    const { doc } = makeDoc([
      { id: 'person:j-sullivan', type: 'Person', name: 'J. Sullivan' },
      { id: 'person:justin-sullivan', type: 'Person', name: 'Justin Sullivan' },
    ]);
    const out = resolveEntities(doc, EXISTING);
    expect(out.resolution.map((r) => r.rule)).toEqual(['ambiguous', 'new']);
    expect(resolveOne({ id: 'person:j-sullivan', type: 'Person', name: 'J. Sullivan' }).r).toMatchObject({
      rule: 'surname',
      resolvedId: 'person:john-sullivan',
    });
  });

  it('when the graph holds the extracted id for another type, then the entity gets an id of its own', () => {
    const { r, document, warnings } = resolveOne({
      id: 'person:anatoly-antonov',
      type: 'Place',
      name: 'Antonov Street',
    });
    expect(r).toMatchObject({ matched: false, resolvedId: 'place:anatoly-antonov' });
    expect(document.entities[0]!.id).toBe('place:anatoly-antonov');
    expect(warnings[0]).toContain('is a Person in the graph but a Place here: renamed place:anatoly-antonov');
  });

  it('when the types differ, then nothing merges (a person Washington is not the city)', () => {
    const { r } = resolveOne({ id: 'person:washington', type: 'Person', name: 'Washington' });
    expect(r).toMatchObject({ rule: 'new', matched: false, resolvedId: 'person:washington' });
    const org = resolveOne({ id: 'organization:washington', type: 'Organization', name: 'Washington' }).r;
    expect(org.matched).toBe(false);
  });

  it('when a role phrase comes from an article far from the node’s period (1998 vs 2021), then it does not merge', () => {
    const { r, warnings } = resolveOne(
      { id: 'person:russias-envoy', type: 'Person', name: "Russia's envoy to the United States" },
      '1998-05-01',
    );
    expect(r).toMatchObject({ rule: 'new', matched: false, resolvedId: 'person:russias-envoy' });
    expect(r.explanation).toMatch(/1998-05-01 is more than 2 years from its period 2021-03-19\.\.2022-06-08/);
    expect(warnings).toHaveLength(1);
  });

  it('when a role phrase comes with a relation dated far from the node’s period, then it does not merge', () => {
    const { doc } = makeDoc(
      [
        { id: 'person:the-envoy', type: 'Person', name: "Russia's envoy to the United States" },
        { id: 'place:washington', type: 'Place', name: 'Washington' },
      ],
      '2021-06-20',
    );
    doc.relations.push({
      source: 'person:the-envoy',
      type: 'LEFT',
      target: 'place:washington',
      date: '1998',
      evidence: [doc.entities[0]!.mentions[0]!],
    });
    const out = resolveEntities(doc, EXISTING);
    expect(out.resolution[0]).toMatchObject({ rule: 'new', matched: false });
  });

  it('when the article has no publication date, then a role phrase does not merge', () => {
    const { r } = resolveOne(
      { id: 'person:the-envoy', type: 'Person', name: "Russia's envoy to the US" },
      null,
    );
    expect(r.matched).toBe(false);
    expect(r.explanation).toContain('no publication date');
  });

  it('when two existing people share the surname, then a lone surname is ambiguous: a new node and a warning', () => {
    const twoSullivans: ExistingEntity[] = [
      ...EXISTING,
      {
        id: 'person:jake-sullivan',
        type: 'Person',
        name: 'Jake Sullivan',
        aliases: [],
        firstDate: '2021',
        lastDate: '2022',
      },
    ];
    const { r, warnings } = resolveOne(
      { id: 'person:sullivan', type: 'Person', name: 'Sullivan' },
      '2021-06-20',
      twoSullivans,
    );
    expect(r).toMatchObject({ rule: 'ambiguous', matched: false, resolvedId: 'person:sullivan' });
    expect(warnings[0]).toMatch(/person:john-sullivan or person:jake-sullivan/);
  });

  it('when the article names another person of that surname, then a lone surname is ambiguous', () => {
    const { doc } = makeDoc([
      { id: 'person:justin-sullivan', type: 'Person', name: 'Justin Sullivan' },
      { id: 'person:sullivan', type: 'Person', name: 'Sullivan' },
    ]);
    const out = resolveEntities(doc, EXISTING);
    expect(out.resolution.map((r) => [r.extractedId, r.rule, r.resolvedId])).toEqual([
      ['person:justin-sullivan', 'new', 'person:justin-sullivan'],
      ['person:sullivan', 'ambiguous', 'person:sullivan'],
    ]);
    expect(out.warnings).toHaveLength(1);
  });
});

describe('rewriting the document', () => {
  it('when two extracted entities resolve to one node, then they become one entity and every id is remapped', () => {
    const { text, doc } = makeDoc([
      { id: 'person:anatoly-antonov', type: 'Person', name: 'Anatoly Antonov' },
      { id: 'person:antonov', type: 'Person', name: 'Antonov' },
      { id: 'place:washington-dc', type: 'Place', name: 'Washington, DC' },
    ]);
    const [full, surname, place] = doc.entities;
    doc.events.push({
      id: 'event:antonov-returns',
      type: 'return',
      label: 'Antonov returns',
      date: '2021-06-20',
      place: 'place:washington-dc',
      participants: [
        { entity: 'person:antonov', role: 'subject' },
        { entity: 'person:anatoly-antonov', role: 'subject' },
      ],
      evidence: [surname!.mentions[0]!],
    });
    doc.statements.push({
      id: 'statement:antonov-on-washington',
      speaker: 'person:antonov',
      quote: place!.name,
      start: place!.mentions[0]!.start,
      end: place!.mentions[0]!.end,
      date: null,
      about: ['place:washington-dc', 'place:washington-dc'],
    });
    doc.relations.push(
      {
        source: 'person:antonov',
        type: 'RETURNED_TO',
        target: 'place:washington-dc',
        evidence: [surname!.mentions[0]!],
      },
      {
        source: 'person:antonov',
        type: 'MET',
        target: 'person:anatoly-antonov',
        evidence: [full!.mentions[0]!],
      },
    );
    expect(validateDocument(text, doc, 'before.json').ok).toBe(true);

    const out = resolveEntities(doc, EXISTING);
    const d = out.document;
    expect(d.entities.map((e) => e.id)).toEqual(['person:anatoly-antonov', 'place:washington']);
    expect(d.entities[0]!.mentions).toHaveLength(2);
    expect(d.entities[0]!.aliases).toContain('Antonov');
    expect(d.events[0]!.place).toBe('place:washington');
    expect(d.events[0]!.participants).toEqual([{ entity: 'person:anatoly-antonov', role: 'subject' }]);
    expect(d.statements[0]).toMatchObject({ speaker: 'person:anatoly-antonov', about: ['place:washington'] });
    expect(d.relations).toHaveLength(1);
    expect(d.relations[0]).toMatchObject({ source: 'person:anatoly-antonov', target: 'place:washington' });
    expect(out.warnings.some((w) => w.includes('dropped'))).toBe(true);
    const check = validateDocument(text, d, 'after.json');
    expect(check.ok ? [] : check.errors).toEqual([]);
    // The input document is left as it was.
    expect(doc.entities).toHaveLength(3);
  });

  it('when the lookup is built, then it asks for the ids, the names, the surnames and the role words', () => {
    const { doc } = makeDoc([
      { id: 'person:anatoly-antonov', type: 'Person', name: 'Anatoly Antonov', aliases: ['the ambassador'] },
    ]);
    const lookup = resolutionLookup(doc);
    expect(lookup.ids).toEqual(['person:anatoly-antonov']);
    expect(lookup.terms).toEqual(expect.arrayContaining(['Anatoly Antonov', 'antonov', 'ambassador']));
  });
});
