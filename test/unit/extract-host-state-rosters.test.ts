// A host meeting states known only through their unnamed envoys: credentials presented by "the
// ambassadors of A, B and C" to a host named or given by role (events/meetings-calls.ts). Envoys named in
// the sentences after stay without MET to their states. Every sentence here is written for the test.
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
