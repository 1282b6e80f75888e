// An apposition that names a relative of an office holder ("X, wife of the president of the government",
// "X, the son of the founder of Y", "the daughter of a senior official at the ministry") says nothing of
// X's own role: no LEADS nor MEMBER_OF. A role of X's own keeps its relation. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const roles = (body: string) =>
  extractChecked('Row', body).rels.filter((r) => / (?:LEADS|MEMBER_OF) /.test(r));

describe("a relative's apposition gives no role", () => {
  it('reads no role from "wife of", "son of", "daughter of"', () => {
    expect(
      roles(
        'President Javier Milei insulted Begoña Gómez, wife of the president of the Spanish Government, on Sunday.',
      ),
    ).toEqual([]);
    expect(
      roles('The police arrested Ana Pérez, the daughter of a senior official at the Foreign Ministry.'),
    ).toEqual([]);
    expect(
      roles('Investigators questioned Maria Lopez, the late wife of the chairman of Petrobras.'),
    ).toEqual([]);
    expect(roles('Maria Ruiz is the sister of the chief executive of Repsol.')).toEqual([]);
  });

  it("keeps a role of the person's own", () => {
    expect(roles('John Smith, head of the Foreign Ministry, spoke on Monday.')).toEqual([
      'John Smith LEADS Foreign Ministry',
    ]);
    expect(roles('Ana Pérez, a senior official at the Foreign Ministry, declined to comment.')).toEqual([
      'Ana Pérez MEMBER_OF Foreign Ministry',
    ]);
  });
});
