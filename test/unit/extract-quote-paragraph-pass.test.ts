// The quote-attribution pass over a paragraph and the one before (session 13, quotes/paragraph-pass.ts): a
// sentence opened by "It", "He" or "She" whose verb of saying comes after another verb, a quotation
// standing alone after a sentence whose subject acted; "he said" after "He accused Y …" (context.ts
// pronounAntecedent); a statement named by another noun ("the document reads"). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Row over fishing rights deepens';

/** The speaker's name and rule of the statement whose quotation starts with `start`, or undefined. */
function credit(body: string, start: string, title = TITLE): string | undefined {
  const { d } = extractChecked(title, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

describe('a sentence opened by a pronoun whose verb of saying comes after another verb', () => {
  it('when "It" opens the sentence after one a body opened, then that body speaks', () => {
    const body =
      'The Kenyan Foreign Ministry replied to the envoys on Tuesday. It defended the police while warning foreign missions against making “overly prescriptive” statements.';
    expect(credit(body, 'overly')).toBe('Kenyan Foreign Ministry [quotes:it-opening-sentence]');
  });

  it('when "It" opens the sentence and no body opened the one before nor was quoted, then no one speaks', () => {
    const body =
      'Talks on the fishing deal resumed in Nairobi on Tuesday. It was unclear whether the envoys, warning against “overly prescriptive” demands, would attend.';
    expect(credit(body, 'overly')).toBeUndefined();
  });

  it('when "He" opens the sentence and thanks someone before saying the words, then his antecedent speaks', () => {
    const body =
      'Sergei Lavrov spoke to reporters in Moscow on Monday. He thanked Wang Yi for the invitation and said the talks had been “useful and frank”.';
    expect(credit(body, 'useful')).toBe('Sergei Lavrov [quotes:pronoun-opening-sentence]');
  });
});

describe('a quotation standing alone after a sentence whose subject acted', () => {
  it('when a body summoned someone in the sentence before, then the body speaks the quotation after it', () => {
    const body =
      "Russia's Foreign Ministry summoned the British ambassador Nigel Casey on Monday over the expulsion.\n\n“Such actions will not go unanswered and Moscow will respond in kind.”\n\nThe ambassador left without comment.";
    expect(credit(body, 'Such actions')).toBe('Russian Foreign Ministry [quotes:subject-of-sentence-before]');
  });

  it('when the sentence before has no named subject, then no one speaks the quotation', () => {
    const body =
      'Tensions rose sharply on Monday after the expulsion.\n\n“Such actions will not go unanswered and we will respond in kind.”\n\nThe ambassador left without comment.';
    expect(credit(body, 'Such actions')).toBeUndefined();
  });

  it('when words follow the quotation in its sentence, then the rule does not read it', () => {
    const body =
      "Russia's Foreign Ministry summoned the British ambassador Nigel Casey on Monday.\n\n“Such actions will not go unanswered” was the message of the day.";
    expect(credit(body, 'Such actions')).toBeUndefined();
  });
});

describe('"he said" after a sentence the same pronoun opens', () => {
  it('when "He accused Y" stands between a speaker and "he said", then the speaker speaks again', () => {
    const body =
      '“We will respond to this,” Sergei Lavrov told reporters on Monday. He accused Antony Blinken of lying about the talks.\n\n“Nobody believes these stories any more,” he said.';
    // (From session 41 the pronoun goes on quoting the last speaker, generic-role.ts: the same person.)
    expect(credit(body, 'Nobody')).toBe('Sergei Lavrov [quotes:pronoun-previous-speaker]');
  });

  it('when the sentence between is opened by a name, then its person is "he"', () => {
    const body =
      '“We will respond to this,” Sergei Lavrov told reporters on Monday. Antony Blinken rejected the claim in Washington.\n\n“Nobody believes these stories any more,” he said.';
    expect(credit(body, 'Nobody')).toBe('Antony Blinken [quotes:pronoun]');
  });
});

describe('a statement named by another noun ("the document reads", "read the letter")', () => {
  const NOTE =
    'The Russian Foreign Ministry on Monday summoned British Ambassador Nigel Casey and handed him a note.\n\n';
  it('when "the document reads" follows the quotation, then the body that issued it speaks', () => {
    expect(
      credit(`${NOTE}“London bears full responsibility for the consequences,” the document reads.`, 'London'),
    ).toBe('Russian Foreign Ministry [quotes:the-statement]');
  });

  it('when "read the letter" follows the quotation, then the body that issued it speaks', () => {
    expect(
      credit(`${NOTE}“London bears full responsibility for the consequences,” read the letter.`, 'London'),
    ).toBe('Russian Foreign Ministry [quotes:the-statement]');
  });
});
