// Quoted nicknames inside a person's name (session 29, invented text; entities/name-middles.ts): the given
// name and the surname around "Babe", 'Pacman', “Bato” make one person named without the nickname; a
// quotation after a name, a quoted phrase of three words or a weekday after the marks stay as they were.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const persons = (title: string, body: string) =>
  extractChecked(title, body)
    .names.filter((n) => n.startsWith('Person '))
    .map((n) => n.slice('Person '.length));

describe('a quoted nickname between a given name and a surname', () => {
  it('when straight double quotes hold the nickname, then the person is given name and surname', () => {
    const p = persons(
      'Envoy speaks',
      'Ambassador Carlos Miguel "Boyet" Santiago said the talks would resume.',
    );
    expect(p).toContain('Carlos Miguel Santiago');
    expect(p).not.toContain('Carlos Miguel');
  });

  it('when curly or single quotes hold it, in any position of the sentence, then the name is whole', () => {
    const p = persons(
      'Senators meet',
      "On Friday the delegation met Senator Ronald “Bato” Villanueva and the boxer Manny 'Pacman' Reyes in Manila.",
    );
    expect(p).toEqual(expect.arrayContaining(['Ronald Villanueva', 'Manny Reyes']));
  });

  it('when the nickname has two words, then the name is still whole, and a later surname is the same person', () => {
    const p = persons(
      'Minister resigns',
      'Finance Minister Peter "Big Pete" Okafor resigned on Monday.\n\nOkafor said he would stay in Abuja.',
    );
    expect(p).toEqual(['Peter Okafor']);
  });
});

describe('quotation marks that hold no nickname', () => {
  it('when three words are quoted after a name, then no name is made across them', () => {
    const p = persons('Minister speaks', 'Maria "The Iron Lady" Okafor spoke in Lagos.');
    expect(p).not.toContain('Maria Okafor');
  });

  it('when a weekday follows the quoted word, then it joins no name', () => {
    const p = persons('Talks', 'The minister told John "Yes" Monday, aides said.');
    expect(p.some((n) => n.includes('Monday'))).toBe(false);
  });

  it('when the quoted word follows no given name, then nothing is joined', () => {
    const p = persons('Plan', 'President Joe Biden called the plan "Great" Tuesday as Ivan Petrov listened.');
    expect(p).toEqual(expect.arrayContaining(['Joe Biden', 'Ivan Petrov']));
    expect(p.some((n) => n.includes('Great'))).toBe(false);
  });
});
