// Credentials (session 39): the envoys a list names after a ceremony are posted to the host's state even
// where no sentence says "ambassador to": the state named after the host's name ("King X of Y"), or the one
// the ceremony's sentence places their missions in ("… their missions in Y"); a lead that calls the listed
// people envoys ("The new envoys are A from X"), or one just before that listed no one, says what they are.
// A palace the envoys came to is no state. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const postings = (body: string) =>
  extractChecked('Credentials', body).rels.filter((r) => r.includes(' AMBASSADOR_TO '));

describe('envoys listed after a ceremony, posted to the host state', () => {
  it('when the ceremony places their missions in a state, then each envoy listed by "The new envoys are" is posted there', () => {
    const body =
      'President Amara Kessy today received four new ambassadors at the presidential palace who came to present ' +
      'their credentials before taking charge of their missions in Malawi.\n\nThe new envoys are Johan Falk ' +
      'from Sweden, Ilse Marten from Austria and Pavel Hruby from Slovakia.';
    expect(postings(body)).toEqual([
      'Johan Falk AMBASSADOR_TO Malawi',
      'Ilse Marten AMBASSADOR_TO Malawi',
      'Pavel Hruby AMBASSADOR_TO Malawi',
    ]);
  });

  it('when the host is "King X of Y" and a lead naming the ambassadors comes before "These included", then each is posted to Y', () => {
    const body =
      'King Harald Olsen of Norway welcomed a number of foreign ambassadors to the Royal Palace on Tuesday. ' +
      'The diplomats came to present their credentials.\n\nAmong the new ambassadors were representatives of ' +
      'many countries. These included Tomas Lind from Finland and Ada Kerr from Ireland.';
    expect(postings(body)).toEqual(['Tomas Lind AMBASSADOR_TO Norway', 'Ada Kerr AMBASSADOR_TO Norway']);
  });

  it('when no state is named for the host, then the palace the envoys came to is no posting', () => {
    const body =
      'Sultan Hamad Rashid welcomed a number of foreign ambassadors to the Royal Palace on Tuesday. The ' +
      'diplomats came to present their credentials.\n\nAmong the new ambassadors were representatives of many ' +
      'countries. These included Tomas Lind from Finland and Ada Kerr from Ireland.';
    expect(postings(body)).toEqual([]);
  });

  it('when the list lead does not call them envoys and nothing else does, then no one is posted', () => {
    const body =
      'President Amara Kessy today received the credentials of four new ambassadors at the presidential palace ' +
      'in Malawi.\n\nThe guests at the dinner were Johan Falk from Sweden and Ilse Marten from Austria.';
    expect(postings(body)).toEqual([]);
  });
});
