// A line ending in a colon that announces a statement's text (session 30): "Statement by X:", "The full
// text of the statement follows:", "Here is the statement in full:", "Here is the full text of his
// address:". The quotation opening the next line is the statement's: its issuer speaks, and quotations in
// the paragraphs after it continue that voice. Not a line with an indefinite noun ("banners with a
// message:"), nor one that names no statement, nor when no issuer was ever named (quotes/statement-colon.ts).
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Islamabad rejects allegations over border strikes';
const WORDS = '“Pakistan rejects these baseless allegations and urges restraint from all sides.”';

/** The speakers' names (or "-") and rules of the statements, in order. */
function speakers(body: string): string[] {
  const { d, name } = extractChecked(TITLE, body);
  return d.statements.map((s) => `${s.speaker ? name(s.speaker) : '-'} [${s.rule ?? ''}]`);
}

describe('a colon line announcing a statement: its issuer speaks the next line', () => {
  it('when the line names the issuer after the noun ("Statement by X:"), then that issuer speaks', () => {
    expect(
      speakers(
        `Pakistan reacted to the strikes late on Sunday.\n\nFull statement by the Pakistani Foreign Office:\n\n${WORDS}`,
      ),
    ).toEqual(['Pakistani Foreign Office [quotes:announced-statement]']);
  });

  it('when the line names no issuer ("The full text of the statement follows:"), then the body named before speaks', () => {
    for (const line of [
      'The full text of the statement follows:',
      'Here is the statement in full:',
      'The statement is as follows:',
    ])
      expect(
        speakers(`Pakistan’s Foreign Office reacted to the strikes late on Sunday.\n\n${line}\n\n${WORDS}`),
      ).toEqual(['Pakistani Foreign Office [quotes:announced-statement]']);
  });

  it('when the line says "his address", then the person named before speaks', () => {
    expect(
      speakers(
        'Prime Minister Narendra Modi addressed the nation on Monday evening.\n\nHere is the full text of his address:\n\n“My dear countrymen, India will never bow to terror.”',
      ),
    ).toEqual(['Narendra Modi [quotes:announced-statement]']);
  });

  it('when further quotations follow in their own paragraphs, then they continue the issuer', () => {
    expect(
      speakers(
        'The European Council met on Friday. Here is the full text:\n\n“The Union stands with the people of Moldova.”\n\n“We will continue to support its path to membership.”',
      ),
    ).toEqual([
      'European Council [quotes:announced-statement]',
      'European Council [quotes:continues-previous]',
    ]);
  });
});

describe('a colon line that announces no statement: no speaker from it', () => {
  it('when the noun is indefinite ("banners with a message:"), then no statement is given a speaker', () => {
    expect(
      speakers(
        `The Pakistani Foreign Office summoned the envoy on Monday.\n\nProtesters outside carried banners with a message:\n\n${WORDS}`,
      ),
    ).toEqual([]);
  });

  it('when the line names no statement ("The events unfolded as follows:"), then no statement is given a speaker', () => {
    expect(
      speakers(
        `Pakistan’s Foreign Office reacted to the strikes late on Sunday.\n\nThe events unfolded as follows:\n\n${WORDS}`,
      ),
    ).toEqual([]);
  });

  it('when no person or body was named before, then no statement is given a speaker', () => {
    expect(
      speakers(`The strikes hit late on Sunday.\n\nThe full text of the statement follows:\n\n${WORDS}`),
    ).toEqual([]);
  });
});
