// A body named only by generic words ("Executive Committee", "Department", "General Secretariat") before
// "of the" and another body is that body's organ, one name (server/src/extract/entities/sub-bodies.ts); a
// first name that says what it is ("European Department", "International Affairs Committee") or a bare
// "Council of the …" stays as it was.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const orgs = (title: string, body: string) =>
  extractChecked(title, body)
    .names.filter((n) => n.startsWith('Organization '))
    .map((n) => n.slice(13));

describe('organs of a body named by generic words', () => {
  it('when generic words and "of the" precede a body, then the organ and the body are one name', () => {
    const o = orgs(
      'Appointment',
      'Mikheil Kvaratskhelia was named head of the Executive Committee of the Freedonian Reform Council on Friday.\n\n' +
        'Ali Hamdan, Deputy Head of the Department of the Regional Cooperation Council, attended the meeting. The General Secretariat of the Arab League issued a statement.',
    );
    expect(o).toEqual(
      expect.arrayContaining([
        'Executive Committee of the Freedonian Reform Council',
        'Department of the Regional Cooperation Council',
        'General Secretariat of the Arab League',
      ]),
    );
    expect(o).not.toContain('Executive Committee');
    expect(o).not.toContain('General Secretariat');
  });

  it('when the first name says what it is, or is a bare Council, then the two bodies stay apart', () => {
    const o = orgs(
      'Officials meet',
      'The chairman of the International Affairs Committee of the Federation Council spoke on Monday. ' +
        'The director of the European Department of the Foreign Ministry met him. He will represent his country on the Council of the International Civil Aviation Organization.',
    );
    expect(o).toEqual(
      expect.arrayContaining([
        'International Affairs Committee',
        'Federation Council',
        'International Civil Aviation Organization',
      ]),
    );
    expect(o.some((n) => n.includes(' of the Federation Council'))).toBe(false);
    expect(o.some((n) => n.startsWith('Council of the International'))).toBe(false);
  });
});
