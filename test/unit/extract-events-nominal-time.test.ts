// A nominal event after a verb and a time ("announced on Tuesday the expulsion of", "ordered last week the
// recall of"): the verb's subject acts (server/src/extract/events/parties.ts nominalClause), as it does
// with no time between them.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

describe('a time between a verb and the nominal event it governs', () => {
  it.each([
    ['Italy also announced on Tuesday the expulsion of 30 Russian diplomats.', 'Italy EXPELLED Russia'],
    ['Norway ordered on 5 April the expulsion of three Iranian diplomats.', 'Norway EXPELLED Iran'],
    ['Chile announced last week the expulsion of two Bolivian diplomats.', 'Chile EXPELLED Bolivia'],
    ['Ghana confirmed yesterday the expulsion of a Togolese diplomat.', 'Ghana EXPELLED Togo'],
  ])('when "%s", then the subject expels', (body, rel) => {
    expect(relationsOfType('EXPELLED', 'Diplomats expelled', body)).toContain(rel);
  });

  it('when the time stands before no determiner ("announced on Tuesday that"), then it does not reach a later nominal', () => {
    const rels = relationsOfType(
      'EXPELLED',
      'Row deepens',
      'Italy announced on Tuesday that it regretted Moscow’s expulsion of two Italian diplomats.',
    );
    expect(rels).not.toContain('Italy EXPELLED Italy');
    expect(rels).not.toContain('Italy EXPELLED Russia');
  });
});
