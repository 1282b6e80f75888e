// A lone name right after an honorific closed by its full stop, on invented text: "Mr. Rabuka", "Hon. X",
// "Dr. X" are titled like "Mr Rabuka" and "President Rabuka" are (the full stop cut the honorific off the
// chunk), so the lone name is a person when no fuller name is given; an office after the honorific ("Mr.
// President", "Ms. Speaker") stays no person.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const persons = (title: string, body: string) =>
  extractChecked(title, body)
    .names.filter((n) => n.startsWith('Person '))
    .map((n) => n.slice('Person '.length));

describe('a lone name after an honorific with a full stop', () => {
  it('when "Mr.", "Hon." or "Dr." stands before one name word, then that word is a person', () => {
    expect(persons('Talks', 'The minister met Mr. Tavola in Suva on Monday.')).toEqual(['Tavola']);
    expect(persons('Talks', 'Prime Minister Hon. Lavemaau met the delegation in Apia.')).toEqual([
      'Lavemaau',
    ]);
    expect(persons('Talks', 'Dr. Okonjo said the talks had gone well.')).toEqual(['Okonjo']);
  });

  it('when the full name was given before, then the lone name is that person', () => {
    expect(
      persons('Talks', 'Foreign Minister Ana Tavola arrived in Suva. Later, Ms. Tavola met the press.'),
    ).toEqual(['Ana Tavola']);
  });

  it('when an office follows the honorific, then no person is read', () => {
    expect(persons('Debate', 'Mr. President, the bill is ready, the minister told parliament.')).toEqual([]);
    expect(persons('Debate', 'Ms. Speaker opened the session on Tuesday.')).toEqual([]);
  });
});
