// "X met Y on Monday, the ministry said in a statement." then "“…,” the statement said": the statement's
// issuer is the subject of the reporting clause after the comma, not the sentence's first name
// (server/src/extract/quotes/statement-issuer.ts introducedIssuer).
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('the issuer of a statement reported in a clause after a comma', () => {
  it.each([
    [
      'President Emil Borg and his Latvian counterpart Arturs Kalns held a long call on the crisis, the Estonian Foreign Ministry said in a statement on Monday.\n\n“The presidents exchanged views on the situation,” the statement said.',
      'The presidents exchanged',
      'Estonian Foreign Ministry',
    ],
    [
      'Minister Lena Sorensen summoned the Polish envoy on Tuesday, the Danish Foreign Ministry announced in a statement.\n\n“The minister protested strongly,” the statement read.',
      'The minister protested',
      'Danish Foreign Ministry',
    ],
  ])('when "%s", then the statement’s words are the issuer’s', (body, quote, speaker) => {
    expect(speakerOf(extract(`Envoy row\n${body}`), quote)).toBe(speaker);
  });

  it('when the clause after the comma names no one, then the sentence’s subject issued it', () => {
    const d = extract(
      'Envoy row\nMinister Emil Borg, speaking in Tallinn, said in a statement that the envoy was summoned.\n\n“The envoy was told to leave,” the statement read.',
    );
    expect(speakerOf(d, 'The envoy was told')).toBe('Emil Borg');
  });

  it('when a person heads the clause after the comma, then that person issued it', () => {
    const d = extract(
      'Envoy row\nThe Estonian Foreign Ministry summoned the envoy on Monday, Minister Emil Borg said in a statement.\n\n“The envoy was told to leave,” the statement read.',
    );
    expect(speakerOf(d, 'The envoy was told')).toBe('Emil Borg');
  });
});
