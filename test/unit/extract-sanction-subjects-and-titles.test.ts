// Sanctions whose targets stand outside the plain "X imposed sanctions on Y" (session 37): the subject of
// "is among 25 Russians subject to X's travel bans", the object of a passive with a late "also" ("are
// imposed also on Y"), "counter-sanctions" imposed like sanctions, and a list after plural title
// abbreviations ("Sens. A and B", which end no sentence). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const sanctions = (body: string) => extractChecked('Sanctions', body);
const sanctioned = (body: string) => sanctions(body).rels.filter((r) => r.includes(' SANCTIONED '));

describe('sanctions that name their targets as a subject, a late passive object or after titles', () => {
  it('when a person "is among N Russians subject to UK travel bans", then the UK sanctioned that person', () => {
    expect(
      sanctioned(
        'Oleg Varin, a senior prosecutor, is among 30 Russians subject to UK travel bans and asset freezes.',
      ),
    ).toEqual(['United Kingdom SANCTIONED Oleg Varin']);
  });

  it('when a person is "among those" living under no measure, then no one is sanctioned', () => {
    expect(sanctioned('Oleg Varin is among 30 Russians who spoke against travel bans last year.')).toEqual(
      [],
    );
  });

  it('when sanctions "are imposed also on" a person, then that person is sanctioned', () => {
    const ev = sanctions('Sanctions are imposed also on businessman Pavel Dorin, the State Department said.')
      .d.events;
    const s = ev.find((e) => e.type === 'sanction');
    expect(s?.participants.some((p) => p.role === 'sanctioned')).toBe(true);
  });

  it('when a state "has imposed counter-sanctions on" a person, then the state sanctioned that person', () => {
    expect(
      sanctioned('Norway said on Friday that it has imposed counter-sanctions on Walter Brandt.'),
    ).toEqual(['Norway SANCTIONED Walter Brandt']);
  });

  it('when sanctions fall on "Sens. A, B and Rep. C", then each senator is sanctioned, the list in one sentence', () => {
    expect(
      sanctioned(
        'China announced sanctions on Sens. Mark Deller and Jon Harker and Rep. Anna Fulton on Monday.',
      ),
    ).toEqual([
      'China SANCTIONED Mark Deller',
      'China SANCTIONED Jon Harker',
      'China SANCTIONED Anna Fulton',
    ]);
  });
});
