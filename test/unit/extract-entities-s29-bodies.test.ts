// Bodies' names in session 29: a football club's "FC"/"AFC" after a place's or a person's name makes a club
// (lexicon ORG_HEADS), not a place or a person. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const entities = (body: string) =>
  extractChecked('Clubs and parties', body).d.entities.map((e) => `${e.type} ${e.name}`);

describe('a club named with FC', () => {
  it.each([
    ['Everton FC said the player had signed on Monday.', 'Organization Everton FC'],
    ['He joined Everton FC from Ajax in 2020.', 'Organization Everton FC'],
    ['The owner of Chelsea FC was sanctioned on Thursday.', 'Organization Chelsea FC'],
    ['Bournemouth AFC beat Everton on Saturday.', 'Organization Bournemouth AFC'],
  ])('is a body: %s', (body, name) => {
    const got = entities(body);
    expect(got).toContain(name);
    const town = name.split(' ')[1]!;
    expect(got).not.toContain(`Person ${town} FC`);
    expect(got).not.toContain(`Place ${town}`);
  });

  it('leaves the place alone without FC', () => {
    expect(entities('The envoy visited Everton and Liverpool on Monday.')).not.toContain(
      'Organization Everton',
    );
  });
});
