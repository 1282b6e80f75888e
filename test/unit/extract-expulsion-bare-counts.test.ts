// An expulsion whose object is a count alone ("France expelled 35 and Italy 30", "Italy expelled 30"):
// the state after the count is the next clause's subject, never the expelled, and the count stands for the
// diplomats of the expulsion just told (expulsion-gaps.ts). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const title = 'Diplomats expelled';
const expelled = (body: string) => relationsOfType('EXPELLED', title, body).sort();

describe('a count alone as the object of an expulsion', () => {
  it('expels the diplomats of the expulsion just told, a gapped or coordinated clause after it', () => {
    expect(expelled('Austria expelled 14 Russian diplomats, while Greece expelled 9 and Malta 3.')).toEqual([
      'Austria EXPELLED Russia',
      'Greece EXPELLED Russia',
      'Malta EXPELLED Russia',
    ]);
    expect(
      expelled('Austria expelled 14 Russian diplomats, Greece expelled nine and Malta expelled three.'),
    ).toEqual(['Austria EXPELLED Russia', 'Greece EXPELLED Russia', 'Malta EXPELLED Russia']);
    expect(
      expelled(
        'Austria expelled 14 Belarusian diplomats. Greece expelled another 6, and Malta has expelled 2.',
      ),
    ).toEqual(['Austria EXPELLED Belarus', 'Greece EXPELLED Belarus', 'Malta EXPELLED Belarus']);
  });

  it('never expels the state of the next clause', () => {
    const rels = expelled('Austria expelled 14 Russian diplomats, Greece expelled 9 and Malta expelled 3.');
    expect(rels).not.toContain('Greece EXPELLED Malta');
  });

  it('gives a state answering in kind none of its own diplomats', () => {
    expect(
      expelled('Russia expelled 10 Polish diplomats on Monday. In response, Poland expelled 12.'),
    ).toEqual(['Russia EXPELLED Poland']);
  });

  it('leaves an object named after a count to the clause reader', () => {
    expect(
      expelled('Austria expelled 14 Russian diplomats. Greece later expelled two Belarusian envoys.'),
    ).toEqual(['Austria EXPELLED Russia', 'Greece EXPELLED Belarus']);
  });
});
