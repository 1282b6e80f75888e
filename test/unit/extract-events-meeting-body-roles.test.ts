// The person met named after a body's role and a comma ("met the president of the European Commission,
// Ursula von der Leyen"; events/meeting-roles.ts, nameAfterBodyRole): the person is met, not the body,
// with any verb of meeting, active or passive. A role with no name after it still gives the body. Every
// sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const parties = (r: ReturnType<typeof extractChecked>) =>
  r.events('meeting').map((e) => e.participants.map((p) => r.name(p.entity)).sort());

describe("a person met, named after a body's role", () => {
  it('"met the president of <body>, Name": the person', () => {
    const r = extractChecked(
      'Modi in Brussels',
      'Prime Minister Narendra Modi met the president of the European Commission, Ursula von der Leyen, in Brussels on Wednesday.',
    );
    expect(parties(r)).toEqual([['Narendra Modi', 'Ursula von der Leyen']]);
    expect(r.rels).toContain('Narendra Modi MET Ursula von der Leyen');
  });

  it('"received the secretary-general of <body>, Name": the guest is the person', () => {
    const r = extractChecked(
      'Macron receives NATO chief',
      'President Emmanuel Macron received the secretary-general of NATO, Jens Stoltenberg, at the Elysee Palace on Monday.',
    );
    expect(r.rels).toContain('Emmanuel Macron MET Jens Stoltenberg');
    expect(r.rels).toContain('Jens Stoltenberg LEADS NATO');
  });

  it('"held talks with the head of <body>, Name"', () => {
    const r = extractChecked(
      'Talks in Ankara',
      'Turkish President Recep Tayyip Erdogan held talks with the head of the International Atomic Energy Agency, Rafael Grossi, in Ankara on Friday.',
    );
    expect(r.rels).toContain('Rafael Grossi MET Recep Tayyip Erdogan');
  });

  it('passive: "was received by the chairperson of <body>, Name"', () => {
    const r = extractChecked(
      'Ruto in Addis Ababa',
      'Kenyan President William Ruto was received by the chairperson of the African Union Commission, Moussa Faki Mahamat, in Addis Ababa on Sunday.',
    );
    expect(r.rels).toContain('Moussa Faki Mahamat MET William Ruto');
  });

  it('a role with no name right after it does not take a person named later', () => {
    const r = extractChecked(
      'Macron and the army',
      'President Emmanuel Macron received the head of the French army on Monday; Jens Stoltenberg was not present.',
    );
    expect(r.rels.filter((x) => x.includes(' MET '))).toEqual([]);
    expect(parties(r).flat()).not.toContain('Jens Stoltenberg');
  });
});
