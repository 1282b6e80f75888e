// Sanctions in one sentence: the people sanctioned as the subject of a passive ("A and B were among 12
// people hit by new British sanctions", "were hit with sanctions by X"), sanctions that "include" the
// people; and what is no sanction (lifting sanctions, criticising them, calling them illegal), even when a
// sentence after names who imposed "the measures". Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const NAMES = ['Ivan Petrov', 'Sergei Volkov', 'Anna Orlova'];

describe('sanctions on the subject of a passive', () => {
  it.each([
    [
      'the subject of "were among 12 people hit by new British sanctions"',
      'Ivan Petrov, Sergei Volkov and Anna Orlova were among 12 people hit by new British sanctions on Monday.',
      'United Kingdom',
    ],
    [
      'the subject of "were hit with sanctions by X"',
      'Ivan Petrov, Sergei Volkov and Anna Orlova were hit with sanctions by the United States on Monday.',
      'United States',
    ],
    [
      '"X\'s new sanctions, agreed on Monday, include"',
      "The European Union's new sanctions, agreed on Monday, include Ivan Petrov, Sergei Volkov and Anna Orlova.",
      'European Union',
    ],
    [
      '"named A, B and C in its latest sanctions package"',
      'The European Union on Monday named Ivan Petrov, Sergei Volkov and Anna Orlova in its latest sanctions package.',
      'European Union',
    ],
    [
      '"targeted A, B and C with asset freezes"',
      'Britain targeted Ivan Petrov, Sergei Volkov and Anna Orlova with asset freezes and travel bans.',
      'United Kingdom',
    ],
    [
      '"The sanctions, which X announced on Monday, target"',
      'The sanctions, which Britain announced on Monday, target Ivan Petrov, Sergei Volkov and Anna Orlova.',
      'United Kingdom',
    ],
  ])('one sentence: %s', (_, body, by) => {
    const r = run('Sanctions', body);
    for (const n of NAMES) expect(r.rels).toContain(`${by} SANCTIONED ${n}`);
  });
});
