// Quote speakers, session 16, on invented text: a pronoun after an opening phrase that names someone else
// ("After meeting X, he said"), a one-word name before an aside ("Petrov, who met X, said"), and the body
// "the statement" or "it" stands for when a caption names another body or an acronym sits in parentheses.
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('a pronoun after an opening phrase', () => {
  it('when a participle phrase names someone before "he said", then he is the person named before the sentence', () => {
    const d = extract(
      [
        'Talks in Lisbon',
        'Ruritanian Foreign Minister Ivan Petrov flew to Lisbon on Thursday.',
        'After meeting Bordurian Foreign Minister Karl Weber, he said the talks had been "long but useful" for both sides.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'long but useful')).toBe('Ivan Petrov');
  });

  it('when a prepositional phrase names someone before "he said", then he is not that person', () => {
    const d = extract(
      [
        'Minister warns',
        'Ruritanian Foreign Minister Ivan Petrov spoke to reporters in Lisbon on Thursday.',
        'Referring to Bordurian President Karl Weber, he said the neighbours were "playing with fire" at the border.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'playing with fire')).toBe('Ivan Petrov');
  });

  it('when the opening phrase is a clause with its own subject and verb, then the pronoun may be that subject', () => {
    const d = extract(
      [
        'Dinner in Lisbon',
        'Ruritanian Foreign Minister Ivan Petrov hosted a dinner in Lisbon on Thursday.',
        'After Bordurian Foreign Minister Karl Weber arrived, he said the talks would be "long and hard" for both sides.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'long and hard')).toBe('Karl Weber');
  });
});

describe('a one-word name before an aside', () => {
  it('when a surname opens the sentence and a relative clause names someone else, then the surname speaks', () => {
    const d = extract(
      [
        'Talks in Lisbon',
        'Ruritanian Foreign Minister Ivan Petrov arrived in Lisbon on Thursday.',
        'Petrov, who met Secretary of State Karl Weber in Lisbon on Friday, said the talks had been "frank and useful" for both sides.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'frank and useful')).toBe('Ivan Petrov');
  });
});

describe('the body a statement or "it" stands for', () => {
  it('when a caption line names another body before "the statement read", then the body that acted issued it', () => {
    const d = extract(
      [
        'Note to the embassies',
        'The Ruritanian government has sent a sharply worded note to ten Western embassies.',
        'In its note, the Ruritanian Ministry of Foreign Affairs defended the police.',
        'Bordurian Embassy in Ruritania. /FILE',
        '"Ruritania remains a willing partner in the democratic project but cautions against prescriptive expressions," the statement read in part.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'Ruritania remains a willing partner')).toMatch(/Ruritanian (?:Foreign )?Ministry/);
  });

  it('when an acronym in parentheses is the last body named, then "the statement" is the body before it', () => {
    const d = extract(
      [
        'Note to the embassies',
        'The Ruritanian Ministry of Foreign Affairs sent a note to ten Western embassies on Monday.',
        'The ministry, led by Cabinet Secretary (CS) Ivan Petrov, defended the police.',
        '"Ruritania remains a willing partner in the democratic project but cautions against prescriptive expressions," the statement read in part.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'Ruritania remains a willing partner')).toMatch(/Ruritanian (?:Foreign )?Ministry/);
  });
});
