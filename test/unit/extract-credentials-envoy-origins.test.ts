// A credentials ceremony whose envoys a later sentence lists with their states (events/credential-lists.ts,
// events/ceremony-envoys.ts): every person of the list meets the host, brackets and titles before the
// names alike; the receiving state is the host's, by its adjective when the article names the country no
// other way ("Russian President …"), and never a state the list gives as an envoy's origin, even beside a
// name the extractor did not read as a person's. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const title = 'New ambassadors present credentials';
const ceremony =
  'Brazilian President Ana Lima accepted letters of credence from three ambassadors in Brasilia.';
const rel = (type: string, body: string) => relationsOfType(type, title, body).sort();

describe('envoys listed with their states after a credentials ceremony', () => {
  const bracketed = `${ceremony}\n\nThe new envoys are: Hans Weber (Austria), Peter Okafor (Nigeria), Marco Bianchi (Italy).`;
  const titled = `${ceremony}\n\nThe new envoys are Ambassador of Austria Hans Weber, Ambassador of Nigeria Peter Okafor and Ambassador of Italy Marco Bianchi.`;

  it('each listed person meets the host', () => {
    for (const body of [bracketed, titled])
      expect(rel('MET', body)).toEqual([
        'Ana Lima MET Hans Weber',
        'Ana Lima MET Marco Bianchi',
        'Ana Lima MET Peter Okafor',
      ]);
  });

  it('the receiving state is the host’s, named by its adjective, never an origin', () => {
    for (const body of [bracketed, titled]) {
      const posted = rel('AMBASSADOR_TO', body);
      expect(posted).toEqual(
        expect.arrayContaining(['Hans Weber AMBASSADOR_TO Brazil', 'Marco Bianchi AMBASSADOR_TO Brazil']),
      );
      expect(posted.filter((r) => !r.endsWith('Brazil'))).toEqual([]);
    }
  });
});
