// A critical quotation's judged clause read more widely (relations/judging.ts, relations/quote-stance.ts):
// the judging lexicon's words of harm and breach, a subject that is a list of names, "the way X has …",
// and a subject that undergoes the act or whose act is negated, which is no target. Every sentence here is
// invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const critics = (rels: string[]) => rels.filter((x) => / CRITICIZED /.test(x));

describe('the judged subject of a quotation', () => {
  it('reads words of harm and breach', () => {
    const r = run(
      'Sanctions imposed',
      'Foreign Minister Petra Novak wrote that "Iran\'s continued grave and ongoing breaches of international law are well documented." "The Venezuelan government has seriously harmed the dignity of our people," President Ivan Duque said.',
    );
    expect(critics(r.rels)).toContain('Petra Novak CRITICIZED Iran');
    expect(critics(r.rels)).toContain('Ivan Duque CRITICIZED Venezuela');
  });

  it('gives each name of a listed subject', () => {
    const r = run(
      'Diplomats expelled',
      '"Hungary, Slovakia and Austria continue to pursue an openly hostile policy toward our country," the Serbian Foreign Ministry said.',
    );
    expect(critics(r.rels)).toEqual(
      expect.arrayContaining([
        'Serbian Foreign Ministry CRITICIZED Hungary',
        'Serbian Foreign Ministry CRITICIZED Slovakia',
        'Serbian Foreign Ministry CRITICIZED Austria',
      ]),
    );
  });

  it('reads "the way X has …"', () => {
    const r = run(
      'Ties cut',
      '"The way Alexander Lukashenko has treated his opponents is disgusting," Senator Mark Delaney said.',
    );
    expect(critics(r.rels)).toContain('Mark Delaney CRITICIZED Alexander Lukashenko');
    expect(r.ruleOf('Mark Delaney CRITICIZED Alexander Lukashenko')).toBe(
      'relations/quote-stance:judged-subject',
    );
  });

  it('gives none for a subject harmed, disturbed, suffering or not at fault', () => {
    const r = run(
      'Ties cut',
      '"Serbia is deeply disturbed by the decision," Serbian President Aleksandar Vucic said. "Ukraine has never violated the agreement," President Volodymyr Zelensky said. "Belgrade is not harmed by these measures," Vucic said. "The Georgian people have suffered brutal attacks," Georgian President Salome Zourabichvili said.',
    );
    expect(critics(r.rels)).toEqual([]);
  });

  it('reads the doer after "disturbed by" in reported speech', () => {
    const r = run(
      'Minister rebuked',
      "Zambian spokesperson Dora Banda said the Zambian government was extremely disturbed by Cyril Naledi's conduct.",
    );
    expect(critics(r.rels)).toContain('Dora Banda CRITICIZED Cyril Naledi');
    expect(critics(r.rels)).not.toContain('Dora Banda CRITICIZED Zambia');
  });

  it('gives none for a quotation that praises', () => {
    const r = run(
      'Aid pledged',
      '"Canada\'s support has been invaluable," Foreign Minister Dmytro Kuleba said. "We thank Japan for its generous aid to our hospitals," President Volodymyr Zelensky said. "Estonia\'s decision is welcome and timely," NATO Secretary General Jens Stoltenberg said.',
    );
    expect(critics(r.rels)).toEqual([]);
  });
});

describe('the doer after the judging word', () => {
  it('reads an act "from" or "emanating from" its doer', () => {
    const r = run(
      'Sanctions imposed',
      '"These measures respond to the ongoing nefarious cyberattacks emanating from North Korea," Treasury Secretary Janet Morrow said. "These are shocking and shameful comments from Vladimir Putin," UN rights spokesman Tomas Berg said.',
    );
    expect(critics(r.rels)).toContain('Janet Morrow CRITICIZED North Korea');
    expect(critics(r.rels)).toContain('Tomas Berg CRITICIZED Vladimir Putin');
  });

  it('reads a person the text referred to by his role', () => {
    const r = run(
      'Envoy summoned',
      'Russian Ambassador Sergei Orlov met officials on Monday. "We are outraged by the inhuman statements of the Russian ambassador," the Dutch Foreign Ministry said.',
    );
    expect(critics(r.rels)).toContain('Dutch Foreign Ministry CRITICIZED Sergei Orlov');
  });

  it('gives none for support that comes from a party', () => {
    const r = run(
      'Aid pledged',
      '"We welcome the generous support coming from Norway," Foreign Minister Dmytro Kuleba said.',
    );
    expect(critics(r.rels)).toEqual([]);
  });
});

describe("a country's adjective before the judging word", () => {
  it('gives the state the adjective names', () => {
    const r = run(
      'Diplomats expelled',
      'The Portuguese government "reiterates its strong condemnation of the Russian aggression on Ukrainian territory," the Portuguese Foreign Ministry said.',
    );
    expect(critics(r.rels)).toContain('Portuguese Foreign Ministry CRITICIZED Russia');
    expect(r.ruleOf('Portuguese Foreign Ministry CRITICIZED Russia')).toBe(
      'relations/quote-stance:judged-adjective',
    );
  });

  it('gives none for "anti-" or a plain adjective of people', () => {
    const r = run(
      'Ties cut',
      '"We condemn anti-American propaganda," the Iranian Foreign Ministry said. "We stand with the Ukrainian victims," Australian Foreign Minister Penny Wong said.',
    );
    expect(critics(r.rels)).toEqual([]);
  });

  it('gives none for a subject that shuns or opposes the act, but keeps one that does it', () => {
    const r = run(
      'Envoy summoned',
      '"Estonia avoids interfering in the affairs of other states," spokeswoman Liina Tamm said. "Peru has nothing to do with the word blackmail," Minister Rosa Quispe added. "Chile firmly opposes any illegal annexation," Chilean envoy Mario Rojas said.',
    );
    expect(critics(r.rels)).toEqual([]);
    const kept = run(
      'Envoy summoned',
      '"Latvia keeps interfering in the affairs of other states," spokeswoman Liina Tamm said.',
    );
    expect(critics(kept.rels)).toContain('Liina Tamm CRITICIZED Latvia');
  });
});
