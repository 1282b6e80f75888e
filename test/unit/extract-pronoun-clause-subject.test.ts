// "He"/"she" whose nearest sentence names a possessor ("X's remarks referred to Y"), a person inside an
// opening phrase ("Before meeting X, Y held talks") or is opened by the same pronoun ("He hailed X's
// visit, where he said …"): the antecedent is the sentence's subject (server/src/extract/clause-subject.ts,
// context.ts pronounAntecedent).
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('a pronoun takes the subject of the sentence before it', () => {
  it.each([
    [
      'Chancellor Otto Brandt met Prime Minister Lena Falk in Bern on Monday. Before meeting the prime minister, Chancellor Otto Brandt held talks with President Karl Weiss. “The talks with our neighbour were warm and useful,” he said after the meeting.',
      'The talks with our neighbour',
      'Otto Brandt',
    ],
    [
      'Senator Paul Dorn criticised the envoy on Monday. Dorn’s remarks followed a speech by visiting envoy Mark Vell in Riga, when he told students the border was closed. He also said the visas were “too costly” for students.',
      'too costly',
      'Mark Vell',
    ],
    [
      'Minister Ivo Kask thanked President Tom Lind, telling Lind that his country stood ready to help. He also hailed Lind’s visit to Oslo last year, where he said “our two nations are old friends”.',
      'our two nations are old friends',
      'Ivo Kask',
    ],
    [
      'A day after President Tom Lind arrived, Foreign Minister Ivo Kask spoke to reporters. “Nothing has changed since spring,” he said.',
      'Nothing has changed since spring',
      'Ivo Kask',
    ],
    [
      'When President Tom Lind called, Foreign Minister Ivo Kask was in Oslo. “The call was short and polite,” he said.',
      'The call was short and polite',
      'Ivo Kask',
    ],
  ])('when "%s", then the quotation is the subject’s', (body, quote, speaker) => {
    expect(speakerOf(extract(`Leaders speak\n${body}`), quote)).toBe(speaker);
  });

  it('when the opening phrase names the only person, then that person stays the antecedent', () => {
    const d = extract(
      'Envoy speaks\nDuring a visit to Lagos, Ambassador Karl Moen met business leaders. He said the trade ties were “very strong” already.',
    );
    expect(speakerOf(d, 'very strong')).toBe('Karl Moen');
  });

  it('when the possessor is the only person named, then the possessor stays the antecedent', () => {
    const d = extract(
      'Envoy speaks\nAmbassador Karl Moen’s visit to Lagos ended on Monday. He said the trade ties were “very strong” already.',
    );
    expect(speakerOf(d, 'very strong')).toBe('Karl Moen');
  });
});
