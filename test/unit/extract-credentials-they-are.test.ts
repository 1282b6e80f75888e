// Credentials (session 30): "They are the Australian ambassador Ms A, Mr B of Ghana, …" lists the envoys of
// the ceremony the paragraph before told, even when the list opens with the first envoy's role and an
// honorific, and when its line opens with spaces; each envoy named there "of" a state is posted where the
// ceremony is. "They are expected to …" lists no one. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked, metPairs } from '../helpers/extract-text.js';

const FIRST =
  'President Hakainde Hichilema has accepted letters of credence from three new ambassadors representing ' +
  'their countries in Zambia.';

describe('a credentials list that opens with the first envoy’s role', () => {
  it('when the list opens with "the <Demonym> ambassador Ms", then each listed envoy meets the host', () => {
    const body = `${FIRST}\n\n They are the Irish ambassador Ms Nuala Byrne, Mr Kwame Mensah of Ghana and Mr Dmitri Orlov of Belarus.`;
    expect(metPairs('Credentials', body)).toEqual([
      'Dmitri Orlov MET Hakainde Hichilema',
      'Hakainde Hichilema MET Kwame Mensah',
      'Hakainde Hichilema MET Nuala Byrne',
    ]);
  });

  it('when each is listed "of" a state after a ceremony in the paragraph before, then each is ambassador to the host state', () => {
    const body = `${FIRST}\n\nThey are Mr Kwame Mensah of Ghana and Mr Dmitri Orlov of Belarus.`;
    expect(extractChecked('Credentials', body).rels.filter((r) => r.includes('AMBASSADOR_TO'))).toEqual([
      'Kwame Mensah AMBASSADOR_TO Zambia',
      'Dmitri Orlov AMBASSADOR_TO Zambia',
    ]);
  });

  it('when "They are" is followed by a verb, then no one is listed', () => {
    const body = `${FIRST}\n\nThey are expected to meet Mr Kwame Mensah of Ghana next week.`;
    expect(metPairs('Credentials', body)).toEqual([]);
  });
});
