// Search on an archive where many article titles name a person: the person comes first when the name is
// typed in full, although every prefix match scores alike (issue 11, item 6: search, then Enter), and
// also where, as on a big archive, many other names share her words and short titles repeat her name (so
// her name's words score low in names and high in titles): entities come before articles.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SearchResponse } from '@dossier/model';
import { Database } from '../../server/src/neo4j/database.js';
import { getJson, startTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
const PERSON = 'person:zorana-pelkovic';
const SHARED = 'person:mirela-ostojic';

beforeAll(async () => {
  app = await startTestApp();
  const db = new Database({ ...inject('neo4j'), database: 'neo4j' });
  try {
    // The titles are indexed before the person, so index order alone would list them first.
    await db.write((tx) =>
      tx.run(
        `UNWIND range(1, 40) AS i
         CREATE (:Article {id: 'article:pelkovic-' + i, title: 'Zorana Pelkovic on the talks in Belgrade, day ' + i})`,
      ),
    );
    await db.write((tx) =>
      tx.run(`CREATE (:Person {id: $id, name: 'Zorana Pelkovic', aliases: [], aliasText: ''})`, {
        id: PERSON,
      }),
    );
    await db.write((tx) =>
      tx.run(
        `UNWIND range(1, 60) AS i
         CREATE (:Person {id: 'person:mirela-kovac-' + i, name: 'Mirela Kovac' + i, aliases: [], aliasText: ''}),
                (:Person {id: 'person:ivana-ostojic-' + i, name: 'Ivana' + i + ' Ostojic', aliases: [], aliasText: ''}),
                (:Article {id: 'article:ostojic-' + i, title: 'Ivana' + i + ' Ostojic meets Mirela Ostojic in Vienna'})`,
      ),
    );
    await db.write((tx) =>
      tx.run(`CREATE (:Person {id: $id, name: 'Mirela Ostojic', aliases: [], aliasText: ''})`, {
        id: SHARED,
      }),
    );
  } finally {
    await db.close();
  }
});
afterAll(async () => {
  await app?.stop();
});

describe('search ranking', () => {
  it('when a person named in forty article titles is searched by name, then the person is the first hit', async () => {
    for (const q of ['Pelkovic', 'zorana pelkovic', 'Zorana Pelkovic']) {
      const { status, body } = await getJson<SearchResponse>(
        `${app.url}/api/search?q=${encodeURIComponent(q)}`,
      );
      expect(status, q).toBe(200);
      expect(body.results[0]?.id, q).toBe(PERSON);
      expect(
        body.results.slice(1).every((h) => h.kind === 'article'),
        q,
      ).toBe(true);
    }
  });

  it('when her name shares its words with sixty other names and short titles repeat it, then she is first and entities come before articles', async () => {
    for (const q of ['Mirela Ostojic', 'mirela ostojic']) {
      const { status, body } = await getJson<SearchResponse>(
        `${app.url}/api/search?q=${encodeURIComponent(q)}&limit=10`,
      );
      expect(status, q).toBe(200);
      expect(body.results[0]?.id, q).toBe(SHARED);
      const kinds = body.results.map((h) => h.kind);
      expect(kinds.lastIndexOf('entity'), q).toBeLessThan(kinds.indexOf('article'));
      expect(kinds, q).toContain('article');
    }
  });
});
