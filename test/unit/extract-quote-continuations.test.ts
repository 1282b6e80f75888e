// Quotation shapes real pages print and the speaker that goes with them (issue 9, session 4), on invented
// text: a ” set as an opening mark, a closing mark whose opening mark the page dropped or set in the
// paragraph before, a passive verb before a quotation that someone is credited with, "he said" after a
// named speaker's quotation, "she" that a male name cannot be, and a clause with its own verb of saying
// read as the clause it is, not as an apposition.
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('quotation marks facing the wrong way or missing', () => {
  it('when ” opens the words at a paragraph start, then they are a quotation of the one credited after them', () => {
    const d = extract(
      [
        'Paris recalls envoy',
        'France recalled its ambassador on Saturday.',
        '”These comments are unacceptable. We demand an apology”, French Foreign Minister Henri Valmont told reporters.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'These comments are unacceptable')).toBe('Henri Valmont');
  });

  it('when a paragraph ends a quotation the paragraph before opened, then the words of both are one quotation', () => {
    const d = extract(
      [
        'Envoys declared unwelcome',
        'President Orhan Kelebek spoke in Bursa on Saturday.',
        '“I gave the order to our foreign minister: these envoys must leave at once.',
        'You will sort it out immediately,” Kelebek said in a speech.',
      ].join('\n'),
    );
    // (One continuous quotation, one statement: since session 5 the two paragraphs are not split.)
    expect(speakerOf(d, 'I gave the order')).toBe('Orhan Kelebek');
    expect(d.statements.find((x) => x.quote.startsWith('I gave'))!.quote).toContain('You will sort it out');
  });
});

describe('speakers', () => {
  it('when a passive verb stands before a quotation that a name is credited with, then the name speaks', () => {
    const d = extract(
      [
        'Envoys to be expelled',
        'The envoys who backed the jailed activist Tarik Demirel will be declared "persona non grata," President Orhan Kelebek said on Saturday.',
        '"I have ordered our foreign minister to act as soon as possible," he said.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'persona non grata')).toBe('Orhan Kelebek');
    // ("he said" after his quotation: the one who spoke last, not the activist named first.)
    expect(speakerOf(d, 'I have ordered')).toBe('Orhan Kelebek');
  });

  it('when "she" follows a man and a woman, then she is the woman', () => {
    const d = extract(
      [
        'Leaders meet',
        'Russian President Vladimir Putin met German Chancellor Angela Merkel in Moscow. "We discussed the gas contracts," she said after the talks.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'We discussed')).toBe('Angela Merkel');
  });

  it('when ", the US president said that …," opens a clause, then it is the subject of the participle after it', () => {
    const d = extract(
      [
        'Protest over remarks',
        'Foreign Ministry spokeswoman Lin Qiaomei said on Wednesday that Beijing had protested the remarks of US President Joe Biden.',
        'During a speech in Ohio on Tuesday, the US president said that the visit had failed, adding that this was "a great embarrassment for everyone."',
      ].join('\n'),
    );
    expect(speakerOf(d, 'a great embarrassment')).toBe('Joe Biden');
  });
});

describe('verbs and referents', () => {
  it('when a body "issued the following statement:", then the quotation after it is the body’s', () => {
    const d = extract(
      [
        'Envoy summoned',
        'On March 26, the Indian Ministry of External Affairs issued the following statement: “The envoy was summoned and a protest was lodged.”',
      ].join('\n'),
    );
    expect(speakerOf(d, 'The envoy was summoned')).toBe('Indian Ministry of External Affairs');
  });

  it('when "he referred to X as “…”", then he is the one named before the pronoun, not X', () => {
    const d = extract(
      [
        'Ambassador summoned',
        'Beijing summoned the envoy, escalating its anger against President Biden after he referred to Chinese President Xi Jinping as a “dictator” this week.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'dictator')).toBe('Biden');
  });

  it('when "the president" could be two presidents, then it is the one last named as a subject', () => {
    const d = extract(
      [
        'Remarks defended',
        'President Biden spoke in Washington. Chinese President Xi Jinping was not there.',
        'Biden on Thursday dismissed claims that his remarks about Xi had hurt relations.',
        'The president said he expects to meet with Xi “sometime in the near future.”',
      ].join('\n'),
    );
    expect(speakerOf(d, 'sometime in the near future')).toBe('Biden');
  });
});

describe('a quotation the next paragraph points back to', () => {
  it('when a quotation stands alone and the next paragraph says whose words they were, then that one speaks', () => {
    const d = extract(
      [
        'Envoy expelled',
        '“We will not tolerate interference in our internal affairs.”',
        'That was the message from Foreign Minister Adjoa Mensimah on Monday, as the envoy was expelled.',
        '"This decision is final."',
        'With these words, Prime Minister Tomas Vrbenko announced the expulsion of 18 diplomats.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'We will not tolerate')).toBe('Adjoa Mensimah');
    expect(speakerOf(d, 'This decision is final')).toBe('Tomas Vrbenko');
  });
});
