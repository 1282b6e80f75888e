// The verbs of saying by purpose (server/src/extract/saying-verbs.ts), on invented text: every member of a
// purpose's list works in the rules built from it (a verb right after a name; a verb before a reported
// clause), and the same words in a sense that says nothing ("noted for", "maintained relations",
// "declared winner") do not.
import { describe, expect, it } from 'vitest';
import {
  REPORTING_THAT,
  SAYING_AFTER_SUBJECT,
  SAYING_RIGHT_AFTER,
  sayingAlternation,
} from '../../server/src/extract/saying-verbs.js';
import { extractChecked, namesOf, relationsOfType, speakerOf } from '../helpers/extract-text.js';

const persons = (body: string) => namesOf(extractChecked('Talks stall', body).d, 'Person');

describe('one list per purpose', () => {
  it('spells both British and American forms where a verb has both', () => {
    expect(SAYING_AFTER_SUBJECT).toContain('emphasised');
    expect(SAYING_AFTER_SUBJECT).toContain('emphasized');
  });

  it('a rule that leaves a member out must name a member of the list', () => {
    expect(() => sayingAlternation(REPORTING_THAT, ['whispered'])).toThrow(/not in the list/);
    expect(sayingAlternation(['said', 'noted'], ['noted'])).toBe('said');
  });
});

describe('a verb of saying right after a name', () => {
  it.each(SAYING_AFTER_SUBJECT.map((v) => [v]))('takes "%s"', (verb) => {
    expect(SAYING_RIGHT_AFTER.test(` ${verb} that the border stays shut`)).toBe(true);
  });

  it.each(['reiterated', 'emphasised', 'underlined', 'remarked', 'affirmed', 'tweeted', 'confirmed'])(
    'a title, two unknown words, then "%s": the words are a person',
    (verb) => {
      expect(persons(`Foreign Minister Tarn Velko ${verb} that the talks had failed.`)).toContain(
        'Tarn Velko',
      );
    },
  );

  it('does not take a word that only looks like one, nor a passive sense', () => {
    for (const text of [
      ' maintained relations with Oslo',
      ' noted for his patience',
      ' confirmed as ambassador',
      ' declared winner of the vote',
      ' statements were read',
      ' notebook',
    ])
      expect(SAYING_RIGHT_AFTER.test(text)).toBe(false);
  });
});

describe('a relayed source, then a subject with its own verb of saying', () => {
  it.each(['reiterated', 'emphasised', 'underlined', 'argued', 'replied'])(
    'the subject speaks, not the source, with "%s"',
    (verb) => {
      const { d } = extractChecked(
        'Talks stall',
        `According to the news agency Velta, Foreign Minister Tarn Velko ${verb}: "We will not sign this deal."`,
      );
      expect(speakerOf(d, 'We will not')).toBe('Tarn Velko');
    },
  );
});

describe('a verb of saying that reports an act', () => {
  it.each(REPORTING_THAT.map((v) => [v]))('"…, <state body> %s." reports who acted', (verb) => {
    expect(
      relationsOfType(
        'SUMMONED',
        'Protest lodged',
        `The Chinese ambassador was summoned to the foreign ministry on Monday, Japan’s foreign ministry ${verb}.`,
      ),
    ).toEqual(['Japan SUMMONED China']);
  });
});
