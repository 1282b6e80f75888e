// Criticism told by a speaker, session 38, on sentences written for the test: the possessor of a judged act
// ("X's ongoing border abuses", "the Y's illegal tariffs") read by one reader for a quotation and for reported
// speech (quote-stance.ts judgedParties, judged-owner.ts), and a reading that names the speaker's own side
// giving way to the next ("“Peru is opposed to Chile's illegal tariffs”"); a reported clause opened by
// "The spokesperson said" that is the last quotation's speaker's (reported-stance.ts). Every sentence here
// is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const critics = (rels: string[]) => rels.filter((x) => / CRITICIZED /.test(x));

describe('the possessor of a judged act', () => {
  it('reads the owner past three modifiers in a quotation: "Chile’s ongoing border patrol abuses"', () => {
    const r = run(
      'Envoy recalled',
      'Peru recalled its envoy on Monday. “The move answers Chile’s ongoing border patrol abuses,” Peruvian Foreign Minister Ana Ruiz said.',
    );
    expect(critics(r.rels)).toContain('Ana Ruiz CRITICIZED Chile');
    expect(r.ruleOf('Ana Ruiz CRITICIZED Chile')).toBe('relations/quote-stance:judged-owner');
  });

  it('reads the judging noun itself as the act: "Chile’s interference"', () => {
    const r = run(
      'Envoy recalled',
      'Peru recalled its envoy on Monday. “We will not accept Chile’s interference,” Peruvian Foreign Minister Ana Ruiz said.',
    );
    expect(critics(r.rels)).toContain('Ana Ruiz CRITICIZED Chile');
  });

  it('reads no owner across a preposition, nor from a standing war named as a reason', () => {
    const r = run(
      'Envoy recalled',
      'Peru recalled its envoy on Monday. “We stand with Chile’s victims of abuse,” Peruvian Foreign Minister Ana Ruiz said.',
    );
    expect(critics(r.rels)).toEqual([]);
    const w = run(
      'Envoys expelled',
      'Peru expelled two envoys on Monday. “We act in solidarity with Ecuador, where Chile’s aggression goes on,” Peruvian Foreign Minister Ana Ruiz said.',
    );
    expect(critics(w.rels)).not.toContain('Ana Ruiz CRITICIZED Chile');
  });

  it('reads the owner in reported speech: "X said Y’s reckless conduct …"', () => {
    const r = run(
      'Remarks',
      'Ana Ruiz said the remarks were nothing but more proof of Chile’s reckless conduct toward its neighbours.',
    );
    expect(critics(r.rels)).toContain('Ana Ruiz CRITICIZED Chile');
    expect(r.ruleOf('Ana Ruiz CRITICIZED Chile')).toBe('relations/reported-stance:reported-owner');
  });

  it('takes no owner from praise: "Chile’s important step"', () => {
    const r = run(
      'Talks',
      'Peru welcomed the accord on Monday. “This is Chile’s important and welcome step,” Peruvian Foreign Minister Ana Ruiz said.',
    );
    expect(critics(r.rels)).toEqual([]);
  });
});

describe('a reading that names the speaker’s own side gives way to the next', () => {
  it('"“Peru is opposed to Chile’s illegal tariffs”": Chile, not Peru', () => {
    const r = run(
      'Tariffs',
      'Chile raised tariffs on Monday. “Peru is opposed to Chile’s illegal tariffs on its exports,” Peruvian Foreign Ministry spokeswoman Ana Ruiz said.',
    );
    expect(critics(r.rels)).toContain('Ana Ruiz CRITICIZED Chile');
    expect(critics(r.rels)).not.toContain('Ana Ruiz CRITICIZED Peru');
  });

  it('names nobody when the speaker’s own state is the only party: "Peru’s illegal tariffs"', () => {
    const r = run(
      'Tariffs',
      'Peru raised tariffs on Monday. “Critics call Peru’s tariffs illegal, but they are lawful,” Peruvian Foreign Ministry spokeswoman Ana Ruiz said.',
    );
    expect(critics(r.rels)).toEqual([]);
  });

  it('keeps a speaker quoting someone else’s criticism out of the critics', () => {
    const r = run(
      'Tariffs',
      'Chile raised tariffs on Monday. Peruvian Foreign Minister Ana Ruiz said Bolivia had complained about the tariffs.',
    );
    expect(critics(r.rels)).not.toContain('Ana Ruiz CRITICIZED Chile');
  });
});

describe('"The spokesperson said …" after a quotation: the quotation’s speaker', () => {
  const quoted =
    'Peru summoned the Chilean envoy on Monday. “The remarks are baseless,” the Peruvian Foreign Ministry spokesperson said. ';

  it('reads the unnamed reporter as the last quotation’s speaker', () => {
    const r = run(
      'Envoy summoned',
      quoted + 'The spokesperson said the threats were more proof of Chile’s reckless conduct towards Peru.',
    );
    expect(critics(r.rels)).toContain('Peruvian Foreign Ministry CRITICIZED Chile');
    expect(r.ruleOf('Peruvian Foreign Ministry CRITICIZED Chile')).toBe(
      'relations/reported-stance:reported-owner',
    );
  });

  it('reads no critic with no quotation before, nor a praise', () => {
    const r = run(
      'Envoy summoned',
      'Peru summoned the Chilean envoy on Monday. The spokesperson said the threats were more proof of Chile’s reckless conduct.',
    );
    expect(critics(r.rels)).not.toContain('Peruvian Foreign Ministry CRITICIZED Chile');
    const p = run(
      'Envoy summoned',
      quoted + 'The spokesperson said Chile’s latest offer was an important step.',
    );
    expect(critics(p.rels)).not.toContain('Peruvian Foreign Ministry CRITICIZED Chile');
  });

  it('keeps a named reporter: "Bolivian minister Rosa Paz said …" is hers', () => {
    const r = run(
      'Envoy summoned',
      quoted + 'Bolivian Foreign Minister Rosa Paz said Chile’s reckless conduct worried La Paz.',
    );
    expect(critics(r.rels)).not.toContain('Peruvian Foreign Ministry CRITICIZED Chile');
    expect(critics(r.rels)).toContain('Rosa Paz CRITICIZED Chile');
  });
});
