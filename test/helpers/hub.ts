// A small hub for tests of capped lists: N synthetic articles (bench/corpus) in which the same two people
// meet, each a source of every article and a participant of every event.
import { makeArticle, seededRandom } from '../../bench/corpus/generate-corpus.js';
import type { ArticleInput } from '../../server/src/ingest/load-articles.js';

export const HUB = 'person:hilda-hubbard';

/** A person for a synthetic corpus's pool ("Hilda Hubbard" -> person:hilda-hubbard). */
export function poolPerson(name: string) {
  return {
    id: `person:${name.toLowerCase().replace(' ', '-')}`,
    type: 'Person' as const,
    name,
    surname: name.split(' ')[1]!,
  };
}

export function hubArticles(count: number): ArticleInput[] {
  const person = poolPerson;
  const pools = {
    people: [person('Hilda Hubbard'), person('Oskar Ostrander')],
    orgs: [{ id: 'organization:hub-council', type: 'Organization' as const, name: 'Hub Council' }],
    places: [{ id: 'place:hubville', type: 'Place' as const, name: 'Hubville' }],
  };
  const random = seededRandom(3);
  return Array.from({ length: count }, (_, i) => makeArticle(1000 + i, pools, random));
}
