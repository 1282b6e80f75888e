// "called in the ambassador", "called on X to …", "called for …" are a summons or a demand, not a label:
// the labelling verb ("called X "a provocation"") never reads them as CRITICIZED, while the label itself
// still does. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const criticized = (body: string) => relationsOfType('CRITICIZED', 'Diplomatic row', body);

describe('"called" with a particle', () => {
  it('is no label', () => {
    expect(
      criticized(
        'Deputy Foreign Minister Ana Ruiz on Friday called in the Chilean ambassador to lodge a "firm protest".\n\nDuring her meeting with ambassador Pedro Soto, Ruiz said little.',
      ),
    ).toEqual([]);
    expect(
      criticized('Foreign Minister Ana Ruiz called on Chile "to respect the agreement" signed in 2019.'),
    ).toEqual([]);
    expect(criticized('Foreign Minister Ana Ruiz called upon Chile "to show restraint" on Monday.')).toEqual(
      [],
    );
  });

  it('still reads a label after the object', () => {
    expect(criticized('Foreign Minister Ana Ruiz called Chile\'s decision "a provocation".')).toEqual([
      'Ana Ruiz CRITICIZED Chile',
    ]);
    expect(criticized('Foreign Minister Ana Ruiz called the remarks by Chile "irresponsible".')).toEqual([
      'Ana Ruiz CRITICIZED Chile',
    ]);
  });
});
