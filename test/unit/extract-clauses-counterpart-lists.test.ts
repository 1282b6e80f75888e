// Two persons coordinated through a possessive counterpart ("A and her visiting Chinese counterpart B",
// "A and his host, B") are one list (clauses/mention-lists.ts, GAP): as the subject of a meeting verb,
// after "talks between", and as the subject of a passive reception. A possessive that is no counterpart
// ("her spokesman") joins no one. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const parties = (r: ReturnType<typeof extractChecked>) =>
  r.events('meeting').map((e) => e.participants.map((p) => r.name(p.entity)).sort());

describe('a counterpart coordinated with a person', () => {
  it('"A and his visiting <demonym> counterpart B held talks": A met B', () => {
    const r = extractChecked(
      'Talks in Santiago',
      'Chilean President Gabriel Boric and his visiting Argentine counterpart Alberto Fernandez held bilateral talks at La Moneda on Tuesday.',
    );
    expect(parties(r)).toEqual([['Alberto Fernandez', 'Gabriel Boric']]);
    expect(r.rels).toContain('Alberto Fernandez MET Gabriel Boric');
  });

  it('"talks between A and her <demonym> counterpart B": A met B', () => {
    const r = extractChecked(
      'Talks in Berlin',
      'Talks between Foreign Minister Annalena Baerbock and her Polish counterpart Radoslaw Sikorski lasted two hours on Friday.',
    );
    expect(parties(r)).toEqual([['Annalena Baerbock', 'Radoslaw Sikorski']]);
    expect(r.rels).toContain('Annalena Baerbock MET Radoslaw Sikorski');
  });

  it('"A and his host, B," with the name set off by commas', () => {
    const r = extractChecked(
      'Summit in Paris',
      'Prime Minister Fumio Kishida and his host, President Emmanuel Macron, held a summit at the Elysee on Thursday.',
    );
    expect(r.rels).toContain('Emmanuel Macron MET Fumio Kishida');
  });

  it('both counterparts are received by a third person (passive)', () => {
    const r = extractChecked(
      'Ministers in Amman',
      'Egyptian Foreign Minister Sameh Shoukry and his Jordanian counterpart Ayman Safadi were received by King Abdullah in Amman on Sunday.',
    );
    expect(r.rels).toEqual(
      expect.arrayContaining(['King Abdullah MET Sameh Shoukry', 'Ayman Safadi MET King Abdullah']),
    );
  });

  it('a possessive that names no counterpart ("her spokesman") joins no one', () => {
    const r = extractChecked(
      'Talks in Berlin',
      'Talks between Foreign Minister Annalena Baerbock and her spokesman Christian Wagner lasted two hours on Friday.',
    );
    expect(r.events('meeting')).toEqual([]);
    expect(r.rels.filter((x) => x.includes(' MET '))).toEqual([]);
  });
});
