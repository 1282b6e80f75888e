// A critical quotation that names the judged act only by an anaphoric noun ("“This decision is a hostile
// act”", "“These comments are deeply inappropriate”"): the speaker criticises the doer of the event
// reported just before, or the maker of the remarks named before. Nothing when the judging word does not
// open the predicate, is negated, or no doer was named. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const crit = (rels: string[]) => rels.filter((x) => / CRITICIZED /.test(x));
const RULE = 'relations/quote-act-anaphora:anaphoric-act';

describe('an anaphoric act noun in a critical quotation', () => {
  it('reads the doer of the event reported before', () => {
    const r = run(
      'Diplomats expelled',
      'Japan expelled two Chinese diplomats on Monday. "This decision is a hostile act," Chinese Foreign Ministry spokesman Wang Wenbin said.',
    );
    expect(r.rels).toContain('Wang Wenbin CRITICIZED Japan');
    expect(r.ruleOf('Wang Wenbin CRITICIZED Japan')).toBe(RULE);
  });

  it('reads "such a step" across a paragraph break', () => {
    const r = run(
      'Diplomats expelled',
      'Japan expelled two Chinese diplomats on Monday.\n\nChinese Foreign Ministry spokesman Wang Wenbin told reporters on Tuesday: "Such a step is unfriendly and groundless. China will respond."',
    );
    expect(r.rels).toContain('Wang Wenbin CRITICIZED Japan');
  });

  it("reads a noun of the event's own kind", () => {
    const r = run(
      'Officials sanctioned',
      'Sweden sanctioned three Russian officials on Monday. Russian Foreign Ministry spokeswoman Maria Zakharova said: "These sanctions are illegal and politically motivated."',
    );
    expect(r.rels).toContain('Maria Zakharova CRITICIZED Sweden');
  });

  it('reads the maker of remarks named before', () => {
    const r = run(
      'Speaker remarks',
      'Japan protested on Monday against remarks by South Korean Speaker Moon Hee-sang about the emperor.\n\n"The remarks are extremely regrettable," Prime Minister Shinzo Abe told parliament.',
    );
    expect(r.rels).toContain('Shinzo Abe CRITICIZED Moon Hee-sang');
  });

  it('reads a possessor of comments named before', () => {
    const r = run(
      'Speaker remarks',
      'South Korean Speaker Moon Hee-sang\'s comments about the emperor drew a protest from Tokyo. Prime Minister Shinzo Abe said: "These comments are deeply inappropriate and unacceptable."',
    );
    expect(r.rels).toContain('Shinzo Abe CRITICIZED Moon Hee-sang');
  });
});

describe('no criticism', () => {
  it('when the judging word is negated', () => {
    const r = run(
      'Diplomats expelled',
      'Japan expelled two Chinese diplomats on Monday. "This decision is not a hostile act," Chinese Foreign Ministry spokesman Wang Wenbin said.',
    );
    expect(r.d.relations.filter((x) => x.rule === RULE)).toEqual([]);
  });

  it('when the judging word qualifies something else in the predicate', () => {
    const r = run(
      'Diplomats expelled',
      'China expelled two Japanese diplomats on Monday. "This decision is a response to hostile acts," Chinese Foreign Ministry spokesman Wang Wenbin said.',
    );
    expect(crit(r.rels)).toEqual([]);
  });

  it('when no maker of remarks was named', () => {
    const r = run(
      'Talks',
      'Russian President Vladimir Putin said the talks had been useful. Finnish President Sauli Niinisto said: "The statement is misleading and the comments are unacceptable."',
    );
    expect(crit(r.rels)).toEqual([]);
  });
});
