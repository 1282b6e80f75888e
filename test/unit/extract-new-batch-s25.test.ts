// Shapes of the twenty-second batch's pages, on invented text (session 25): an airport whose name ends in
// "International" before a lower-case "airport" is one place (entities/patterns.ts); an academic honorific
// between a body's title and a name keeps the title's relation (relations/titles.ts); a state "summoning" its
// own envoy posted abroad is a recall (events/summoned-own-envoys.ts).
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('an airport named "X International airport"', () => {
  it('when the name ends in "International" and "airport" is lower case, then the whole is one airport', () => {
    const r = extractChecked(
      'Macron in Ghana',
      'President Emmanuel Macron on Monday arrived at Kotoka International airport on a three-day state visit to Ghana.',
    );
    expect(r.names).toContain('Place Kotoka International Airport');
    expect(r.names).not.toContain('Organization Kotoka International');
    expect(r.rels).toContain('Emmanuel Macron ARRIVED_IN Kotoka International Airport');
  });

  it('near miss: "the International airport" names no airport', () => {
    const r = extractChecked(
      'Airport shut',
      'Officials at the International airport said it closed on Monday.',
    );
    expect(r.names.filter((n) => n.startsWith('Place'))).toEqual([]);
  });

  it('near miss: a body named "… International" elsewhere in the sentence stays a body', () => {
    const r = extractChecked(
      'Aid team lands',
      'Relief Workers International said its team had landed at Kandahar airport on Monday.',
    );
    expect(r.names).toContain('Organization Relief Workers International');
    expect(r.names).toContain('Place Kandahar Airport');
  });
});

describe("an honorific between a body's title and the name", () => {
  it('when "Dr." stands between "Secretary General" and the name, then the person still leads the body', () => {
    const r = extractChecked(
      'Alliance talks',
      'NATO Secretary General Dr. Jens Stoltenberg said the alliance was united.',
    );
    expect(r.rels).toContain('Jens Stoltenberg LEADS NATO');
  });

  it('near miss: "Dr." after a verb gives no title relation', () => {
    const r = extractChecked('Alliance talks', 'NATO said Dr. Jens Stoltenberg would speak on Monday.');
    expect(r.rels.filter((x) => x.includes('NATO'))).toEqual([]);
  });
});

describe('a state summoning its own envoy', () => {
  it("when the summoned ambassador is the state's own, posted abroad, then the summons is a recall", () => {
    const r = extractChecked(
      'Chile calls envoy home',
      'The Ambassador of Chile to Argentina, Pablo Rojas, was in Santiago. On Monday Chile summoned Rojas for talks.',
    );
    expect(r.rels).toContain('Chile RECALLED Pablo Rojas');
    expect(r.rels).not.toContain('Chile SUMMONED Pablo Rojas');
    expect(r.events('summons')).toEqual([]);
  });

  it("near miss: another state's ambassador summoned stays a summons", () => {
    const r = extractChecked(
      'Peru protests',
      'The Mexican ambassador to Peru, Luis Ortega, said the talks went well. Peru summoned Ortega on Monday.',
    );
    expect(r.rels).toContain('Peru SUMMONED Luis Ortega');
    expect(r.events('recall')).toEqual([]);
  });
});
