// Entity resolution reads every node the graph holds for a name, however many share it: with more people
// of one surname than a cap on the full-text read would keep (it kept the 25 best hits per term), a person
// named by initial and surname in an article loaded on its own missed the one node it can be and became a
// node of its own, while the same article loaded in one batch with theirs joined it (resolution then
// also sees the batch's own nodes): bench:ingest's two loaders built different graphs from the same
// articles. The read asks a full-text index over entity names and aliases only (article titles, which
// name these people too, do not count among its hits); a graph loaded before that index existed gets it
// at the next start (applySchema), filled from the nodes already there.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { AnnotationDocument } from '@dossier/model';
import { commitArticles, resolveOnly } from '../../server/src/ingest/article-writer.js';
import { ENTITY_NAME_INDEX, applySchema } from '../../server/src/neo4j/schema.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

/** Twenty-six given names, one per initial: "K. Quellbrook" can only be Kira. */
const GIVEN =
  'Ada Bruno Cleo Dario Edda Fritz Greta Hugo Ines Jonas Kira Lars Mona Nils Olga Pavel Quinn Rosa Sven Tilda Ugo Vera Wim Xenia Yara Zeno'.split(
    ' ',
  );
const SURNAME = 'Quellbrook';
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/-$/, '');

/** An article naming one person, once. */
function articleNaming(articleId: string, name: string): { text: string; doc: AnnotationDocument } {
  const text = `${name} spoke to reporters.`;
  return {
    text,
    doc: {
      article: {
        id: articleId,
        title: `${name} speaks`,
        outlet: 'Test',
        published: '2024-05-02',
        url: null,
        language: 'en',
      },
      body: { start: 0, end: text.length },
      entities: [
        {
          id: `person:${slug(name)}`,
          type: 'Person',
          name,
          aliases: [],
          mentions: [{ start: 0, end: name.length, text: name }],
        },
      ],
      events: [],
      statements: [],
      relations: [],
    },
  };
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

/** How each "K. Quellbrook" probe, in an article on its own, resolves: node id and rule. */
async function probes(): Promise<string[]> {
  const resolved: string[] = [];
  for (const given of GIVEN) {
    const { doc } = articleNaming(`cap-probe-${slug(given)}`, `${given[0]}. ${SURNAME}`);
    const [outcome] = await resolveOnly(app.db, [doc]);
    const r = outcome!.resolution[0]!;
    resolved.push(`${r.resolvedId} (${r.rule})`);
  }
  return resolved;
}
const EXPECTED = GIVEN.map((g) => `person:${slug(g)}-${slug(SURNAME)} (surname)`);

/** The entity-name index's state, or null when the graph has none. */
async function entityNameIndex(): Promise<string | null> {
  const res = await app.db.read((tx) =>
    tx.run('SHOW INDEXES YIELD name, state WHERE name = $name RETURN state', { name: ENTITY_NAME_INDEX }),
  );
  return (res.records[0]?.get('state') as string | undefined) ?? null;
}

describe('entity resolution, candidates read from the graph', () => {
  it('when 26 people share a surname, then "K. Quellbrook" in an article on its own joins Kira Quellbrook, and so for every initial', async () => {
    for (const given of GIVEN) {
      const { text, doc } = articleNaming(`cap-${slug(given)}`, `${given} ${SURNAME}`);
      await commitArticles(app.db, [{ text, doc, resolve: true }]);
    }
    expect(await probes()).toEqual(EXPECTED);
  });

  it('when the graph was loaded before the entity-name index existed, then applySchema creates it, filled with the nodes already there', async () => {
    // The graph of the test above, as an earlier version left it: without the index.
    await app.db.write((tx) => tx.run(`DROP INDEX ${ENTITY_NAME_INDEX}`));
    expect(await entityNameIndex()).toBeNull();
    await applySchema(app.db);
    expect(await entityNameIndex()).toBe('ONLINE');
    expect(await probes()).toEqual(EXPECTED);
  });
});
