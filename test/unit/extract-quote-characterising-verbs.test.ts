// Verbs that characterise or disclose in words, before a quotation in their sentence (saying-verbs.ts
// QUOTE_SPEECH_BEFORE): "X characterized the ties as “…”", "X, who spoke of “…”", ", disclosing that
// they were “…”". Their subject speaks the quotation, as with "described … as" and ", adding". The same
// words with no quotation after them, or a quotation another verb frames, credit no one new.
import { describe, expect, it } from 'vitest';
import { QUOTE_SPEECH_BEFORE } from '../../server/src/extract/saying-verbs.js';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) => speakerOf(extractChecked('Talks stall', body).d, start);

describe('verbs that characterise or disclose, before a quotation', () => {
  it('are in the one list of verbs before a quotation, in both spellings', () => {
    // (Not "characterizing": a judging verb's participle stays out of the list, saying-verbs.ts says why.)
    for (const v of ['characterized', 'characterised', 'disclosing', 'spoke of'])
      expect(QUOTE_SPEECH_BEFORE).toContain(v);
  });

  it.each([
    [
      'Foreign Minister Tarn Velko characterized the border talks as “a dead end for everyone.”',
      'Tarn Velko',
    ],
    [
      'Foreign Minister Tarn Velko characterised the border talks as “a dead end for everyone.”',
      'Tarn Velko',
    ],
    [
      'Premier Lida Morrow met the envoy on Monday. Later she characterized the visit as “a dead end for everyone.”',
      'Lida Morrow',
    ],
  ])('"characterized … as": %s', (body, name) => {
    expect(speaker(body, 'a dead end')).toBe(name);
  });

  it('the subject before a relative "who spoke of" speaks its quotation', () => {
    expect(
      speaker(
        'The envoy was recalled after a sharp reply from Premier Lida Morrow, who spoke of “a plain insult to our people,” on Friday.',
        'a plain insult',
      ),
    ).toBe('Lida Morrow');
  });

  it('a participle "disclosing that" after a reporting clause gives its subject', () => {
    expect(
      speaker(
        '“We agreed on several points,” said Premier Lida Morrow, disclosing that they covered “grain, fuel and port fees.”',
        'grain, fuel',
      ),
    ).toBe('Lida Morrow');
  });

  it('no quotation after the verb: no statement is made from it', () => {
    const { d } = extractChecked(
      'Talks stall',
      'Foreign Minister Tarn Velko characterized the border talks as a dead end. Premier Lida Morrow spoke of reform.',
    );
    expect(d.statements).toEqual([]);
  });

  it('a quotation framed by a later speaker keeps that speaker', () => {
    expect(
      speaker(
        'Premier Lida Morrow characterized the talks as hard. “We will not sign this deal,” Foreign Minister Tarn Velko said.',
        'We will not',
      ),
    ).toBe('Tarn Velko');
  });
});
