// A group of envoys before a list of states, however it is modified, cased or coordinated (role-nouns.ts
// ENVOY_GROUP_CASED / ENVOY_GROUP_MODIFIER, read by meeting-sides.ts and meeting-envoy-states.ts): "met
// various resident heads of mission from A and B", "received the Ambassadors of A, B and C", "met Heads of
// Mission and representatives from A and B". The one host is linked (MET) to each state. Every sentence
// here is written for the test.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

const title = 'Envoys called on the minister';
const met = (body: string) => metPairs(title, body);

describe('a modified, capitalised or coordinated group of envoys before its states', () => {
  it('reads capitalised plural groups (press-release casing)', () => {
    expect(
      met('President Ilse Varga received the Ambassadors of Chile, Peru and Norway on Tuesday.'),
    ).toEqual(['Chile MET Ilse Varga', 'Ilse Varga MET Norway', 'Ilse Varga MET Peru']);
    expect(met('Minister Jorge Alvarez met with Heads of Mission from Kenya and Ghana on Monday.')).toEqual([
      'Ghana MET Jorge Alvarez',
      'Jorge Alvarez MET Kenya',
    ]);
    expect(met('The Ambassadors of Kenya and Ghana were received by President Ilse Varga.')).toEqual([
      'Ghana MET Ilse Varga',
      'Ilse Varga MET Kenya',
    ]);
  });

  it('reads up to three modifiers and a coordinated second group', () => {
    expect(
      met('Premier Ana Duarte met with various resident diplomatic heads of mission from Chile and Peru.'),
    ).toEqual(['Ana Duarte MET Chile', 'Ana Duarte MET Peru']);
    expect(
      met(
        'Premier Ana Duarte met with Heads of Mission and International Organizations from Chile and Peru.',
      ),
    ).toEqual(['Ana Duarte MET Chile', 'Ana Duarte MET Peru']);
    expect(met('Premier Ana Duarte received the newly appointed Ambassadors of Mali and Chad.')).toEqual([
      'Ana Duarte MET Chad',
      'Ana Duarte MET Mali',
    ]);
  });

  it('does not link two hosts, nor states standing for no envoys', () => {
    expect(met('Ana Duarte and Jorge Alvarez met the Ambassadors of Chile and Peru.')).not.toContain(
      'Ana Duarte MET Chile',
    );
    expect(met('Premier Ana Duarte met various business leaders in Chile and Peru.')).toEqual([]);
    expect(met('Premier Ana Duarte thanked the Ambassadors for their work in Chile.')).toEqual([]);
  });
});

describe('a capitalised plural group of leaders before its states', () => {
  it('links the one host to each state', () => {
    expect(
      met('Premier Ana Duarte held meetings with the Presidents of Chile, Peru and Bolivia on Monday.'),
    ).toEqual(['Ana Duarte MET Bolivia', 'Ana Duarte MET Chile', 'Ana Duarte MET Peru']);
    expect(met('Minister Jorge Alvarez met the Foreign Ministers of Kenya and Ghana.')).toEqual([
      'Ghana MET Jorge Alvarez',
      'Jorge Alvarez MET Kenya',
    ]);
  });

  it('does not link a gathering of many, nor two hosts', () => {
    expect(
      met('Minister Jorge Alvarez met the Foreign Ministers of Kenya, Ghana, Mali and Chad in Accra.'),
    ).toEqual([]);
    expect(met('Ana Duarte and Jorge Alvarez met the Presidents of Chile and Peru.')).not.toContain(
      'Ana Duarte MET Chile',
    );
  });
});
