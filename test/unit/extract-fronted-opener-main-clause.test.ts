// After a sentence's opening adverbial ("Earlier,", "On Monday,", "In a statement,", "Meanwhile,") a phrase
// opened by "the" or "a" up to the next comma is the main clause, not an aside: its subject is the one a
// participle clause after it hangs on ("Earlier, the ministry summoned the envoy, accusing X of …"). A
// real aside after a name keeps hiding what it holds. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const stances = (body: string) =>
  extractChecked('Reactions', body).rels.filter((r) => / (?:CRITICIZED|ACCUSED) /.test(r));

describe('the main clause after a fronted opener', () => {
  it('gives a participle clause its subject after an opener and "the"', () => {
    expect(
      stances("Earlier, the Kenyan foreign ministry summoned Uganda's envoy, accusing Uganda of meddling."),
    ).toContain('Kenyan Foreign Ministry ACCUSED Uganda');
    expect(
      stances(
        'On Monday, the Chilean government recalled its ambassador from Caracas, accusing Venezuela of interference in the elections.',
      ),
    ).toContain('Chile ACCUSED Venezuela');
    expect(
      stances(
        'In a statement, the Armenian Foreign Ministry rejected the claims, accusing Azerbaijan of shelling border villages.',
      ),
    ).toEqual(['Armenian Foreign Ministry ACCUSED Azerbaijan']);
    expect(
      stances(
        'Later, the Serbian president Aleksandar Vucic spoke to reporters, blaming Kosovo for the tensions.',
      ),
    ).toEqual(['Aleksandar Vucic ACCUSED Kosovo']);
  });

  it('reads a statement that condemns, after an opener, with a clause after it', () => {
    expect(
      stances(
        'However, the Indonesian foreign ministry issued a statement condemning Israel, saying the strikes were unacceptable.',
      ),
    ).toEqual(['Indonesian Foreign Ministry CRITICIZED Israel']);
    expect(
      stances(
        'Responding to the move, the Russian embassy released a statement criticising Estonia, calling the expulsion groundless.',
      ),
    ).toEqual(['Russian Embassy CRITICIZED Estonia']);
    expect(
      stances(
        'Earlier, the Georgian Foreign Ministry issued a statement condemning the actions taken by Russia in the past week, including the detention of two villagers.',
      ),
    ).toEqual(['Georgian Foreign Ministry CRITICIZED Russia']);
  });

  it('keeps a real aside after a name out of the subject', () => {
    expect(
      stances(
        'William Ruto, the Kenyan president who hosted Samia Suluhu Hassan on Monday, accused Uganda of meddling.',
      ),
    ).toEqual(['William Ruto ACCUSED Uganda']);
    expect(
      stances(
        'On Monday, Kenyan President William Ruto hosted Samia Suluhu Hassan, the Tanzanian president, accusing Uganda of meddling.',
      ),
    ).toEqual(['William Ruto ACCUSED Uganda']);
  });

  it('makes no critic of an opener that has no subject after it', () => {
    expect(stances('On Monday, the talks in Nairobi ended, with no word on the border dispute.')).toEqual([]);
  });
});
