// CRITICIZED when the act is named only by "the move", "the decision", "the expulsion"
// (relations/act-anaphora.ts): the doer of the event reported just before is the target, the verb's subject
// (or its "by" agent) the critic. Negatives: praise, a neutral verb, no event before, an act that names its
// doer, the critic's own state's act. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const critics = (body: string) =>
  extractChecked('Row deepens', body).rels.filter((x) => / CRITICIZED /.test(x));

describe('an act named by an anaphoric noun', () => {
  it('makes the doer of the event in the sentence before the target', () => {
    expect(critics('Japan expelled two Chinese diplomats on Monday. China condemned the move.')).toContain(
      'China CRITICIZED Japan',
    );
    expect(
      critics('Canada imposed sanctions on Iran on Friday.\n\nTehran described the decision as illegal.'),
    ).toContain('Tehran CRITICIZED Canada');
  });

  it('reads a passive whose subject is the anaphoric act', () => {
    expect(
      critics(
        'Mexico summoned the US ambassador on Tuesday. The decision was sharply criticised by Washington.',
      ),
    ).toContain('Washington CRITICIZED Mexico');
  });

  it('reaches further back for a noun of the event’s own kind', () => {
    expect(
      critics(
        'Estonia expelled a Russian diplomat on Monday. The diplomat had worked in Tallinn for years. He left on Tuesday. Moscow denounced the expulsion.',
      ),
    ).toContain('Moscow CRITICIZED Estonia');
  });

  it('takes no praise, no neutral verb, no label without a judging word', () => {
    expect(critics('Niger ordered the French ambassador to leave. Mali welcomed the move.')).toEqual([]);
    expect(critics('Japan expelled two Chinese diplomats on Monday. China noted the move.')).toEqual([]);
    expect(critics('Canada imposed sanctions on Iran. Tehran described the decision as expected.')).toEqual(
      [],
    );
  });

  it('needs an event before, and never the critic’s own state', () => {
    expect(critics('Spain held talks with Portugal on Monday. Italy condemned the move.')).toEqual([]);
    expect(critics('Japan expelled two Chinese diplomats. Tokyo later regretted the decision.')).toEqual([]);
  });
});
