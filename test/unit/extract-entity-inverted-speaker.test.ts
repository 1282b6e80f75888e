// An unknown name right after an inverted verb of saying that follows a quotation or a clause is the
// speaker, a person ("…,” said Josep Borrell, High Representative …"), when nothing but punctuation follows
// it; not a body ("…,” said Xinhua News") nor a name that runs on into a noun (entities/name-agents.ts).
// Invented text.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const page = (sentence: string) =>
  extract(['Regional news', `Officials met in the capital on Monday. ${sentence}`].join('\n'));

describe('the speaker after an inverted verb of saying', () => {
  it.each([
    [
      '“We stand by the people of the region,” said Josep Borrell, High Representative for Foreign Affairs.',
      'Josep Borrell',
    ],
    ['The talks went well, said Josep Borrell.', 'Josep Borrell'],
    ['“The talks went well,” added Kwame Otieno.', 'Kwame Otieno'],
    ['“Is this the end of the road?” asked Tomasz Wiśniewski (the opposition leader).', 'Tomasz Wiśniewski'],
  ])('when "%s", then %s is a person', (sentence, person) => {
    expect(namesOf(page(sentence), 'Person')).toContain(person);
  });

  it.each([
    ['“The talks went well,” said Xinhua News.', 'Xinhua News'],
    ['“The talks went well,” said Kwame Otieno officials on Monday.', 'Kwame Otieno'],
    ['“The deal is done,” said Volga Energy.', 'Volga Energy'],
  ])('when "%s", then %s is no person', (sentence, name) => {
    expect(namesOf(page(sentence), 'Person')).not.toContain(name);
  });
});

describe('a person named before "regime"/"government" after "the"', () => {
  it('when "the Alexander Lukashenko regime", then Alexander Lukashenko is a person', () => {
    const d = page(
      'The measures hit 38 people who benefit from the Alexander Lukashenko regime, the statement said.',
    );
    expect(namesOf(d, 'Person')).toContain('Alexander Lukashenko');
  });
});
