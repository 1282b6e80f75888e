// Meetings whose parties are bodies, states, roles or a pair named before, on sentences written for the
// test: a body's delegation as the subject ("A … Front delegation met X"), a body and a state listed
// together ("The … Front and Norway held talks"), "They met" after a sentence naming two persons, "A and
// B exchanged their views", a head of state known only by a royal title ("met the Emir of …", "was
// received by the King of …"), a high commissioner known only by the state, and "held the fifth round
// of strategic dialogue". Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const parties = (r: ReturnType<typeof run>) =>
  r.events('meeting').map((e) => e.participants.map((p) => r.name(p.entity)).sort());

describe('meetings of bodies and states', () => {
  it("a body's delegation as the subject meets the person after the verb", () => {
    const r = run(
      'Talks in Oslo',
      'A Northern Front delegation met Norwegian Foreign Minister Ingrid Solberg in Oslo on Monday.',
    );
    expect(parties(r)).toEqual([['Ingrid Solberg', 'Northern Front']]);
    expect(r.rels).toContain('Northern Front MET Ingrid Solberg');
  });

  it('a body and a state listed together as the subject met one another', () => {
    const r = run('Talks in Oslo', 'The Northern Front and Norway held talks in Oslo on Monday.');
    expect(parties(r)).toEqual([['Northern Front', 'Norway']]);
  });

  it('a state or a body known by a royal title is the other side', () => {
    const a = run(
      'Visit to the Gulf',
      'Foreign Minister Ingrid Solberg met the Emir of Qatar in Doha on Monday.',
    );
    expect(parties(a)).toEqual([['Ingrid Solberg', 'Qatar']]);
    const b = run(
      'Visit to Amman',
      'Foreign Minister Ingrid Solberg was received by the King of Jordan in Amman on Monday.',
    );
    expect(parties(b)).toEqual([['Ingrid Solberg', 'Jordan']]);
    // A title names a state, not a person: no MET is claimed with the state.
    expect(b.rels.filter((x) => x.includes(' MET '))).toEqual([]);
  });

  it('a high commissioner known only by the state', () => {
    const r = run(
      'Talks in Islamabad',
      'Foreign Minister Ali Raza met the Indian High Commissioner in Islamabad on Monday.',
    );
    expect(parties(r)).toEqual([['Ali Raza', 'India']]);
  });

  it('a round of dialogue held by two states', () => {
    const r = run(
      'Dialogue in Geneva',
      'Pakistan and India held the fifth round of strategic dialogue in Geneva on Monday.',
    );
    expect(parties(r)).toEqual([['India', 'Pakistan']]);
  });
});

describe('meetings of persons named before or exchanging views', () => {
  it('"They met" after a sentence naming exactly two persons', () => {
    const r = run(
      'Summit in Rome',
      'Indian Prime Minister Anil Rao and Brazilian President Marco Silva arrived in Rome on Friday. They met on the sidelines of the summit on Saturday.',
    );
    expect(parties(r)).toEqual([['Anil Rao', 'Marco Silva']]);
    expect(r.rels).toContain('Anil Rao MET Marco Silva');
  });

  it('"They" after a sentence naming three persons is nobody known', () => {
    const r = run(
      'Summit in Rome',
      'Anil Rao, Marco Silva and Luis Gomez arrived in Rome on Friday. They met on the sidelines of the summit on Saturday.',
    );
    expect(r.events('meeting')).toEqual([]);
  });

  it('"A and B exchanged their views on …" is a meeting of the two', () => {
    const r = run(
      'Ministers in Delhi',
      'Foreign Minister Ravi Menon and Brazilian Foreign Minister Joana Costa exchanged their views on bilateral cooperation on Monday.',
    );
    expect(parties(r)).toEqual([['Joana Costa', 'Ravi Menon']]);
  });

  it('diplomatic notes exchanged are no meeting', () => {
    const r = run(
      'Notes',
      'Foreign Minister Ravi Menon and Brazilian Foreign Minister Joana Costa exchanged notes on the border on Monday.',
    );
    expect(r.events('meeting')).toEqual([]);
  });
});
