// A place named inside a known one (session 32, issue 9, entities/nested-places.ts): "at X in <known place>",
// "at Uhuru Gardens in downtown Dar es Salaam". Negatives: a body's name, a name not followed by "in" and a
// known place, "to X in Y" (an interview's addressee), a common word.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const places = (s: string) =>
  extract(`Talks resume\n${s}`)
    .entities.filter((e) => e.type === 'Place')
    .map((e) => e.name);

const placeRules = (s: string) =>
  extract(`Talks resume\n${s}`)
    .entities.filter((e) => e.type === 'Place')
    .map((e) => e.rule);

describe('a place named inside a known one', () => {
  it.each([
    ['A car bomb went off at Korvala in northern Kenya on Thursday.', 'Korvala'],
    ['The leaders attended celebrations at Uhuru Gardens in downtown Dar es Salaam.', 'Uhuru Gardens'],
    ['The talks were held at Chequers in Buckinghamshire.', 'Chequers'],
    ['Wreaths were laid at Vardemir Square in Bulgaria, officials said.', 'Vardemir Square'],
  ])('when %s, then the name is a place', (s, name) => {
    expect(places(s)).toContain(name);
  });

  it('when a body, no known place, or "to" stands there, then this rule makes no place from it', () => {
    expect(places('He spoke at Kestrel Holdings in London.')).not.toContain('Kestrel Holdings');
    // Not a place inside a known one ("in March"); a name closing its phrase after "at" is still a place by
    // its own rule (session 45, entities/places:after-at), not by this one.
    expect(placeRules('The meeting at Korvala in March ended.')).toEqual(['entities/places:after-at']);
    expect(places('He gave an interview to Marlow in Paris.')).not.toContain('Marlow');
    expect(places('He was at Gardens in Paris.')).not.toContain('Gardens');
  });
});
