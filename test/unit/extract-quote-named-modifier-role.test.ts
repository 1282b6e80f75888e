// A role whose modifier is a capitalised name ("the Congress leader", "the Likud leader", "the White House
// spokesman") speaks as the person the text titled with that role and name before, not as the body the
// name is (quotes/speakers.ts NAMED_MODIFIER_ROLE, quotes/role-coreference.ts). With no such person the
// body reading stays. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

/** The speaker's name of the statement whose quotation starts with `start`, or undefined. */
function speaker(body: string, start: string): string | undefined {
  const { d } = extractChecked('Election results', body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && d.entities.find((e) => e.id === st.speaker)?.name;
}

describe('a role modified by a name speaks as the person titled so before', () => {
  it.each([
    [
      'Congress leader Rahul Gandhi thanked voters in Kerala on Tuesday.\n\nOn Wednesday, the Congress leader wrote on X, “We will fight on for every voter.”',
      'Rahul Gandhi',
    ],
    [
      'Likud leader Benjamin Netanyahu met coalition partners in Jerusalem.\n\n“No one will dictate terms to us,” the Likud leader told reporters.',
      'Benjamin Netanyahu',
    ],
    [
      'The Labour Party leader, Keir Starmer, toured Manchester on Monday. The Labour leader said the result was “a mandate for change in every region”.',
      'Keir Starmer',
    ],
  ])('%s', (body, who) => {
    expect(
      speaker(body, body.includes('No one') ? 'No one' : body.includes('We will') ? 'We will' : 'a mandate'),
    ).toBe(who);
  });
});

describe('not without a person titled with that role and name', () => {
  it('the party speaks when no leader of it was named', () => {
    const body =
      'Opposition parties met in Nairobi on Friday.\n\nThe Jubilee Party said in a statement, “The count must be repeated in every county.”';
    expect(speaker(body, 'The count')).toBe('Jubilee Party');
  });

  it('a leader of another party is not the one meant', () => {
    const body =
      'Likud leader Benjamin Netanyahu met coalition partners in Jerusalem.\n\n“We will not join this government,” the Labour leader said.';
    expect(speaker(body, 'We will not')).not.toBe('Benjamin Netanyahu');
  });
});
