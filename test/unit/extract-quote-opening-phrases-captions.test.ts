// Quote speakers, session 16, on invented text: a pronoun after an opening phrase that names someone else
// ("After meeting X, he said"), a one-word name before an aside ("Petrov, who met X, said"), and the body
// "the statement" or "it" stands for when a caption names another body or an acronym sits in parentheses,
// a subject that only says how it spoke before a colon ("X was blunt: “…”"), the agent of a passive verb of
// saying ("Y was told by X that …"), a statement's issuer named in the sentence before a quotation standing
// alone ("the statement issued by X", "Statement of X on …").
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

describe('a speaker named without a verb of saying of its own', () => {
  it('when a sentence only says how its subject spoke before a colon, then the subject speaks', () => {
    const d = extract(
      [
        'Minister rejects ultimatum',
        'Ruritanian Foreign Minister Ivan Petrov met reporters in Lisbon on Monday.',
        'Petrov was blunt: "We will not accept any ultimatum from our neighbours."',
      ].join('\n'),
    );
    expect(speakerOf(d, 'We will not accept any ultimatum')).toBe('Ivan Petrov');
  });

  it('when a body by its kind did not mince its words before a colon, then the body speaks', () => {
    const d = extract(
      [
        'Ministry rejects ultimatum',
        'The Ruritanian Ministry of Foreign Affairs summoned the ambassador of Borduria on Monday.',
        'The ministry did not mince its words: "Ruritania will not accept any ultimatum."',
      ].join('\n'),
    );
    expect(speakerOf(d, 'Ruritania will not accept')).toMatch(/Ruritanian (?:Foreign )?Ministry/);
  });

  it('when the one told is the subject of a passive verb of saying, then the agent after "by" speaks', () => {
    const d = extract(
      [
        'Envoy summoned',
        'Ruritanian Foreign Minister Ivan Petrov met Bordurian Ambassador Karl Weber on Monday.',
        'Weber was told by Petrov that the remarks were "unacceptable and offensive" to the people of Ruritania.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'unacceptable and offensive')).toBe('Ivan Petrov');
  });

  it('when an active verb of saying follows the passive one, then its subject speaks', () => {
    const d = extract(
      [
        'Envoy summoned',
        'Ruritanian Foreign Minister Ivan Petrov met Bordurian Ambassador Karl Weber on Monday.',
        'Weber was told by Petrov about the decision, and Weber later said it was "a grave mistake" by the government.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'a grave mistake')).toBe('Karl Weber');
  });
});

describe('a quotation standing alone after a sentence that names a statement’s issuer', () => {
  it('when the sentence before says whom the statement was issued by, then the issuer speaks', () => {
    const d = extract(
      [
        'Ruritania expels two diplomats',
        'Ruritania expelled two Bordurian diplomats on Monday.',
        'The following is the full text of the statement issued by the Ruritanian Ministry of Foreign Affairs on Monday.',
        '"The Government of Ruritania has decided to declare two diplomats of the Bordurian Embassy persona non grata."',
      ].join('\n'),
    );
    expect(speakerOf(d, 'The Government of Ruritania has decided')).toMatch(
      /Ruritanian (?:Foreign )?Ministry/,
    );
  });

  it('when a line before is the statement’s title ("Statement of X on …"), then X speaks', () => {
    const d = extract(
      [
        'Ruritania expels two diplomats',
        'Ruritania expelled two Bordurian diplomats on Monday.',
        'Statement of the Ruritanian Ministry of Foreign Affairs on the expulsion of Bordurian diplomats',
        '"The Government of Ruritania has decided to declare two diplomats of the Bordurian Embassy persona non grata."',
      ].join('\n'),
    );
    expect(speakerOf(d, 'The Government of Ruritania has decided')).toMatch(
      /Ruritanian (?:Foreign )?Ministry/,
    );
  });
});
