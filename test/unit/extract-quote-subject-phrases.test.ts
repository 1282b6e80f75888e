// Subjects a quotation's sentence names (session 14): a collective noun opening its sentence ("The
// alliance said …", quotes/collective-body.ts), a body by its kind behind a possessive or with its "of"
// phrase ("the country's foreign ministry said", "the ministry of foreign affairs said",
// quotes/speaker-phrases.ts BODY_KIND), a name's owner in an apposition that is no subject ("X, Y's German
// counterpart, said", quotes/speech-subject.ts), and a body that opens a sentence of narration whose
// predicate quotes ("The ministry issued a note over the “…” of the envoy", quotes/paragraph-pass.ts,
// quotes:subject-of-own-sentence, not when another person or body is named before the words); the name
// "with" leads before a participle of saying ("with spokesman X calling it “…”") and a defence of
// something "as" the quoted words (quotes/speech-subject.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Row over fishing rights deepens';

/** The speaker's name and rule of the statement whose quotation starts with `start`, or undefined. */
function credit(body: string, start: string): string | undefined {
  const { d } = extractChecked(TITLE, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

describe('a collective noun that opens its sentence', () => {
  it('when "The alliance" or "The bloc" says the quoted words, then the organisation last named speaks', () => {
    expect(
      credit(
        'NATO met in Brussels on Monday. The alliance said any reply would be “swift and firm”.',
        'swift',
      ),
    ).toBe('NATO [quotes:collective-body]');
    expect(
      credit(
        'The European Union met in Brussels on Monday. The bloc warned that the fleet faced “severe consequences”.',
        'severe',
      ),
    ).toBe('European Union [quotes:collective-body]');
  });
});

describe('a body by its kind behind a possessive or with its "of" phrase', () => {
  it('when "the country\'s foreign ministry" speaks, then the ministry last named speaks', () => {
    const body =
      'The Kenyan Ministry of Foreign Affairs summoned the envoy on Friday. “The remarks were regrettable,” the country’s foreign ministry said.';
    expect(credit(body, 'The remarks')).toBe('Kenyan Foreign Ministry [quotes:body-by-kind]');
  });

  it('when "the ministry of foreign affairs" speaks, then the ministry last named speaks', () => {
    const body =
      'The Kenyan Ministry of Foreign Affairs summoned the envoy on Friday. “The remarks were regrettable,” the ministry of foreign affairs said.';
    expect(credit(body, 'The remarks')).toBe('Kenyan Foreign Ministry [quotes:body-by-kind]');
  });

  it('when no ministry was named before, then "the country\'s foreign ministry" names no one', () => {
    const body =
      'The envoy was summoned on Friday. “The remarks were regrettable,” the country’s foreign ministry said.';
    expect(credit(body, 'The remarks')).toBeUndefined();
  });
});

describe('the owner in an apposition', () => {
  it('when "X, Y\'s German counterpart, said", then X speaks, not Y', () => {
    const body =
      'Annalena Baerbock, Sergei Lavrov’s German counterpart, said the ties were “at their lowest in decades”.';
    expect(credit(body, 'at their lowest')).toBe('Annalena Baerbock [quotes:subject-of-verb-before]');
  });
});

describe('a body that opens a sentence whose predicate quotes', () => {
  it('when a ministry acts over the quoted words, then the ministry speaks them', () => {
    const body =
      'The envoy spoke at a rally on Thursday.\n\nThe Kenyan Ministry of Foreign Affairs issued a protest note over the “unacceptable interference” of the envoy.';
    expect(credit(body, 'unacceptable')).toBe('Kenyan Foreign Ministry [quotes:subject-of-own-sentence]');
  });

  it('when the subject is a country, then no one speaks the quoted words', () => {
    const body =
      'The envoy spoke at a rally on Thursday.\n\nKenya issued a protest note over the “unacceptable interference” of the envoy.';
    expect(credit(body, 'unacceptable')).toBeUndefined();
  });

  it("when the quoted words qualify remarks, then they are the remarks' author's, not the body's", () => {
    const body =
      'The envoy spoke at a rally on Thursday.\n\nThe Kenyan Ministry of Foreign Affairs summoned the envoy over his “reckless” remarks.';
    expect(credit(body, 'reckless')).toBeUndefined();
  });

  it('when the verb is in the present tense, then the sentence is no narration and no one speaks', () => {
    const body =
      'The envoy spoke at a rally on Thursday.\n\nThe Kenyan Ministry of Foreign Affairs provides the figures “as they are” to readers.';
    expect(credit(body, 'as they are')).toBeUndefined();
  });
});

describe('a body that opens a sentence whose predicate quotes, another one named before the words', () => {
  it('when a person is named between the body and the words, then no one speaks them', () => {
    const body =
      'The envoy spoke at a rally on Thursday.\n\nThe Kenyan Ministry of Foreign Affairs summoned the envoy to protest Olaf Scholz’s description of the vote as a “farce”.';
    expect(credit(body, 'farce')).toBeUndefined();
  });
});

describe('the subject of a participle of saying', () => {
  it('when "with" leads a name before the participle, then that name speaks, not the sentence\'s subject', () => {
    const body =
      'Berlin welcomed the move, with government spokesman Steffen Hebestreit calling the talks “a step forward” for the region.';
    expect(credit(body, 'a step forward')).toBe('Steffen Hebestreit [quotes:subject-of-verb-before]');
  });
});

describe('a defence of something as the quoted words', () => {
  it('when a body "defended" an act "as" the words, then the body speaks them', () => {
    const body =
      'The Kenyan Ministry of Foreign Affairs on Tuesday defended the recall as a “routine step in any administration”.';
    expect(credit(body, 'routine step')).toBe('Kenyan Foreign Ministry [quotes:subject-of-verb-before]');
  });
});
