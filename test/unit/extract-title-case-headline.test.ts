// A Title Case headline read by the event rules as if in sentence case (server/src/extract/title-case.ts):
// the words outside entity mentions are lowered, except the first word, demonyms and abbreviations; a
// headline in sentence case is left as it is. Its events claim no relations (Title Case runs into names),
// and a side it leaves open is settled against the body's events.
// Every headline here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('Title Case headlines', () => {
  it('a Title Case headline reports the expulsion the body does not retell', () => {
    const r = run('Norway Expels Two Russian Diplomats', 'The decision was announced in Oslo on Monday.');
    const ev = r.events('expulsion');
    expect(ev).toHaveLength(1);
    expect(ev[0]!.participants.map((p) => `${p.role} ${r.name(p.entity)}`).sort()).toEqual([
      'expelled Russia',
      'expeller Norway',
    ]);
    // The headline's event claims no relation.
    expect(r.rels.filter((x) => x.includes('EXPELLED'))).toEqual([]);
  });

  it('"Declares … Persona Non Grata" in Title Case', () => {
    const r = run(
      'Norway Declares Russian Diplomat Persona Non Grata',
      'The decision was announced in Oslo on Monday.',
    );
    expect(r.events('expulsion')).toHaveLength(1);
  });

  it("a side the headline leaves open is the body's event of the type: one summons", () => {
    const r = run(
      'Norway Protests Summoning Of Envoy By Russia',
      "The Russian Foreign Ministry summoned the Norwegian charge d'affaires on Monday, the Norwegian Foreign Ministry said.",
    );
    expect(r.events('summons')).toHaveLength(1);
  });

  it('a headline in sentence case is read as before, its relation kept', () => {
    const r = run('Norway expels two Russian diplomats', 'The decision was announced in Oslo on Monday.');
    expect(r.events('expulsion')).toHaveLength(1);
    expect(r.rels).toContain('Norway EXPELLED Russia');
  });

  it('a headline of names only is no Title Case to lower', () => {
    const r = run('Oslo, Bergen', 'The decision was announced in Oslo on Monday.');
    expect(r.d.events).toEqual([]);
  });
});
