// Unknown names set off after a role (session 19, issue 9): "the ambassador, Li Wei, said", where every word
// of the name is one the lexicon knows as a name (family name first), so the shape rules leave it and only
// its position, an apposition closed by a comma or the sentence's end right after a role, makes it a person.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const persons = (s: string) =>
  extract(`Talks resume\n${s}`)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('a name set off after a role', () => {
  it.each([
    ['The Chinese ambassador, Li Wei, said on Monday that talks would resume.', 'Li Wei'],
    ['The ambassador, Wu Wei, said on Monday that the talks would resume.', 'Wu Wei'],
    ['The mayor, Kim Young, declined to comment.', 'Kim Young'],
    ['The spokesman, Chen Bin, was quoted by state media as saying so.', 'Chen Bin'],
    ['The Taiwanese foreign minister, Lin Chia-lung, has called the drills provocative.', 'Lin Chia-lung'],
    [
      'The Korean trade minister, Ahn Duk-geun; the Japanese minister, Sato Ken; and others attended.',
      'Sato Ken',
    ],
    ['The talks were opened by the deputy governor, Yang Lin.', 'Yang Lin'],
  ])('when %s, then the name is a person', (s, name) => {
    expect(persons(s)).toContain(name);
  });

  it('when the words after the role are a day or a body, then no person is made', () => {
    expect(persons('The minister, Tuesday, said that.')).toEqual([]);
    expect(persons('The minister, Labour Party leader, said so.')).toEqual([]);
  });

  it('when the name runs on into the clause without a closing comma, then the rule does not fire', () => {
    expect(persons('The ambassador, Li Wei Group shares rose.')).not.toContain('Li Wei');
  });
});
