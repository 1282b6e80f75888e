// A verb of saying used in another sense ("maintained good relations", "declared him “persona non grata”",
// "observed the truce") is no verb of saying: its subject is not the speaker, and the verb of saying before it
// keeps the quotation. Used to say something ("observed that", "maintained that"), it still counts.
import { describe, expect, it } from 'vitest';
import { inSayingSense } from '../../server/src/extract/quotes/saying-sense.js';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('verbs of saying in another sense', () => {
  it('tells the other sense by what follows the verb', () => {
    expect(inSayingSense('maintained', ' good relations with Chile, but “')).toBe(false);
    expect(inSayingSense('maintains', ' close ties with the rebels “')).toBe(false);
    expect(inSayingSense('observed', ' a minute of silence and “')).toBe(false);
    expect(inSayingSense('declared', ' him “')).toBe(false);
    expect(inSayingSense('declared', ' three Latvian diplomats “')).toBe(false);
    expect(inSayingSense('noted', ' for its “')).toBe(false);
    expect(inSayingSense('stressed', ' out by the “')).toBe(false);
    // Saying: a that-clause, a colon, a quotation, a label with an article, a stand held.
    expect(inSayingSense('maintained', ' that the vote was “')).toBe(true);
    expect(inSayingSense('observed', ': “')).toBe(true);
    expect(inSayingSense('observed', ', “')).toBe(true);
    expect(inSayingSense('declared', ' the vote “a sham')).toBe(true);
    expect(inSayingSense('declared', ' that the border “')).toBe(true);
    expect(inSayingSense('maintained', ' his innocence, calling the charges “')).toBe(true);
    expect(inSayingSense('noted', ' the “')).toBe(true);
    expect(inSayingSense('maintains', ' the move is “')).toBe(true);
    expect(inSayingSense('said', ' the ties “')).toBe(true);
  });

  it('keeps the outer speaker when a reported clause uses such a verb', () => {
    const a = extract(
      'Row deepens\n\nMr Tomas Kaluwe said his sister, former president Maria Tendai, had maintained good relations with Zambia, but Mr Obi should not "meddle" in its affairs.',
    );
    expect(speakerOf(a, 'meddle')).toBe('Tomas Kaluwe');
    const b = extract(
      'Envoy praised\n\nForeign Minister Lena Okafor said the ambassador had always maintained the "highest standards" of the service.',
    );
    expect(speakerOf(b, 'highest standards')).toBe('Lena Okafor');
  });

  it('gives a status conferred by "declared" to no speaker, but keeps words said', () => {
    const a = extract(
      'Envoy expelled\n\nFinance Minister Pedro Alves expelled the attaché on Monday and declared him "persona non grata" without notice.',
    );
    expect(speakerOf(a, 'persona non grata')).toBeUndefined();
    const b = extract(
      'Vote disputed\n\nOpposition leader Pedro Alves declared that the vote was "a sham" and called for protests.',
    );
    expect(speakerOf(b, 'a sham')).toBe('Pedro Alves');
    const c = extract('Talks end\n\nMinister Anna Berg observed that the talks had been "constructive".');
    expect(speakerOf(c, 'constructive')).toBe('Anna Berg');
  });
});
