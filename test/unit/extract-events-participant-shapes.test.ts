// Participants an event loses to the shape of its clause, on sentences written for the test: a person
// coordinated after "and" with a lower-case role before the name ("A and Bolivian foreign minister B
// arrived", clauses/mention-lists.ts and events/arguments.ts); coordinated travellers of "travelled to" and
// "reached" (events/arrivals-visits.ts); the person a relative clause with an adverb is about ("B, who
// later flew to P", events/arguments.ts); the partner of talks held on a topic ("held talks on energy
// with B", events/meeting-gaps.ts); a minister of no known state recalling a named envoy ("Minister of
// Foreign Affairs X recalled Ambassador Y", events/recalls-returns.ts). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const ofType = (type: string, body: string, title = 'Leaders gather') =>
  extractChecked(title, body)
    .rels.filter((x) => x.includes(` ${type} `))
    .sort();

describe('a subject coordinated with a role before its second name', () => {
  it('has both persons travel', () => {
    expect(
      ofType(
        'ARRIVED_IN',
        'Peruvian President Ana Torres and Bolivian foreign minister Luis Arce arrived in Lima on Monday.',
      ),
    ).toEqual(['Ana Torres ARRIVED_IN Lima', 'Luis Arce ARRIVED_IN Lima']);
  });

  it('has both envoys present credentials, the role held somewhere too', () => {
    expect(
      ofType(
        'MET',
        'Portuguese President Marcelo Costa received three new envoys on Tuesday. Kenyan envoy to Portugal Amos Kiprono and Chilean ambassador Rosa Fuentes presented their credentials to President Costa.',
        'Envoys present credentials in Lisbon',
      ),
    ).toEqual(['Amos Kiprono MET Marcelo Costa', 'Marcelo Costa MET Rosa Fuentes']);
  });

  it('is no list when the words after "and" are no role', () => {
    expect(
      ofType(
        'ARRIVED_IN',
        'Peruvian President Ana Torres spoke to Luis Arce and later envoy Rosa Fuentes arrived in Lima.',
      ),
    ).toEqual(['Rosa Fuentes ARRIVED_IN Lima']);
  });
});

describe('travellers of "travelled to" and "reached"', () => {
  it('are every person the subject names', () => {
    expect(
      ofType(
        'ARRIVED_IN',
        'Police said two men using the names Ivan Orlov and Pavel Sokol had travelled to Austria days before the blast.',
      ),
    ).toEqual(['Ivan Orlov ARRIVED_IN Austria', 'Pavel Sokol ARRIVED_IN Austria']);
    expect(
      ofType(
        'ARRIVED_IN',
        'Chilean Foreign Minister Rosa Fuentes and Peruvian foreign minister Luis Arce reached Quito on Monday.',
      ),
    ).toEqual(['Luis Arce ARRIVED_IN Quito', 'Rosa Fuentes ARRIVED_IN Quito']);
  });

  it('are not a person named in another clause before the subject', () => {
    expect(
      ofType(
        'ARRIVED_IN',
        'Rosa Fuentes said that Luis Arce and his aides had travelled to Quito on Monday.',
      ),
    ).toEqual(['Luis Arce ARRIVED_IN Quito']);
  });
});

describe('a relative clause with an adverb before its verb', () => {
  it('is about the person it follows', () => {
    expect(ofType('ARRIVED_IN', 'Rosa Fuentes met Luis Arce, who later flew to Quito.')).toEqual([
      'Luis Arce ARRIVED_IN Quito',
    ]);
  });

  it('is not about the person its own verb takes', () => {
    expect(ofType('ARRIVED_IN', 'Rosa Fuentes, who later met Luis Arce, flew to Quito.')).toEqual([
      'Rosa Fuentes ARRIVED_IN Quito',
    ]);
  });
});

describe('talks held on a topic', () => {
  it('are a meeting with the partner after the topic', () => {
    expect(
      ofType(
        'MET',
        'Finnish Foreign Minister Elina Valtonen held long discussions on trade and energy with Estonian Foreign Minister Margus Tsahkna in Tallinn.',
      ),
    ).toEqual(['Elina Valtonen MET Margus Tsahkna']);
  });

  it('are no meeting with a state named in the topic, nor when only planned', () => {
    expect(
      ofType('MET', 'Elina Valtonen held talks on energy cooperation with Estonia in mind, her office said.'),
    ).toEqual([]);
    expect(ofType('MET', 'Elina Valtonen will hold talks on energy with Margus Tsahkna next week.')).toEqual(
      [],
    );
  });
});

describe('a named minister of no known state recalling a named envoy', () => {
  it('is the recaller', () => {
    expect(
      ofType(
        'RECALLED',
        'On 1 December 2011, Minister of Foreign Affairs Uri Rosenthal recalled Ambassador Cees Kole to The Hague for consultations.',
        'Envoy recalled',
      ),
    ).toEqual(['Uri Rosenthal RECALLED Cees Kole']);
  });

  it('is no recaller of an unnamed envoy, nor when known only by role', () => {
    expect(
      ofType(
        'RECALLED',
        'Minister of Foreign Affairs Uri Rosenthal decided to recall the ambassador on Monday.',
        'Envoy recalled',
      ),
    ).toEqual([]);
    expect(
      ofType(
        'RECALLED',
        'Uri Rosenthal was appointed in 2010.\n\nThe minister recalled Ambassador Cees Kole to The Hague for consultations.',
        'Envoy recalled',
      ),
    ).toEqual([]);
  });
});
