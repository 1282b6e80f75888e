// A statement's issuer carried across sentences, on invented text: after a quotation credited to a
// statement ("A statement on X's website said: “…”", "a statement issued by the ministry said"), "It
// added: “…”", "“…,” it said", "The statement went on to say …" and "The document also said …" are the
// issuer's, a person's too; not once a body or place is named since ("The ministry summoned X. It said"),
// nor after a quotation that no statement carried.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speakerAfter = (lead: string, statement: string, next: string) =>
  speakerOf(
    extractChecked(
      'Leaders talk',
      `${lead}\n\n${statement} “The talks covered trade and security.”\n\n${next}`,
    ).d,
    'The envoys will meet',
  );

const persons =
  'Chilean President Gabriel Boric received Argentine President Javier Milei in Santiago on Monday.';
const bodies = 'Lithuania expelled a Belarusian diplomat on Friday, the BNS news agency reported.';

describe('a person’s statement, then "it"', () => {
  it.each([
    'It added: “The envoys will meet again in May.”',
    'It also said: “The envoys will meet again in May.”',
    'But it added: “The envoys will meet again in May.”',
    '“The envoys will meet again in May,” it added.',
    'The statement went on to say that “The envoys will meet again in May.”',
    'The statement added: “The envoys will meet again in May.”',
  ])('A statement on Boric’s website said: “…” — %s: Boric speaks', (next) => {
    expect(speakerAfter(persons, 'A statement on Boric’s official website said:', next)).toBe(
      'Gabriel Boric',
    );
  });
});

describe('a body’s statement, then "it", not the agency that reported it', () => {
  it.each([
    'It added: “The envoys will meet again in May.”',
    '“The envoys will meet again in May,” it said.',
  ])('A statement issued by the Lithuanian Foreign Ministry said: “…” — %s', (next) => {
    expect(
      speakerAfter(bodies, 'A statement issued by the Lithuanian Foreign Ministry on Friday said:', next),
    ).toBe('Lithuanian Foreign Ministry');
  });
});

describe('negatives', () => {
  it('when a body is named after the statement, then "It said" is that body', () => {
    const next =
      'The Chilean Foreign Ministry later summoned the envoy. It said: “The envoys will meet again in May.”';
    expect(speakerAfter(persons, 'A statement on Boric’s official website said:', next)).toBe(
      'Chilean Foreign Ministry',
    );
  });

  it('when someone else was quoted since the statement, then "It added" is not the statement’s issuer', () => {
    const next =
      'Milei told reporters: “We are neighbours.”\n\nIt added: “The envoys will meet again in May.”';
    expect(speakerAfter(persons, 'A statement on Boric’s official website said:', next)).not.toBe(
      'Gabriel Boric',
    );
  });
});
