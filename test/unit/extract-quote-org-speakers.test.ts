// Quotations whose speaker is a body (a ministry, an office, an embassy), on invented text: a statement
// credited after the quotation by its issuer ("…," read a statement issued by the Foreign Office).
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('a statement credited by its issuer', () => {
  it('when the words are followed by "read a statement issued by" a body, then the body speaks', () => {
    const d = extract(
      [
        'Norway protests remarks by minister',
        'OSLO - Norway protested on Monday against remarks by a Swedish minister during a rally in Malmo.',
        '"The remarks show a troubling disregard for the good relations between our two nations," read a statement issued by the Norwegian Foreign Ministry on Monday.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'The remarks show')).toBe('Norwegian Foreign Ministry');
  });

  it('when the words are followed by an unnamed official who read a statement by a body, then the body is not the speaker', () => {
    const d = extract(
      [
        'Norway protests remarks by minister',
        'OSLO - Norway protested on Monday against remarks by a Swedish minister during a rally in Malmo.',
        '"The remarks show a troubling disregard for the good relations between our two nations," an official said after reading a statement issued by the Norwegian Foreign Ministry.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'The remarks show')).not.toBe('Norwegian Foreign Ministry');
  });
});
