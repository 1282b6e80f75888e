// An organ named by its own words ("Council of Foreign Ministers", "Assembly of Heads of State and
// Government") then "of the" and a body with an acronym is named by that acronym, the body staying one of
// its own; the organ named bare elsewhere is the same one (server/src/extract/entities/organ-owners.ts).
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const orgs = (title: string, body: string) =>
  extractChecked(title, body)
    .names.filter((n) => n.startsWith('Organization '))
    .map((n) => n.slice(13));

describe('organs named by their owner', () => {
  it('when an organ is "of the" a body with an acronym, then it takes the acronym and the body stays', () => {
    const o = orgs(
      'Ministers gather',
      'The 12th session of the Council of Foreign Ministers of the Northern Lakes Cooperation Forum (NLCF) opened ' +
        'in Valdoria on Monday. Delegates said the Council of Foreign Ministers would adopt a declaration.',
    );
    expect(o).toEqual(
      expect.arrayContaining(['NLCF Council of Foreign Ministers', 'Northern Lakes Cooperation Forum']),
    );
    expect(o).not.toContain('Council of Foreign Ministers');
  });

  it('when members end in "and" and one word before "of the", then the organ keeps that word', () => {
    const o = orgs(
      'Summit ends',
      'The Assembly of Heads of State and Government of the Coastal States Union (CSU) met in Portvale on Sunday ' +
        'and called for calm.',
    );
    expect(o).toContain('CSU Assembly of Heads of State and Government');
    expect(o).not.toContain('Assembly of Heads of State');
  });

  it('when the owner has no acronym, or a second organ is owned by another body, then nothing is renamed', () => {
    const o = orgs(
      'Debate',
      'The Executive Council of the Coastal States Union met on Friday. The OSCE Parliamentary Assembly and the ' +
        'Parliamentary Assembly of the Council of Europe sent observers.',
    );
    expect(o).not.toContain('OSCE Parliamentary Assembly of the Council of Europe');
    expect(o.some((n) => /^[A-Z]{2,} Executive Council$/.test(n))).toBe(false);
    expect(o).toContain('OSCE Parliamentary Assembly');
  });

  it('when "and" joins a country after the members, then the organ stops before it', () => {
    const o = orgs(
      'Talks',
      'The Council of Heads of State of the Northern Lakes Cooperation Forum (NLCF) and France signed the ' +
        'accord, while the Council of Heads of State and Germany disagreed.',
    );
    expect(o).not.toContain('Council of Heads of State and Germany');
  });

  it('when one body is named by an acronym and the organ, then the bare organ is that body', () => {
    const o = orgs(
      'Meeting in Goa',
      'The NLCF Council of Foreign Ministers met in Goa on Thursday. Minister Arvo Tamm attended the Council of ' +
        'Foreign Ministers and met his counterparts.',
    );
    expect(o).toContain('NLCF Council of Foreign Ministers');
    expect(o).not.toContain('Council of Foreign Ministers');
  });
});
