// Sanctions whose sanctioner and targets are told apart: the sanctioner in the sentence after, pointing
// back at "the measures" ("The sanctions target A, B and C. The EU announced the measures on Monday."), a
// list framed in the sentence before ("The list includes A, … Britain imposed the sanctions."), the
// people sanctioned as the subject of a passive ("A and B were among 12 people hit by new British
// sanctions"), the sanctions that "include" the people; and what is no sanction: lifting sanctions,
// criticising them. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const NAMES = ['Ivan Petrov', 'Sergei Volkov', 'Anna Orlova'];

describe('sanctions told across two sentences', () => {
  it.each([
    [
      'the sanctioner after, "announced the measures"',
      'The sanctions target Ivan Petrov, Sergei Volkov and Anna Orlova. The European Union announced the measures on Monday.',
      'European Union',
    ],
    [
      'the sanctioner after, "the move by X"',
      'Those sanctioned include Ivan Petrov, Sergei Volkov and Anna Orlova. The move by the European Union was condemned by Moscow.',
      'European Union',
    ],
    [
      'a list before, "The list includes"',
      'The list includes Ivan Petrov, a deputy minister, Sergei Volkov, a governor, and Anna Orlova. Britain imposed the sanctions on Monday.',
      'United Kingdom',
    ],
    [
      'a list before, "The sanctioned individuals are"',
      'The sanctioned individuals are Ivan Petrov, Sergei Volkov and Anna Orlova, the Treasury said. The United States imposed the sanctions on Monday.',
      'United States',
    ],
    [
      'a list before, "have been added to the sanctions list"',
      'Ivan Petrov, Sergei Volkov and Anna Orlova have been added to the sanctions list. The European Union agreed the measures on Monday.',
      'European Union',
    ],
    [
      'one sentence, "The measures, announced by X on Monday, target"',
      'The sanctions follow a rigged vote. The measures, announced by Britain on Monday, target Ivan Petrov, Sergei Volkov and Anna Orlova.',
      'United Kingdom',
    ],
  ])('%s', (_, body, by) => {
    const r = run('Sanctions', body);
    expect(r.events('sanction')).toHaveLength(1);
    for (const n of NAMES) expect(r.rels).toContain(`${by} SANCTIONED ${n}`);
  });

  it.each([
    [
      'lifted',
      'The European Union lifted sanctions on Ivan Petrov and Sergei Volkov on Monday after a court ruling. The measures were announced by the European Council.',
    ],
    [
      'criticised',
      'Sergei Volkov criticised the sanctions on Ivan Petrov as unfair. Britain announced the measures last year.',
    ],
    [
      'called illegal',
      'Ivan Petrov called the sanctions illegal. The United States imposed the measures on Monday.',
    ],
    [
      'people only met',
      'Ivan Petrov, Sergei Volkov and Anna Orlova met in Moscow on Monday. Britain imposed the sanctions on Monday.',
    ],
    [
      'a company hit by sanctions',
      'Ivan Petrov, whose company was hit by sanctions last year, said the economy was growing.',
    ],
    [
      'measures welcomed by someone',
      'The move, welcomed by Ivan Petrov, targets Sergei Volkov and Anna Orlova. It follows new sanctions.',
    ],
    [
      'victims listed',
      'Among the victims were Ivan Petrov and Sergei Volkov. Britain imposed the sanctions on Monday.',
    ],
  ])('no one sanctioned: %s', (_, body) => {
    const r = run('Sanctions', body);
    expect(r.rels.filter((x) => /SANCTIONED (?:Ivan Petrov|Sergei Volkov|Anna Orlova)$/.test(x))).toEqual([]);
  });

  it('the sanctions "include" no state a demonym names ("more Russian oligarchs")', () => {
    const r = run(
      'Sanctions',
      "Britain's new sanctions include more Russian oligarchs and their family members.",
    );
    expect(r.rels.filter((x) => / SANCTIONED Russia$/.test(x))).toEqual([]);
  });
});
