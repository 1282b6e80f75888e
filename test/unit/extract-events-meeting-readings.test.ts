// Meetings read from the clause in more shapes, on sentences written for the test: a subject named only
// by its role ("the Minister of External Affairs also met …", the last person so titled), an unnamed
// counterpart known by the state ("hosted his Chinese counterpart"), and separate meetings with a listed
// few that a weaker co-mention of the sentence's trigger word before them no longer merges into one.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('meetings read from the clause', () => {
  it('a subject named by its role is the last person so titled', () => {
    const r = run(
      'Talks in Bali',
      'External Affairs Minister Ravi Menon arrived in Bali.\n\nOn the sidelines, the Minister of External Affairs also met with his French counterpart, Claire Dubois.',
    );
    expect(r.rels).toContain('Claire Dubois MET Ravi Menon');
    expect(r.ruleOf('Claire Dubois MET Ravi Menon')).toBe('events/meetings:meeting');
  });

  it('an unnamed counterpart is the one person of that state named before', () => {
    const r = run(
      'Dinner in Moscow',
      'Chinese President Li Wei arrived in Moscow.\n\nRussian President Ivan Petrov hosted his Chinese counterpart for an informal dinner on Monday.',
    );
    expect(r.rels).toContain('Ivan Petrov MET Li Wei');
  });

  it('separate meetings with a listed few after a summit word', () => {
    const r = run(
      'Summit diplomacy',
      'President Kemal Aydin attended the summit.\n\nOn the first day of the summit, President Aydin attended two sessions and met with Jorge Almeida, President of Brazil, and Kim Min-jun, President of South Korea.',
    );
    expect(r.events('meeting')).toHaveLength(2);
    expect(r.rels).toEqual(
      expect.arrayContaining(['Jorge Almeida MET Kemal Aydin', 'Kemal Aydin MET Kim Min-jun']),
    );
  });
});
