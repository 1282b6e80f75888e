// Search on an archive where many article titles name a person: the person comes first when the name is
// typed in full, although every prefix match scores alike (issue 11, item 6: search, then Enter).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SearchResponse } from '@dossier/model';
import { Database } from '../../server/src/neo4j/database.js';
import { getJson, startTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
const PERSON = 'person:zorana-pelkovic';

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
});
