// Organisations and countries as speakers (session 10): a diplomatic mission named with where it sits
// (entities/mission-places.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Row over fishing rights deepens';

/** The speaker's name and rule of the statement whose quotation starts with `start`. */
function credit(body: string, start: string): string | undefined {
  const { d } = extractChecked(TITLE, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

const orgNames = (body: string) =>
  extractChecked(TITLE, body)
    .d.entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('a diplomatic mission named with where it sits', () => {
  it('when "the <Demonym> embassy in <capital>" speaks, then the mission is named with its capital', () => {
    expect(
      credit(
        'Oslo expelled a diplomat on Monday.\n\nThe Danish embassy in Oslo condemned the move. “Denmark will respond,” the embassy said.',
        'Denmark will',
      ),
    ).toBe('Danish Embassy in Oslo [quotes:body-by-kind]');
  });

  it('when a mission is named in a country or a capital, then that place names it', () => {
    expect(orgNames('The Danish High Commission in the Maldives issued a statement.')).toContain(
      'Danish High Commission in the Maldives',
    );
    expect(orgNames('Protesters gathered outside the American Embassy in Oslo on Friday.')).toContain(
      'American Embassy in Oslo',
    );
  });

  it('when the text puts the mission in its country and in its capital, then the capital names it', () => {
    expect(
      orgNames(
        'The Danish Embassy in Norway was closed. Police guarded the Danish Embassy in Oslo on Friday.',
      ),
    ).toContain('Danish Embassy in Oslo');
  });

  it('when a mission is named in two countries, or in none, then it keeps its own name', () => {
    const names = orgNames(
      'The Danish Embassy in Norway was closed, and the Danish Embassy in Sweden too. The Danish Embassy said so.',
    );
    expect(names).toContain('Danish Embassy');
    expect(orgNames('The Danish Embassy said it had not been told.')).toContain('Danish Embassy');
  });
});
