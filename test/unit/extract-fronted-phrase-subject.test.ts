// A fronted adverbial phrase ending in names, then the subject after its closing comma: "In response to
// the expulsions by A, B and C, D expelled …" (the by-list does not swallow D), "After talks with A, B
// expelled …". Session 45. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const title = 'Expulsions of diplomats';
const expelled = (body: string) => extractChecked(title, body).rels.filter((r) => / EXPELLED /.test(r));

describe('the subject after a fronted phrase that ends in names', () => {
  it('takes the state after the by-list of a fronted reply as the expeller', () => {
    const rels = expelled(
      'In response to the expulsions by Chile, Peru and Bolivia, Austria expelled 30 diplomats on Friday.',
    );
    expect(rels).toEqual(
      expect.arrayContaining(['Austria EXPELLED Chile', 'Austria EXPELLED Peru', 'Austria EXPELLED Bolivia']),
    );
    expect(rels.filter((r) => !r.startsWith('Austria '))).toEqual([]);
  });

  it('reads a dateline, one name in the phrase, and an -ing opener', () => {
    expect(
      expelled('VIENNA — In response to the expulsion by Chile, Austria expelled eight diplomats on Monday.'),
    ).toContain('Austria EXPELLED Chile');
    expect(
      expelled('Responding to the expulsions by Peru and Bolivia, Austria expelled five diplomats.'),
    ).toEqual(expect.arrayContaining(['Austria EXPELLED Peru', 'Austria EXPELLED Bolivia']));
  });

  it('keeps a coordinated subject after the phrase', () => {
    const rels = expelled('After talks with Chile, Austria and Hungary expelled two Peruvian diplomats.');
    expect(rels).toEqual(expect.arrayContaining(['Austria EXPELLED Peru', 'Hungary EXPELLED Peru']));
    expect(rels.filter((r) => r.startsWith('Chile '))).toEqual([]);
  });

  it('leaves a list that opens the main clause after a time phrase whole', () => {
    const rels = expelled('In 2019, Chile, Peru and Bolivia expelled Austrian diplomats.');
    expect(rels).toEqual(
      expect.arrayContaining(['Chile EXPELLED Austria', 'Peru EXPELLED Austria', 'Bolivia EXPELLED Austria']),
    );
  });

  it('leaves the names of a subject whole when a comma closed the fronted phrase before them', () => {
    const rels = expelled('On Monday, Austrian diplomats in Chile, Peru and Bolivia were expelled.');
    expect(rels).toEqual(
      expect.arrayContaining(['Chile EXPELLED Austria', 'Peru EXPELLED Austria', 'Bolivia EXPELLED Austria']),
    );
  });

  it('does not cut a list when the sentence opens with its subject', () => {
    const rels = expelled('Chile, Peru and Bolivia expelled Austrian diplomats on Monday.');
    expect(rels).toEqual(
      expect.arrayContaining(['Chile EXPELLED Austria', 'Peru EXPELLED Austria', 'Bolivia EXPELLED Austria']),
    );
  });
});
