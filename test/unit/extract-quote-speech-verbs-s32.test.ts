// Verbs of saying before a quotation inside its sentence (quotes/speech-subject.ts SPEECH_BEFORE): "joked",
// "iterated", "insinuated", "hinted", "quipped", "commented", "conceded", "opined" govern the words they
// introduce, like "said"; their subject (a pronoun's antecedent, a role's holder) speaks.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const said = (body: string, start: string) => speakerOf(extractChecked('Ties strained', body).d, start);
const FIRST = 'Indian Defence Minister Rajnath Singh addressed a rally in Haryana on Sunday.\n\n';

describe('less common verbs of saying govern the fragment they introduce', () => {
  it.each(['joked', 'iterated', 'insinuated', 'hinted', 'quipped', 'commented', 'conceded', 'opined'])(
    '"He %s that …" credits the pronoun’s antecedent',
    (verb) => {
      expect(
        said(
          `${FIRST}He ${verb} that India is ready to help Pakistan “combat terror on its soil”.`,
          'combat terror',
        ),
      ).toBe('Rajnath Singh');
    },
  );

  it('a role subject before such a verb is its holder', () => {
    expect(
      said(
        `${FIRST}Later the minister insinuated that the neighbour was "running out of options" after the strikes.`,
        'running out',
      ),
    ).toBe('Rajnath Singh');
  });

  it('a quotation the verb does not introduce is not credited through it', () => {
    expect(
      said(
        `${FIRST}Critics joked about the rally. The film “Terror on Its Soil” opened in Delhi on Friday.`,
        'Terror on Its Soil',
      ),
    ).toBeUndefined();
  });
});
