// An unknown name right after a head of state's or a mission's title and its field ("the President of
// Lorania X", "the chargé d'affaires of the Vandish Embassy X") is a person (entities/name-positions.ts
// AFTER_TITLE_FIELD), on invented names; a body's name after such a title stays no person.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const persons = (d: ReturnType<typeof extract>) =>
  d.entities.filter((e) => e.type === 'Person').map((e) => e.name);

describe('names after a head title and its field', () => {
  it('when an unknown name follows "the President of <country>", then it is a person', () => {
    const d = extract(
      ['Talks', 'The minister later met the President of Peru Tarvo Quinell in the capital.'].join('\n'),
    );
    expect(persons(d)).toContain('Tarvo Quinell');
  });

  it("when an unknown name follows a chargé d'affaires of an embassy, then it is a person", () => {
    const d = extract(
      [
        'Envoy summoned',
        "On Monday the charge d'affaires of the Russian Embassy Dimak Orrun was summoned.",
      ].join('\n'),
    );
    expect(persons(d)).toContain('Dimak Orrun');
  });

  it('when a body follows the title and its field, then no person is made of it', () => {
    const d = extract(['Board', 'The President of Peru Mining Corporation resigned on Monday.'].join('\n'));
    expect(persons(d).join('|')).not.toMatch(/Mining|Corporation/);
  });
});
