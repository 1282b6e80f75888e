// "According to X, Y said “…”" (session 30): the source X only relays; the clause after the comma has its
// own subject and verb of saying, and that subject speaks. Not when the clause's verb belongs to a noun
// phrase or another clause ("the sanctions Washington said it would impose"), nor with no verb at all
// (quotes/according-relay.ts); "X said Y conveyed “…”" gives them to Y. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Moscow answers new sanctions';

/** The speaker's name of the statement whose quotation starts with `start`. */
function speaker(body: string, start: string): string | undefined {
  const { d, name } = extractChecked(TITLE, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st?.speaker ? name(st.speaker) : undefined;
}

describe('"According to X, Y said": Y speaks', () => {
  it('when a named subject with its title follows the comma, then that subject speaks', () => {
    expect(
      speaker(
        'According to TASS, Kremlin spokesman Dmitry Peskov said: “The sanctions will only harm bilateral relations.”',
        'The sanctions',
      ),
    ).toBe('Dmitry Peskov');
    expect(
      speaker(
        'According to the Kremlin, Yuri Ushakov, the president’s aide, told reporters that “the talks are over for now.”',
        'the talks',
      ),
    ).toBe('Yuri Ushakov');
  });

  it('when "he" follows the comma, then the person the pronoun stands for speaks', () => {
    expect(
      speaker(
        'Deputy Foreign Minister Sergei Ryabkov met the envoy on Tuesday. According to Interfax, he said “the dialogue is frozen.”',
        'the dialogue',
      ),
    ).toBe('Sergei Ryabkov');
  });
});

describe('"According to X, …" with no clause of its own: X speaks', () => {
  it('when the verb after the comma belongs to a noun phrase, then the source speaks', () => {
    expect(
      speaker(
        'According to Dmitry Peskov, the sanctions Washington said it would impose “will only harm bilateral relations.”',
        'will only',
      ),
    ).toBe('Dmitry Peskov');
    expect(
      speaker(
        'According to Sergei Lavrov, what Washington said last week was “a provocation and a lie.”',
        'a provocation',
      ),
    ).toBe('Sergei Lavrov');
  });

  it('when no verb of saying follows the comma, then the source speaks', () => {
    expect(
      speaker(
        'According to Sergei Lavrov, the talks were “constructive and useful for both sides.”',
        'constructive',
      ),
    ).toBe('Sergei Lavrov');
  });
});

// "X said that Y conveyed “…”" (session 30): "conveyed" is a verb of saying, so the words are Y's, the
// reported clause's subject, not those of the body that reports it; a passive "was conveyed" is none.
describe('"conveyed" as a verb of saying', () => {
  it('when a body says its official conveyed the words, then the official speaks', () => {
    expect(
      speaker(
        'In a statement on Sunday, the Chinese Foreign Ministry said that its assistant foreign minister, Liu Jianchao, conveyed Beijing’s “strong dissatisfaction” over the remarks.',
        'strong',
      ),
    ).toBe('Liu Jianchao');
    expect(
      speaker(
        'The German Foreign Office said State Secretary Thomas Bagger conveyed “grave concern” to the Iranian ambassador on Monday.',
        'grave',
      ),
    ).toBe('Thomas Bagger');
  });

  it('when "conveyed" is passive, then its subject does not speak', () => {
    expect(
      speaker(
        'The German Foreign Office said the letter, which was conveyed to the embassy, described the remarks as “unacceptable”.',
        'unacceptable',
      ),
    ).toBe('German Foreign Office');
  });
});
