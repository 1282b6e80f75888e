// The people sanctioned listed after a sentence of their own that only leads into the list with a colon
// ("The individuals are:", "Among them:", "The judges are:"), inline or one a line (sanction-lines.ts).
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const title = 'New sanctions announced';
const sanctioned = (body: string) => relationsOfType('SANCTIONED', title, body).sort();

describe('a colon lead after the sanctions sentence', () => {
  it('joins the lines it opens, bulleted or numbered', () => {
    expect(
      sanctioned(
        'Norway on Thursday imposed sanctions on four Belarusian officials. The individuals are:\n\n- Anton Vasko, a police colonel\n- Pavel Ruban, a prosecutor\n\nOslo said more would follow.',
      ),
    ).toEqual([
      'Norway SANCTIONED Anton Vasko',
      'Norway SANCTIONED Belarus',
      'Norway SANCTIONED Pavel Ruban',
    ]);
    expect(
      sanctioned(
        'Japan sanctioned two Russian judges last week.\n\nThe judges are:\n\n1. Ivan Zorin\n2. Gleb Sotnikov\n\nTokyo gave no further details.',
      ),
    ).toEqual(['Japan SANCTIONED Gleb Sotnikov', 'Japan SANCTIONED Ivan Zorin', 'Japan SANCTIONED Russia']);
  });

  it('joins the names after "Among them:" on the same line', () => {
    expect(
      sanctioned(
        'The United States imposed sanctions on five Iranian officials on Tuesday.\n\nAmong them: Ali Rezaei, Hossein Karimi and Mehdi Tavakoli.',
      ),
    ).toEqual([
      'United States SANCTIONED Ali Rezaei',
      'United States SANCTIONED Hossein Karimi',
      'United States SANCTIONED Iran',
      'United States SANCTIONED Mehdi Tavakoli',
    ]);
  });

  it('joins nothing after a lead of a noun the sanctions never spoke of, or of another matter', () => {
    expect(
      sanctioned(
        'Japan sanctioned two Russian banks last week. The judges are:\n\n1. Ivan Zorin\n2. Gleb Sotnikov',
      ),
    ).toEqual([]);
    expect(
      sanctioned(
        'Japan sanctioned two Russian banks last week. Premier Aiko Sato spoke later. Her guests were:\n\n1. Ivan Zorin\n2. Gleb Sotnikov',
      ),
    ).toEqual([]);
    expect(
      sanctioned(
        'President Ilse Varga met five ministers on Tuesday. Among them: Ali Rezaei and Hossein Karimi.',
      ),
    ).toEqual([]);
  });
});
