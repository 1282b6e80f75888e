// A host meeting states known only through their unnamed leaders or envoys, in shapes the shorter rules
// missed: credentials presented by "the ambassadors of A, B and C" to a host named or given by role
// (events/meetings-calls.ts), a host's leaders' lists longer than three (events/meeting-leaders.ts) and the
// passive "The High Commissioners of A and B were received by X" (events/meeting-passive-guests.ts). Envoys
// named in the sentences after, and gatherings of many states, stay without MET to the states. Every
// sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

const title = 'Envoys and leaders received';
const met = (body: string) => metPairs(title, body);

describe('states met through unnamed envoys presenting credentials', () => {
  it('links the host to each state of "the ambassadors of A, B and C presented credentials"', () => {
    expect(
      met(
        'The ambassadors of Chile, Peru and Bolivia presented their letters of credence to President Ilse Varga.',
      ),
    ).toEqual(['Bolivia MET Ilse Varga', 'Chile MET Ilse Varga', 'Ilse Varga MET Peru']);
    expect(
      met(
        'On Monday, the envoys of Norway and Japan presented credentials to President Ilse Varga at the palace.',
      ),
    ).toEqual(['Ilse Varga MET Japan', 'Ilse Varga MET Norway']);
  });

  it('reads a host given by a demonym and a role after the ceremony that named him', () => {
    expect(
      met(
        'President Ilse Varga received credentials from ambassadors of five countries. The ambassadors of Ghana, Peru, Chile, Mali and Nepal presented credentials to the Ruritanian head of state.',
      ),
    ).toEqual([
      'Chile MET Ilse Varga',
      'Ghana MET Ilse Varga',
      'Ilse Varga MET Mali',
      'Ilse Varga MET Nepal',
      'Ilse Varga MET Peru',
    ]);
  });

  it('leaves the states alone when the envoys are named in the next sentence', () => {
    const pairs = met(
      'The ambassadors of Chile and Peru presented their credentials to President Ilse Varga. First to present was Ambassador Jorge Alvarez, followed by Ambassador Ana Duarte.',
    );
    expect(pairs.filter((p) => /Chile|Peru/.test(p))).toEqual([]);
  });
});

describe('a host meeting the leaders of more than three states', () => {
  it('links a host to each of four to six states', () => {
    expect(
      met(
        'President Ilse Varga hosted the leaders of Ghana, Togo, Benin and Niger in the capital on Monday.',
      ),
    ).toEqual([
      'Benin MET Ilse Varga',
      'Ghana MET Ilse Varga',
      'Ilse Varga MET Niger',
      'Ilse Varga MET Togo',
    ]);
  });

  it('links no one to a gathering of many states, nor four met without hosting', () => {
    expect(
      met('President Ilse Varga met the leaders of Ghana, Togo, Benin and Niger at the summit.'),
    ).toEqual([]);
    const pairs = met(
      'President Ilse Varga hosted the leaders of Ghana, Togo, Benin, Niger, Mali, Chad and Nepal in the capital.',
    );
    expect(pairs.filter((p) => /Ilse Varga/.test(p))).toEqual([]);
  });
});

describe('states met through unnamed envoys received in the passive', () => {
  it('reads high commissioners, heads of mission and chargés d’affaires as the group', () => {
    expect(
      met(
        'The High Commissioners of Kenya, Ghana and Nigeria were received by Prime Minister Ana Duarte on Monday.',
      ),
    ).toEqual(['Ana Duarte MET Ghana', 'Ana Duarte MET Kenya', 'Ana Duarte MET Nigeria']);
    expect(
      met('The heads of mission of Chile and Peru were welcomed by President Ilse Varga at the palace.'),
    ).toEqual(['Chile MET Ilse Varga', 'Ilse Varga MET Peru']);
    expect(
      met("The chargés d'affaires of Norway and Japan were received by Foreign Minister Jorge Alvarez."),
    ).toEqual(['Japan MET Jorge Alvarez', 'Jorge Alvarez MET Norway']);
  });

  it('links no state whose envoy is named', () => {
    const pairs = met(
      'The High Commissioners of Kenya and Ghana were received by President Ilse Varga. Kenyan High Commissioner Jorge Alvarez spoke after the meeting.',
    );
    expect(pairs.filter((p) => /Kenya\b/.test(p))).toEqual([]);
  });
});
