// Persons' names read from where they stand: one person under a full name and its first two words
// (entities/merging.ts: "Russ Joseph" is the "Russ Joseph Kun" the page also names, unless two longer names
// start with it); an unknown name set off after a role by a comma and closed by a dash or the full stop, and
// an English first name before a surname and a hyphenated Chinese given name (entities/name-shapes.ts).
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const persons = (body: string) =>
  extractChecked('Leaders meet', body)
    .d.entities.filter((e) => e.type === 'Person')
    .map((e) => e.name)
    .sort();

describe('a name that starts a longer one', () => {
  it('is the person of the longer name', () => {
    expect(
      persons(
        'Prime Minister Ana Ruiz met President Russ Joseph Kun of Nauru on Monday. She also met Nauru President Russ Joseph on Tuesday.',
      ),
    ).toEqual(['Ana Ruiz', 'Russ Joseph Kun']);
  });

  it('stays apart when two longer names start with it', () => {
    expect(
      persons(
        'President Ana Maria Lopez met President Ana Maria Vera on Monday. President Ana Maria spoke to reporters later.',
      ),
    ).toEqual(['Ana Maria', 'Ana Maria Lopez', 'Ana Maria Vera']);
  });
});

describe('a name set off after a role', () => {
  it('is a person when a dash or the full stop closes it', () => {
    expect(persons('He met the Prime Minister of Tonga, Tevita Hufanga – Fakatava.')).toContain(
      'Tevita Hufanga',
    );
    expect(persons('He met the Prime Minister of Tonga, Tevita Hufanga.')).toContain('Tevita Hufanga');
  });
});

describe('an English first name before a Chinese name', () => {
  it('belongs to the name even when it is a common word', () => {
    expect(persons('Officials named Dick Au Chik-wong and Sonny Lam Ting-kwok on Monday.')).toEqual([
      'Dick Au Chik-wong',
      'Sonny Lam Ting-kwok',
    ]);
  });

  it('needs the hyphenated given name', () => {
    expect(persons('Officials named Dick Au Chikwong on Monday.')).not.toContain('Dick Au Chikwong');
  });
});

// Session 29: a bracket between the name and its role in apposition ("X (Party), the Prime Minister of
// India") does not hide the apposition; a place's bracket ("Borgo Egnazia (Puglia), the resort") makes no person.
describe('a bracketed aside before a role in apposition', () => {
  it('when an unknown name has its party in brackets, then its apposition still makes it a person', () => {
    const { names } = extractChecked(
      'Leaders meet',
      'The first to be with them was Narendra Modi (Bharatiya Janata Party), the Prime Minister of India.',
    );
    expect(names).toContain('Person Narendra Modi');
  });

  it('when a place has its region in brackets before a non-role apposition, then it is no person', () => {
    const { names } = extractChecked(
      'Leaders meet',
      'The talks were held at Borgo Egnazia (Puglia), the resort in Italy.',
    );
    expect(names).not.toContain('Person Borgo Egnazia');
  });
});

// Session 29: a role with two places or bodies after it, then the name set off ("the ambassador of the
// Russian Federation in Chisinau, Oleg Vasnetsov").
describe('a name set off after a role with two prepositional phrases', () => {
  it('when the role names a state and a city, then the unknown name after the comma is a person', () => {
    const { names, rels } = extractChecked(
      'Envoy summoned',
      'Nicu Popescu summoned the ambassador of the Russian Federation in Chisinau, Oleg Vasnetsov, on Monday.',
    );
    expect(names).toContain('Person Oleg Vasnetsov');
    expect(rels).toContain('Nicu Popescu SUMMONED Oleg Vasnetsov');
  });

  it('when no role stands before, then two places and a comma make no person', () => {
    const { names } = extractChecked(
      'Envoy summoned',
      'Talks were held in the capital of the Russian Federation in Moscow, Red Square being closed.',
    );
    expect(names).not.toContain('Person Red Square');
  });
});
