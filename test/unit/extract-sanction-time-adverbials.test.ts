// The sanctioner read past a time adverbial between the verb of imposing and the measures (session 32):
// "China announced on Monday, July 13, retaliatory sanctions against A", "Russia imposed late on Friday
// sweeping sanctions on A", "Moscow announced earlier this week new sanctions against A"; and members of a
// party named by its adjective ("three Republican lawmakers") do not make the party sanctioned. Every
// sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

describe('a time between the verb and the measures', () => {
  it('when "China announced on Monday, July 13, retaliatory sanctions against Senator A", then China sanctions A', () => {
    const { rels } = run(
      'Beijing hits back',
      'China announced on Monday, July 13, retaliatory sanctions against Senator Marco Rubio.',
    );
    expect(sanctionedBy(rels, 'China')).toContain('Marco Rubio');
  });

  it('when "Russia imposed late on Friday sweeping sanctions on A", then Russia sanctions A', () => {
    const { rels } = run(
      'Moscow hits back',
      'Russia imposed late on Friday sweeping sanctions on British Defence Secretary Ben Wallace.',
    );
    expect(sanctionedBy(rels, 'Russia')).toContain('Ben Wallace');
  });

  it('when "Moscow announced earlier this week new sanctions against A", then Moscow sanctions A', () => {
    const { rels } = run(
      'Moscow hits back',
      'Moscow announced earlier this week new sanctions against Canadian Prime Minister Justin Trudeau.',
    );
    expect(sanctionedBy(rels, 'Moscow')).toContain('Justin Trudeau');
  });

  it('when "China announced on Monday sanctions against three Republican lawmakers", then the party is not sanctioned', () => {
    const { rels } = run(
      'Beijing hits back',
      'China announced on Monday, July 13, sanctions against three Republican lawmakers.',
    );
    expect(sanctionedBy(rels, 'China')).not.toContain('Republican Party');
  });
});
