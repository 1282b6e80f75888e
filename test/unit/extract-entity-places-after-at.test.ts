// A site named after "at" (server/src/extract/entities/places.ts, AFTER_AT): a capitalised name the lexicon
// does not know, right after "at" and closing its phrase ("received at Bangabhaban.", "a blast at Kelvora in
// the north", "stayed at Tarnek where"), is a place. A name a person or body of the article already holds
// ("at Vendrow," after "Minister Karl Vendrow"), a known body, or a name run on by a capitalised word is not.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

describe('places named after "at"', () => {
  it('when an unknown name follows "at" and closes its phrase, then it is a place', () => {
    const d = extract(
      [
        'Leaders meet for border talks',
        'The visiting president was received at Drenholm Palace grounds, then lunched at Velmarra.',
        'A roadside bomb went off at Kelvora in the north on Sunday, police said.',
        'The delegations will stay at Tarnek where the summit opens on Monday.',
        'The two ministers also met at Sendra Vallis on Tuesday.',
      ].join('\n'),
    );
    const places = namesOf(d, 'Place');
    expect(places).toEqual(expect.arrayContaining(['Velmarra', 'Kelvora', 'Tarnek', 'Sendra Vallis']));
  });

  it('when the name after "at" is held by a person or a body of the article, then it is no place', () => {
    const d = extract(
      [
        'Minister criticised over remarks',
        'Trade Minister Karl Vendrow spoke to reporters on Friday.',
        'Opposition members laughed at Vendrow, and then left the chamber.',
        'Qorvantix, a chemicals firm, said it would appeal. Engineers at Qorvantix, the firm said, were safe.',
      ].join('\n'),
    );
    const places = namesOf(d, 'Place');
    expect(places).not.toContain('Vendrow');
    expect(places).not.toContain('Qorvantix');
  });

  it('when "at" comes before a feast, a weekday or a time word, then no place is made', () => {
    const d = extract(
      [
        'Talks resume',
        'The talks resume at Easter, officials said. The vote was held at Noon.',
        'The envoy will arrive at Monday, and leave at Christmas.',
      ].join('\n'),
    );
    const places = namesOf(d, 'Place');
    expect(places).not.toContain('Monday');
    expect(places).not.toContain('Noon');
    expect(places).not.toContain('Easter');
    expect(places).not.toContain('Christmas');
  });
});
