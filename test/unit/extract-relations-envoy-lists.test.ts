// Lists of envoys, each name set off with its own role ("A, ambassador to Chile, B, ambassador to Peru,
// and C, ambassador to Bolivia"): each AMBASSADOR_TO goes to the name before its role, not to the next
// name (entities/roles.ts LISTED_ROLE, relations/envoys.ts listedRole). Invented sentences.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const postings = (title: string, body: string) => relationsOfType('AMBASSADOR_TO', title, body).sort();

describe('a list of envoys, each with its own role', () => {
  it('when three names each take "ambassador to X" after them, then each is posted to its own state', () => {
    expect(
      postings(
        'President receives envoys',
        'The president on Monday received Juan Perez, ambassador to Chile, Ana Lopez, ambassador to Peru, and Carlos Ruiz, ambassador to Bolivia.',
      ),
    ).toEqual([
      'Ana Lopez AMBASSADOR_TO Peru',
      'Carlos Ruiz AMBASSADOR_TO Bolivia',
      'Juan Perez AMBASSADOR_TO Chile',
    ]);
  });

  it('when the roles carry "the new" or say "envoy", then each still goes to the name before it', () => {
    expect(
      postings(
        'New envoys named',
        'The ministry named Lukas Novak, the new ambassador to Austria, Eva Horvat, ambassador to Hungary, and Petr Dvorak, envoy to Slovakia.',
      ),
    ).toEqual([
      'Eva Horvat AMBASSADOR_TO Hungary',
      'Lukas Novak AMBASSADOR_TO Austria',
      'Petr Dvorak AMBASSADOR_TO Slovakia',
    ]);
    expect(
      postings(
        'Envoys leave',
        'The envoys who left were Li Wei, ambassador to Kenya, Zhang Min, ambassador to Ghana, and Wang Tao, ambassador to Nigeria.',
      ),
    ).toEqual([
      'Li Wei AMBASSADOR_TO Kenya',
      'Wang Tao AMBASSADOR_TO Nigeria',
      'Zhang Min AMBASSADOR_TO Ghana',
    ]);
  });

  it('when two envoys are listed in the past tense with "and", then each keeps its own posting', () => {
    expect(
      postings(
        'Envoys recalled',
        'Oslo recalled Anna Berg, ambassador to Japan, and Erik Lund, ambassador to China, last week.',
      ),
    ).toEqual(['Anna Berg AMBASSADOR_TO Japan', 'Erik Lund AMBASSADOR_TO China']);
  });

  it('when a role set off by commas is followed by a name with no role of its own, then it stays the next name’s title', () => {
    expect(
      postings('Envoy recalled', 'Kenya recalled its ambassador to Uganda, John Mwangi, on Monday.'),
    ).toEqual(['John Mwangi AMBASSADOR_TO Uganda']);
  });
});
