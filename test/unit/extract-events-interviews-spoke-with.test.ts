// "X spoke with <outlet>" is an interview given to the outlet (INTERVIEWED_BY), a weekday between too;
// "spoke with reporters" or with a person is none. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('an interview given by speaking with an outlet', () => {
  it('reads "spoke with CNN" and "spoke on Monday with the BBC"', () => {
    const r = extractChecked(
      'Minister on talks',
      'Foreign Minister Tom Becker spoke with CNN on Monday. His deputy Anna Weiss spoke on Tuesday with the BBC about the talks.',
    );
    expect(r.rels).toContain('Tom Becker INTERVIEWED_BY CNN');
    expect(r.rels).toContain('Anna Weiss INTERVIEWED_BY BBC');
    expect(r.events('interview')).toHaveLength(2);
  });

  it('reads no interview in "spoke with reporters" or "spoke with" a person', () => {
    const r = extractChecked(
      'Minister on talks',
      'Foreign Minister Tom Becker spoke with reporters on Monday. He later spoke with Anna Weiss.',
    );
    expect(r.events('interview')).toHaveLength(0);
  });
});
