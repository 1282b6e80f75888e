// A quotation given to a role phrase whose body runs straight into a person's name ("…," said spokesman
// for the Ministry of Foreign Affairs X; the spokeswoman of the Ministry of Defence X said "…") is the
// person's; the body's when no name follows it, and the first name's in "X, a spokeswoman for Minister Y,
// said". Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('the person named right after the body speaks', () => {
  it('reads "said spokesman for the Ministry of Foreign Affairs X" after the quotation', () => {
    const d = extract(
      'Baku replies\n\n"Interference is unacceptable," said spokesman for the Ministry of Foreign Affairs Elman Abdullayev on Monday.',
    );
    expect(speakerOf(d, 'Interference is unacceptable')).toBe('Elman Abdullayev');
  });

  it('reads "said the spokesman for the Ministry of Foreign Affairs X"', () => {
    const d = extract(
      'Baku replies\n\n"We will respond," said the spokesman for the Ministry of Foreign Affairs Hikmet Hajiyev.',
    );
    expect(speakerOf(d, 'We will respond')).toBe('Hikmet Hajiyev');
  });

  it('reads a role phrase before the verb: "the spokeswoman of the Ministry of Defence X said"', () => {
    const d = extract(
      'Drills end\n\nThe spokeswoman of the Ministry of Defence Laura Conti said: "The drills have ended."',
    );
    expect(speakerOf(d, 'The drills have ended')).toBe('Laura Conti');
  });

  it('reads "added an official of the Department of Foreign Affairs X" in the past', () => {
    const d = extract(
      'Talks resume\n\n"The talks went well," added an official of the Department of Foreign Affairs Tomas Byrne.',
    );
    expect(speakerOf(d, 'The talks went well')).toBe('Tomas Byrne');
  });
});

describe('the body or the first name as before', () => {
  it('keeps the body when no name follows it', () => {
    const d = extract(
      'Baku replies\n\n"Interference is unacceptable," said a spokesman for the Ministry of Foreign Affairs of Azerbaijan.',
    );
    expect(speakerOf(d, 'Interference is unacceptable')).toBe('Azerbaijani Foreign Ministry');
  });

  it('keeps the name before "a spokeswoman for Minister Y"', () => {
    const d = extract(
      'Ottawa concerned\n\nAnna Roy, a spokeswoman for Foreign Minister Jean Tremblay, said Canada was "seriously concerned" by the move.',
    );
    expect(speakerOf(d, 'seriously concerned')).toBe('Anna Roy');
  });
});
