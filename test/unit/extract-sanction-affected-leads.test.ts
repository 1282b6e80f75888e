// A sanctions list led by a group, a participle of a sanctioning verb (or "affected"/"hit") and the action
// that did it, whatever the action's noun (events/sanction-lists.ts OTHERS_AFFECTED): "Among those targeted
// in the Treasury's action are A and B", "The others affected by Monday's announcement are C and D".
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const OPEN = 'The United States imposed sanctions on four Ruritanian officials on Monday.';
const UNCOUNTED = 'The United States imposed sanctions on Ruritania on Monday.';
const sanctioned = (body: string, title = 'US sanctions officials') =>
  extractChecked(title, body)
    .rels.filter((r) => r.includes(' SANCTIONED '))
    .filter((r) => !r.endsWith('Ruritania'));

describe('a sanctions list led by "those targeted in …" / "the others affected by …"', () => {
  it.each([
    ['Among those targeted in the Treasury Department’s action are Pavel Ostrov and Marek Lind.'],
    ["The others affected by Monday's announcement are Pavel Ostrov and Marek Lind."],
    ['Those hit by the new order include Pavel Ostrov and Marek Lind.'],
    ['Among the officials sanctioned under the executive order were Pavel Ostrov and Marek Lind.'],
  ])('when the list reads "%s", then both are sanctioned by the United States', (list) => {
    expect(sanctioned(`${OPEN} ${list}`)).toEqual([
      'United States SANCTIONED Pavel Ostrov',
      'United States SANCTIONED Marek Lind',
    ]);
  });

  it.each([
    ['Among those named in the indictment are Pavel Ostrov and Marek Lind.'],
    ['Among those who spoke at the meeting were Pavel Ostrov and Marek Lind.'],
  ])('when the group is no sanctions list ("%s"), then no one in it is sanctioned', (other) => {
    expect(sanctioned(`${UNCOUNTED} ${other}`)).toEqual([]);
  });

  it('when no sanctions were told before, then "the others affected by" names no target', () => {
    expect(
      sanctioned(
        "The others affected by Monday's announcement are Pavel Ostrov and Marek Lind.",
        'Storm hits coast',
      ),
    ).toEqual([]);
  });
});
