// A role stated with a copula after a name (session 24): "Mr Valberg is the chief executive of X" (LEADS),
// "Y is a senior official at the Z" (MEMBER_OF); a verb in the phrase is no role ("is expected to meet
// officials of Z"). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const roles = (body: string) =>
  extractChecked('Sanctions', body).rels.filter((r) => / (?:LEADS|MEMBER_OF) /.test(r));

describe('a role after a copula', () => {
  it('heads the body when the role is a head', () => {
    expect(
      roles(
        'Oskar Valberg was sanctioned. Mr Valberg is the chief executive of the Nordvik Shipping Corporation.',
      ),
    ).toEqual(['Oskar Valberg LEADS Nordvik Shipping Corporation']);
  });

  it('is a member of the body otherwise', () => {
    expect(roles('Anna Berg is a senior official at the European Commission.')).toEqual([
      'Anna Berg MEMBER_OF European Commission',
    ]);
  });

  it('is no role when a verb comes before the body', () => {
    expect(roles('Anna Berg is expected to meet officials of the European Commission.')).toEqual([]);
  });
});
