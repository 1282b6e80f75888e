// Meetings whose other side is named in more shapes, on sentences written for the test: a pronoun after
// "with" ("had a meeting with her": the person named before), a headline's "A, B discuss …", and a body's
// role after its name ("the African Union High Representative", "the leadership of" a body), or the
// holder named after that role. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('the other side of a meeting', () => {
  it('a pronoun after "with" is the person named before the sentence', () => {
    const r = run(
      'Talks in Lima',
      'Rosa Quispe is the president of Peru.\n\nForeign Minister Peter Otieno had a meeting with her on Monday.',
    );
    expect(r.rels).toContain('Peter Otieno MET Rosa Quispe');
    expect(r.ruleOf('Peter Otieno MET Rosa Quispe')).toBe('events/meetings:meeting');
  });

  it('a headline "A, B discuss …": the two met', () => {
    const r = run(
      'Otieno, Quispe discuss trade',
      'Foreign Minister Peter Otieno and President Rosa Quispe spoke on Monday.',
    );
    expect(r.rels).toContain('Peter Otieno MET Rosa Quispe');
  });

  it('"will discuss" is no meeting', () => {
    const r = run('Talks ahead', 'Peter Otieno and Rosa Quispe will discuss trade next month.');
    expect(r.events('meeting')).toHaveLength(0);
  });

  it("a body's role after its name: the body is the other side (no MET claimed)", () => {
    const r = run(
      'Talks in Addis Ababa',
      'Foreign Minister Peter Otieno also met African Union High Representative for Security on Monday.',
    );
    const parts = r.events('meeting')[0]?.participants.map((p) => r.name(p.entity));
    expect(parts).toEqual(['Peter Otieno', 'African Union']);
    expect(r.rels.filter((x) => x.includes(' MET '))).toEqual([]);
  });

  it("a body's role with its holder's name set off after it: the holder is the other side", () => {
    const r = run(
      'Talks in Addis Ababa',
      'Foreign Minister Peter Otieno also met African Union High Representative for Security, Xolani Dube.',
    );
    const parts = r.events('meeting')[0]?.participants.map((p) => r.name(p.entity));
    expect(parts).toEqual(['Peter Otieno', 'Xolani Dube']);
    expect(r.rels).toContain('Peter Otieno MET Xolani Dube');
  });

  it('"the leadership of" a body: the body is the other side', () => {
    const r = run(
      'Talks',
      'Lina Kowalski held talks with the leadership of the African Union in Addis Ababa.',
    );
    expect(r.events('meeting')[0]?.participants.map((p) => r.name(p.entity))).toEqual([
      'Lina Kowalski',
      'African Union',
    ]);
  });
});
