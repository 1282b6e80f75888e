// A verb of criticism whose object is an act owned by "his" or "her" ("condemned her remarks", "protested
// over his comments", "rejected his latest statements") targets the person last named before the verb.
// A visit is the visitor's act, as the real pages' gold reads it; what was done to the person ("his arrest") is
// no act of his. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const criticized = (title: string, body: string) => relationsOfType('CRITICIZED', title, body);

describe('the person whose act "his" or "her" names', () => {
  it('reads "protested over his comments as "…""', () => {
    expect(
      criticized(
        'Envoy rebuked',
        'US envoy Michael McFaul spoke to students on Friday. The Russian Foreign Ministry later protested over his comments as "unprofessional".',
      ),
    ).toEqual(['Russian Foreign Ministry CRITICIZED Michael McFaul']);
  });

  it('reads "condemned her remarks"', () => {
    expect(
      criticized(
        'Minister rebuked',
        'Minister Ana Costa spoke in Lisbon on Monday. Madrid condemned her remarks as "unacceptable".',
      ),
    ).toEqual(['Madrid CRITICIZED Ana Costa']);
  });

  it('reads "rejected his latest statements" in the present perfect', () => {
    expect(
      criticized(
        'Senator rebuked',
        'Senator John Reed visited Taipei on Monday. Beijing has rejected his latest statements.',
      ),
    ).toEqual(['Beijing CRITICIZED John Reed']);
  });

  it('reads "slams her decision" in a present-tense report', () => {
    expect(
      criticized(
        'Envoy recalled',
        'Foreign Minister Maria Lopez recalled the ambassador on Sunday. Caracas slams her decision.',
      ),
    ).toEqual(['Caracas CRITICIZED Maria Lopez']);
  });
});

describe("a visit is the visitor's act (as the real pages' gold reads \"criticised X's visit\")", () => {
  it('reads "criticised his visit"', () => {
    expect(
      criticized(
        'Senator visits',
        'Senator John Reed visited Taipei on Monday. Beijing criticised his visit.',
      ),
    ).toEqual(['Beijing CRITICIZED John Reed']);
  });
});

describe('no target', () => {
  it('gives none for what was done to the person, no act of his ("his arrest")', () => {
    expect(
      criticized(
        'Senator detained',
        'Senator John Reed was detained in Taipei on Monday. Beijing criticised his arrest.',
      ),
    ).toEqual([]);
  });

  it('gives none when no person is named before', () => {
    expect(criticized('Ministry angry', 'Beijing condemned his remarks on Monday.')).toEqual([]);
  });
});
