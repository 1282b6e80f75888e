// Members and leaders read from a body's name right before a title and a name (relations/titles.ts):
// "<Body> ranking member X", "<Body> leader X" (LEADS; a senior leader is a member). Every sentence here
// is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('a body named before a title and a name', () => {
  it('makes a "ranking member" a member of the body', () => {
    const r = extractChecked(
      'Senator speaks',
      'Senate Armed Services Committee ranking member Jane Shore said the bill would pass.',
    );
    expect(r.rels).toContain('Jane Shore MEMBER_OF Senate Armed Services Committee');
  });

  it('makes a leader the head of the body, and a senior leader a member', () => {
    const r = extractChecked(
      'Party leaders speak',
      'National Renewal Party leader Omar Haddad met reporters. Unity Front senior leader Sami Nasser said the talks would go on.',
    );
    expect(r.rels).toContain('Omar Haddad LEADS National Renewal Party');
    expect(r.rels).toContain('Sami Nasser MEMBER_OF Unity Front');
  });
});
