// A surname the lexicon also knows as a first name (session 24): "Uhuru Kenyatta … President Kenyatta" is
// one person, since no one else in the article claims "Kenyatta"; a family name written first ("Xi Jinping
// … Xi") still names its person. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const persons = (d: ReturnType<typeof extract>) => namesOf(d, 'Person');

describe('a surname that is also a first name', () => {
  it('names the one person whose full name ends with it', () => {
    const d = extract(
      'Talks in Nairobi\n\nUhuru Kenyatta held talks in Nairobi on Wednesday. President Kenyatta said the partnership was strong.',
    );
    expect(persons(d)).toEqual(['Uhuru Kenyatta']);
  });

  it('leaves a family name written first to its person', () => {
    const d = extract(
      'Talks in Beijing\n\nXi Jinping held talks in Beijing on Wednesday. Xi said the partnership was strong.',
    );
    expect(persons(d)).toEqual(['Xi Jinping']);
  });
});
