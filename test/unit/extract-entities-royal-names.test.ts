// Royals known by one given name, on invented text (singles.ts): with no fuller name on the page, "King X",
// "Emir X", "Prince X" keep the title in the name; a fuller name given makes the title a title; a name after
// "bin" is the father's, so "King X" beside "Y bin X" is the father, not the son.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

describe('a royal named by one given name', () => {
  it('when no fuller name is given, then the title is part of the name', () => {
    const d = extract(
      [
        'State visit',
        'King Haakon arrived in Accra on Tuesday and was received by the president.',
        'Emir Faris later joined the talks.',
      ].join('\n'),
    );
    expect(namesOf(d, 'Person')).toEqual(expect.arrayContaining(['King Haakon', 'Emir Faris']));
  });

  it('when the son is named "Y bin X", then "King X" is another person, the father', () => {
    const d = extract(
      [
        'Royal audience',
        'Crown Prince Nasser bin Hamdan met the delegation on Monday.',
        'King Hamdan later hosted a dinner for the guests.',
      ].join('\n'),
    );
    expect(namesOf(d, 'Person')).toEqual(expect.arrayContaining(['Nasser bin Hamdan', 'King Hamdan']));
    expect(d.entities.find((e) => e.name === 'Nasser bin Hamdan')?.mentions.length).toBe(1);
  });

  it('when the fuller name is given, then the short mention is that person', () => {
    const d = extract(
      [
        'Talks in Riyadh',
        'Prince Nawaf bin Saad received the minister on Sunday.',
        'Prince Nawaf said the two countries would deepen ties.',
      ].join('\n'),
    );
    expect(namesOf(d, 'Person')).toEqual(['Nawaf bin Saad']);
  });
});
