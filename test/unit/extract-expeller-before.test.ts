// The expeller of a passive expulsion that names none, told by the sentence before: a state or a state's
// body opening it as the subject of a verb (expeller-before.ts); never the state of the expelled, and an
// expulsion told before keeps its expeller. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const title = 'Diplomats told to leave';
const expelled = (body: string) => relationsOfType('EXPELLED', title, body).sort();

describe('a passive expulsion after a sentence of the acting state', () => {
  it('is the act of the state the sentence before opens with', () => {
    expect(expelled('Hungary took action on Friday. Six Serbian diplomats were expelled.')).toEqual([
      'Hungary EXPELLED Serbia',
    ]);
    expect(
      expelled(
        'The Finnish government announced new measures on Friday.\n\nNine Belarusian diplomats were declared persona non grata.',
      ),
    ).toEqual(['Finland EXPELLED Belarus']);
  });

  it('is never the act of the state of the expelled, nor of a sentence that opens otherwise', () => {
    expect(expelled('Belgrade denied the spying charges. Six Serbian diplomats were expelled.')).toEqual([]);
    expect(
      expelled('The Serbian government denied the charges. Six Serbian diplomats were expelled.'),
    ).toEqual([]);
    expect(expelled('The talks collapsed on Friday. Six Serbian diplomats were expelled.')).toEqual([]);
    expect(expelled('After the talks, Hungary took action. Six Serbian diplomats were expelled.')).toEqual(
      [],
    );
  });

  it('leaves an expulsion told before its expeller', () => {
    expect(
      expelled(
        'Austria expelled two Serbian diplomats in May. Hungary took action on Friday. Six more Serbian diplomats were expelled.',
      ),
    ).not.toContain('Hungary EXPELLED Serbia');
  });
});
