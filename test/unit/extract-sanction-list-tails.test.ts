// A list of the sanctioned that ends the page (session 37): a colon lead ("The names added to the
// schedule are the following:") and then one name a line, indented and bulleted, with no end punctuation.
// The body keeps those lines (body-list-tail.ts), and each line's name joins the sanctions told before.
// A colon lead of page furniture ("Read more:") keeps nothing. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const sanctions = (body: string) => extractChecked('Sanctions', body);
const sanctioned = (body: string) => sanctions(body).rels.filter((r) => r.includes(' SANCTIONED '));

describe('a list of the sanctioned that ends the page', () => {
  it('when indented bullet lines end the page after a colon lead, then each person listed is sanctioned', () => {
    const body =
      'Norway imposed sanctions on two officials of the ministry today over the crackdown on protesters in the capital.\n\nThe names of the officials added to the schedule of the regulations are the following:\n\n  • Anton Verik, Commander of the Northern Guard\n  • Lena Marsk, Deputy Minister of the Interior\n';
    expect(sanctioned(body)).toEqual(['Norway SANCTIONED Anton Verik', 'Norway SANCTIONED Lena Marsk']);
  });

  it('when lines after a "Read more:" lead end the page, then no one there is sanctioned', () => {
    const body =
      'Norway imposed sanctions on two officials of the ministry today over the crackdown on protesters in the capital.\n\nRead more:\n\n  • Anton Verik speaks at the Northern Guard\n  • Lena Marsk visits the Interior ministry\n';
    expect(sanctioned(body)).toEqual([]);
  });
});
