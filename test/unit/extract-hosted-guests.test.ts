// The guest a host receives is the traveller (session 25): "Z welcomed X as he arrived in P", "Z received X
// and Y upon their arrival in P", "X was received by Z upon his arrival in P", "Z received X during his visit
// to P" make X (and Y) arrive in or visit P, not the host who opens the sentence. Every sentence here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const arrived = (body: string) => relationsOfType('ARRIVED_IN', 'Visit', body);
const visited = (body: string) => relationsOfType('VISITED', 'Visit', body);

describe('a host receiving a guest on arrival', () => {
  it('makes the guest of "as he arrived" the traveller', () => {
    expect(
      arrived('President Karl Varga welcomed Chancellor Ilse Moravec as she arrived in Tallinn on Sunday.'),
    ).toEqual(['Ilse Moravec ARRIVED_IN Tallinn']);
    expect(
      arrived(
        'Foreign Minister Paul Ostrowski received Prime Minister Janek Holm when he landed in Tallinn.',
      ),
    ).toEqual(['Janek Holm ARRIVED_IN Tallinn']);
  });

  it('makes each guest of a list arrive', () => {
    expect(
      arrived('Paul Ostrowski welcomed Janek Holm and Ilse Moravec as they arrived in Tallinn.').sort(),
    ).toEqual(['Ilse Moravec ARRIVED_IN Tallinn', 'Janek Holm ARRIVED_IN Tallinn']);
  });

  it('reads "upon his arrival" in the middle of the sentence', () => {
    expect(
      arrived(
        'President Karl Varga received Prime Minister Janek Holm upon his arrival in Tallinn on Sunday.',
      ),
    ).toEqual(['Janek Holm ARRIVED_IN Tallinn']);
    expect(
      arrived('Prime Minister Janek Holm was received by President Karl Varga upon his arrival in Tallinn.'),
    ).toEqual(['Janek Holm ARRIVED_IN Tallinn']);
  });

  it('makes no arrival of walking into a venue', () => {
    expect(
      arrived('President Karl Varga received Prime Minister Janek Holm on his arrival at Kadriorg Palace.'),
    ).toEqual([]);
  });

  it('makes the guest the visitor', () => {
    expect(
      visited(
        'President Karl Varga received Prime Minister Janek Holm during his visit to Estonia on Sunday.',
      ),
    ).toEqual(['Janek Holm VISITED Estonia']);
  });

  it('leaves a host who moves himself alone', () => {
    expect(arrived('President Karl Varga arrived in Tallinn on Sunday and welcomed Janek Holm.')).toEqual([
      'Karl Varga ARRIVED_IN Tallinn',
    ]);
  });

  it('makes no traveller of the agent of a passive after the trigger', () => {
    expect(
      arrived('The king arrived at noon for the ceremony, where he was greeted by President Karl Varga.'),
    ).toEqual([]);
  });
});

describe('a flight into a place', () => {
  it('is an arrival there, and an aircraft flying into weather is none', () => {
    expect(arrived('Prime Minister Janek Holm flew into Tallinn on Sunday.')).toEqual([
      'Janek Holm ARRIVED_IN Tallinn',
    ]);
    expect(arrived('The plane carrying the delegation flew into a storm over the Baltic.')).toEqual([]);
  });
});

describe('a traveller named by a role', () => {
  it('is the person the article names in that role', () => {
    expect(
      arrived(
        'Foreign Minister Janek Holm will attend the meeting. Earlier, the Estonian foreign minister arrived in Riga.',
      ),
    ).toEqual(['Janek Holm ARRIVED_IN Riga']);
  });

  it('is no thing that arrives, and arriving at a decision is no arrival', () => {
    expect(
      arrived(
        'Foreign Minister Janek Holm will attend the meeting. The shipment arrived in Riga on Thursday.',
      ),
    ).toEqual([]);
    expect(arrived('Foreign Minister Janek Holm arrived at a decision on Thursday.')).toEqual([]);
  });
});
