// A people named by its plural demonym as the subject of a verb of saying ("The Russians have accused X of
// “…”", "“…,” the Chileans said"): the country speaks. Not a demonym before a noun ("the Chinese
// ambassador") nor one without "the" ("Chileans abroad"). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

const said = (body: string, start: string) => speakerOf(extract(`Diplomatic row\n\n${body}`), start);

describe('"the Russians said": the country of a people named as subject', () => {
  it.each([
    [
      'Russia and Poland are at odds. The Russians have accused the Polish authorities of committing a “blatant violation of the convention” at the school.',
      'blatant violation',
      'Russia',
    ],
    ['Chile and Peru disagree. The Chileans said the move was “unacceptable”.', 'unacceptable', 'Chile'],
    ['Chile and Peru disagree. “We will not accept this,” the Chileans said.', 'We will not', 'Chile'],
  ])('"%s"', (body, start, speaker) => {
    expect(said(body, start)).toBe(speaker);
  });
});

describe('other shapes stay as they were', () => {
  it('"Chileans abroad said": some of the people, not the country', () => {
    expect(
      said('Chile and Peru disagree. Chileans abroad said the move was “unacceptable”.', 'unacceptable'),
    ).not.toBe('Chile');
  });

  it('"the Chinese ambassador said": a role, not the people', () => {
    expect(
      said('China and Japan met. The Chinese ambassador said the move was “unacceptable”.', 'unacceptable'),
    ).not.toBe('China');
  });
});
