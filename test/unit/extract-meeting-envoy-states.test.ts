// States met through their unnamed envoys (meeting-envoy-states.ts): one person receiving, hosting or
// meeting "the ambassadors of A, B and C", "delegations from A and B", "the heads of mission of A and B",
// or receiving their credentials, is linked (MET) to each state; two hosts, named envoys and things
// received are not. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { meetingCount, metPairs } from '../helpers/extract-text.js';

const title = 'Diplomats received';
const met = (body: string) => metPairs(title, body);

describe('a host meeting the envoys of listed states', () => {
  it('links the host to each state in many wordings', () => {
    expect(
      met('President Nana Mensah received the ambassadors of France, Germany and Italy on Monday.'),
    ).toEqual(['France MET Nana Mensah', 'Germany MET Nana Mensah', 'Italy MET Nana Mensah']);
    expect(met('On Friday, Premier Ana Duarte hosted a dinner for the envoys of Chile and Peru.')).toEqual([
      'Ana Duarte MET Chile',
      'Ana Duarte MET Peru',
    ]);
    expect(
      met('Minister Jorge Alvarez welcomed delegations from Kenya, Ghana and Nigeria in Quito.'),
    ).toEqual(['Ghana MET Jorge Alvarez', 'Jorge Alvarez MET Kenya', 'Jorge Alvarez MET Nigeria']);
    expect(
      met(
        'Foreign Minister Jorge Alvarez held a meeting with the heads of mission of Brazil and Chile in Lima.',
      ),
    ).toEqual(['Brazil MET Jorge Alvarez', 'Chile MET Jorge Alvarez']);
    expect(
      met(
        'Minister Jorge Alvarez on Tuesday received the ambassadors of the following countries: Mali, Chad and Niger.',
      ),
    ).toEqual(['Chad MET Jorge Alvarez', 'Jorge Alvarez MET Mali', 'Jorge Alvarez MET Niger']);
  });

  it('reads the passive and the credentials received', () => {
    expect(met('The ambassadors of Mali and Chad were received by President Ilse Varga on Tuesday.')).toEqual(
      ['Chad MET Ilse Varga', 'Ilse Varga MET Mali'],
    );
    expect(
      met('President Ilse Varga received the credentials of the new ambassadors of Norway, Chile and Japan.'),
    ).toEqual(['Chile MET Ilse Varga', 'Ilse Varga MET Japan', 'Ilse Varga MET Norway']);
    expect(
      met('President Ilse Varga accepted the credentials of the Italian and Spanish ambassadors.'),
    ).toEqual(['Ilse Varga MET Italy', 'Ilse Varga MET Spain']);
  });

  it('claims no MET for two hosts, a named envoy, a decision or a ministry', () => {
    expect(
      met('President Nana Mensah and Premier Ali Musa met the ambassadors of France and Italy.'),
    ).not.toContain('Nana Mensah MET France');
    expect(
      met('President Ilse Varga received the credentials of Ambassador Pierre Dubois of France.'),
    ).toEqual(['Ilse Varga MET Pierre Dubois']);
    expect(met('President Nana Mensah welcomed the decision of France, Germany and Italy.')).toEqual([]);
    expect(
      met('President Nana Mensah welcomed the statements of the ambassadors of France and Italy.'),
    ).toEqual([]);
    expect(
      meetingCount(title, 'The ambassadors of Mali and Chad were received by the ministry on Tuesday.'),
    ).toBe(0);
  });
});
