// One list of verbs of saying right after a subject (server/src/extract/saying-verbs.ts): every rule that
// reads "Name <verb of saying>" builds from it, so a verb that marks a speaker in one rule marks it in all.
// Here the title rule (classification.ts): one or two words between a title and such a verb are a name,
// whatever the lexicon knows them as; a verb not of saying leaves them alone.
import { describe, expect, it } from 'vitest';
import { SAYING_AFTER_SUBJECT, SAYING_RIGHT_AFTER } from '../../server/src/extract/saying-verbs.js';
import { extractChecked, namesOf } from '../helpers/extract-text.js';

const persons = (body: string) => namesOf(extractChecked('Talks stall', body).d, 'Person');

describe('verbs of saying after a subject, one list', () => {
  it('holds the common reporting verbs and matches only right after the name', () => {
    for (const v of ['said', 'told', 'warned', 'argued', 'replied', 'asserted', 'explained'])
      expect(SAYING_AFTER_SUBJECT).toContain(v);
    expect(SAYING_RIGHT_AFTER.test(' argued that')).toBe(true);
    expect(SAYING_RIGHT_AFTER.test(' arguments')).toBe(false);
    expect(SAYING_RIGHT_AFTER.test(' visited Rome')).toBe(false);
  });

  it.each([
    ['Foreign Minister Park Chin argued that the talks had failed.', 'Park Chin'],
    ['Interior Minister Sunny Day replied that the border was closed.', 'Sunny Day'],
    ['Trade Minister Grace Hope explained on Monday that tariffs would rise.', 'Grace Hope'],
    ['Later, Defence Secretary Rose Field warned the deal was off.', 'Rose Field'],
    ['Justice Minister Bill Young asserted the court was independent.', 'Bill Young'],
  ])('a title, two words, then a verb of saying: %s', (body, name) => {
    expect(persons(body)).toContain(name);
  });

  it('a verb that is not one of saying does not make the words a name', () => {
    expect(persons('Foreign Minister Park Chin visited the border.')).not.toContain('Park Chin');
    expect(persons('The Foreign Minister Sunny Day arrangement collapsed, officials argued.')).not.toContain(
      'Sunny Day',
    );
  });
});
