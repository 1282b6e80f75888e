// A local office's seat is a place (session 32, issue 9, entities/places.ts): "the mayor of Melitopol,", "the
// Catholic bishop of Matagalpa, who", "the governor of Arkhangelsk said". Negatives: a body after "of", a day,
// a name that runs on into more capitalised words, another office ("minister of").
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const places = (s: string) =>
  extract(`Talks resume\n${s}`)
    .entities.filter((e) => e.type === 'Place')
    .map((e) => e.name);

describe("a local office's seat", () => {
  it.each([
    ['Galina Danilchenko, the mayor of Korvelsk, a town in the south, was named.', 'Korvelsk'],
    ['They sought the release of the Catholic bishop of Matagalpa, who was detained.', 'Matagalpa'],
    ['The governor of Arkhangelsk said the port was shut.', 'Arkhangelsk'],
    ['Officials, including the mayor of Yuzhno-Sakhalinsk, could not meet him.', 'Yuzhno-Sakhalinsk'],
    ['He was elected Mayor of Tarvosk in 2019.', 'Tarvosk'],
    ['The Archbishop of Velmora and the nuncio attended.', 'Velmora'],
  ])('when %s, then the seat is a place', (s, name) => {
    expect(places(s)).toContain(name);
  });

  it('when a body, a day or a longer run follows, or the office is no local one, then no place is made', () => {
    expect(places('She is governor of Kestrel Bank.')).toEqual([]);
    expect(places('He was mayor of Tuesday.')).toEqual([]);
    expect(places('The mayor of Vardo Kestrel Holdings Group spoke.')).toEqual([]);
    expect(places('The minister of Tarvosk said so.')).toEqual([]);
  });
});
