// A quotation inside a sentence whose reporting clause closes it ("… had a “long” call …, the Kremlin said
// in a statement today."): the clause's subject speaks, also when the clause's tail says when with
// today, yesterday or tonight (quotes/beyond-sentence.ts REPORTING_CLAUSE). Not when the clause after the
// comma does something other than report. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Leaders hold call on border crisis';

/** The speaker's name and rule of the statement whose quotation starts with `start`, or "none". */
function credit(body: string, start: string): string {
  const { d } = extractChecked(TITLE, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st ? `${d.entities.find((e) => e.id === st.speaker)?.name}` : 'none';
}

describe('a reporting clause closing the sentence of a quotation inside it', () => {
  it('when the tail says "today", then the clause subject speaks', () => {
    const body =
      'The two presidents held a "frank" telephone conversation about the border, the Kremlin said in a statement today.';
    expect(credit(body, 'frank')).toBe('Kremlin');
  });

  it('when the tail says "yesterday", then the clause subject speaks', () => {
    const body = 'The envoy was told to deliver a "firm message" to his capital, the Kremlin said yesterday.';
    expect(credit(body, 'firm message')).toBe('Kremlin');
  });

  it('when the tail says "tonight", then the clause subject speaks', () => {
    const body =
      'The prime minister will travel to the capital for "urgent consultations", the Kremlin said in a statement tonight.';
    expect(credit(body, 'urgent consultations')).toBe('Kremlin');
  });

  it('when the clause after the comma does something else, then it does not credit the words', () => {
    const body = 'After the "unacceptable" shelling of the crossing, the Kremlin summoned the envoy today.';
    expect(credit(body, 'unacceptable')).not.toBe('Kremlin');
  });
});
