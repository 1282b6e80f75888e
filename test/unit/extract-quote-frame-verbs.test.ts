// The verbs of a quotation's reporting clause, subject before or after them, are one list in
// saying-verbs.ts (QUOTE_FRAME_VERBS): quotes/speaker-phrases.ts builds SPEECH_AFTER and SPEECH_INVERTED
// from it, so a verb that credits a quotation after its subject credits it before its subject too
// ("…,” argued X", "…,” confirmed the X"), "told" and "tells" left out of the inverted order.
// Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { SPEECH_AFTER, SPEECH_INVERTED } from '../../server/src/extract/quotes/speaker-phrases.js';
import { QUOTE_FRAME_VERBS, SAYING_AFTER_SUBJECT } from '../../server/src/extract/saying-verbs.js';
import { extractChecked } from '../helpers/extract-text.js';

function speaker(body: string, start: string): string | undefined {
  const { d } = extractChecked('Port row', body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && d.entities.find((e) => e.id === st.speaker)?.name;
}

describe('the verbs of a reporting clause', () => {
  it('when a verb reports after its subject, then the quotation frame holds it in both orders', () => {
    for (const verb of SAYING_AFTER_SUBJECT) expect(QUOTE_FRAME_VERBS).toContain(verb);
    for (const verb of ['argued', 'confirmed', 'quipped', 'pointed out']) {
      expect(SPEECH_AFTER.test(`${verb} on Monday`)).toBe(true);
      expect(SPEECH_INVERTED.test(`, ${verb} the minister`)).toBe(true);
    }
  });

  it('when the verb is "told" or "tells", then only the order after a subject reads it', () => {
    expect(SPEECH_AFTER.test('told reporters')).toBe(true);
    expect(SPEECH_INVERTED.test(', told the Senate')).toBe(false);
    expect(SPEECH_INVERTED.test(', tells the Senate')).toBe(false);
  });

  it('when a word only starts like a verb of saying, then it is none', () => {
    expect(SPEECH_AFTER.test('readily agreed')).toBe(false);
    expect(SPEECH_INVERTED.test(', saidly the minister')).toBe(false);
  });
});

describe('a quotation credited by an inverted verb of the shared list', () => {
  it('when "argued" or "confirmed" comes before the speaker, then the speaker is read', () => {
    expect(speaker('“The harbour stays closed,” argued Ana Lind, the port director.', 'The harbour')).toBe(
      'Ana Lind',
    );
    expect(
      speaker('“The harbour stays closed,” confirmed the Harbour Authority on Monday.', 'The harbour'),
    ).toBe('Harbour Authority');
  });
});
