// Who carried someone's words when an outlet "cited <title> <Name> as saying" (relations/sources.ts): the
// person the title opens the phrase with. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('an outlet that cites a titled person as saying', () => {
  it('carries the words of the person after the title', () => {
    const r = extractChecked(
      'Talks fail',
      'The talks ended on Monday. The Xinhua news agency cited Foreign Minister Ivan Petrov as saying the talks had failed.',
    );
    expect(r.rels).toContain('Ivan Petrov QUOTED_BY Xinhua');
  });

  it("carries nobody's words when a clause stands between the outlet and the name", () => {
    const r = extractChecked(
      'Talks fail',
      'The Xinhua news agency cited the talks, which Ivan Petrov led, as saying little.',
    );
    expect(r.rels.filter((x) => x.includes('QUOTED_BY'))).toEqual([]);
  });
});
