// The expeller of a passive expulsion that names none, read from a leave clause coordinated with it
// (events/expulsion-gaps.ts fromPlace): "… were declared persona non grata and must leave X", "… were
// expelled and ordered to leave X". Never over an actor the passive names ("by Y"). Every sentence here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

describe('a passive expulsion with a coordinated leave clause (session 45)', () => {
  it('when "… were declared persona non grata and must leave X" names no actor, then X is the expeller', () => {
    expect(
      relationsOfType(
        'EXPELLED',
        'Envoys told to go',
        'Relations between Norway and Sweden have soured.\n\nTwo Swedish diplomats were declared persona non grata and must leave Norway by Friday.',
      ),
    ).toContain('Norway EXPELLED Sweden');
  });

  it('when "… were expelled and ordered to leave X", then X is the expeller', () => {
    expect(
      relationsOfType(
        'EXPELLED',
        'Envoys told to go',
        'Relations between Norway and Sweden have soured.\n\nTwo Swedish diplomats were expelled and ordered to leave Norway within a week.',
      ),
    ).toContain('Norway EXPELLED Sweden');
  });

  it('when the passive names its actor ("by Y") before the leave clause, then Y stays the expeller', () => {
    const rels = relationsOfType(
      'EXPELLED',
      'Envoys told to go',
      'Relations between Norway, Finland and Sweden have soured.\n\nTwo Swedish diplomats were expelled by Finland and must leave Norway by Friday.',
    );
    expect(rels).toContain('Finland EXPELLED Sweden');
    expect(rels).not.toContain('Norway EXPELLED Sweden');
  });
});
