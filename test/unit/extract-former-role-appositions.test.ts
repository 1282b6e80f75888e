// A role set in apposition that is held no more ("X, a former GRU officer", "the ex-chairman of Gazprom,
// X") makes no MEMBER_OF or LEADS; a role in a leader's administration is of its time and stays ("a former
// deputy secretary of state in the Obama administration"). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const roles = (body: string) =>
  extractChecked('News', body).rels.filter((r) => / (?:MEMBER_OF|LEADS) /.test(r));

describe('roles held no more', () => {
  it.each([
    'The poison was found at the home of Sergei Skripal, a former GRU officer.',
    'John Smith, the former head of Interpol, said he was worried.',
    'The ex-chairman of Gazprom, Ivan Petrov, said he was worried.',
    'Maria Lopez, a one-time adviser to the World Bank, spoke on Monday.',
  ])('when "%s", then no membership', (body) => {
    expect(roles(body)).toEqual([]);
  });

  it.each([
    ['John Smith, the head of Interpol, said he was worried.', ['John Smith LEADS Interpol']],
    [
      'Tom Nides, a former deputy secretary of state in the Obama administration, spoke on Monday.',
      ['Tom Nides MEMBER_OF Obama administration'],
    ],
  ])('when "%s", then the role stays', (body, rels) => {
    expect(roles(body)).toEqual(rels);
  });
});
