// A quotation a judging verb in the passive takes, its agent named after "by" (quotes/passive-agent.ts,
// quotes/judged-agent.ts): "The order was described by X as a “…”", "an act deemed “…” and “…” by Y
// officials", "the plan, branded a “…” by Z": the agent speaks, not the clause's subject. Not when the verb
// is active (an object between it and the quotation), when "by" names no speaker, nor for a verb that
// judges nothing ("summoned by"). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const LEAD = 'Norway and Belarus are at odds after Belarus expelled two Norwegian diplomats on Monday.';

/** The speaker's name and rule of the statement whose quotation starts with `start`, or undefined. */
function credit(body: string, start: string): string | undefined {
  const { d } = extractChecked('Diplomatic row', `${LEAD}\n\n${body}`);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

describe('the agent of a passive judging verb before the quotation', () => {
  it.each([
    ['The expulsion was described by Norway as a “hostile step” against its mission.', 'Norway'],
    ['The expulsion was condemned by Norwegian officials as “groundless” on Tuesday.', 'Norway'],
    [
      'The expulsion, branded by Norwegian Foreign Minister Ivar Lunde as an “act of spite”, drew protests.',
      'Ivar Lunde',
    ],
  ])('%s', (body, who) => {
    const quote = /“([^”]+)”/.exec(body)![1]!;
    expect(credit(body, quote)).toBe(`${who} [quotes:judged-by-agent]`);
  });
});

describe('the agent of a judging participle after the quotation', () => {
  it('an act deemed “…” and “…” by a country’s officials: the country, for both quotations', () => {
    const body =
      'Belarus gave the envoys two days to leave, an order deemed “arbitrary” and “absurd” by Norwegian officials.';
    expect(credit(body, 'arbitrary')).toBe('Norway [quotes:judged-by-agent]');
    expect(credit(body, 'absurd')).toBe('Norway [quotes:judged-by-agent]');
  });

  it('a plan branded a “…” by a minister: the minister', () => {
    const body =
      'The plan, branded a “reckless gamble” by Norwegian Foreign Minister Ivar Lunde, was dropped.';
    expect(credit(body, 'reckless gamble')).toBe('Ivar Lunde [quotes:judged-by-agent]');
  });
});

describe('not the agent', () => {
  it('when the verb is active, an object between it and the quotation: its subject', () => {
    const body = 'Norway deemed the expulsion “unjustified” by any standard of diplomacy.';
    expect(credit(body, 'unjustified')).toBe('Norway [quotes:subject-of-verb-before]');
  });

  it('when "by" names no speaker', () => {
    const body = 'The region was deemed “unsafe” by analysts last year.';
    expect(credit(body, 'unsafe')).toBeUndefined();
  });

  it('when the passive verb judges nothing ("summoned by")', () => {
    const body = 'The envoy was summoned by the Norwegian Foreign Ministry over “offensive” posts.';
    expect(credit(body, 'offensive') ?? '').not.toMatch(/judged-by-agent/);
  });
});

describe('the judging verbs one list gives every rule (saying-verbs.ts JUDGING_VERBS)', () => {
  it('"derided X as a “…”": the subject', () => {
    const body =
      'Norwegian Foreign Minister Ivar Lunde derided the Belarusian envoy as a “clumsy provocateur”.';
    expect(credit(body, 'clumsy provocateur')).toBe('Ivar Lunde [quotes:subject-of-verb-before]');
  });

  it('a participle after a reporting clause keeps the reporting clause’s subject, not a name before it', () => {
    const body =
      'Minsk summoned Ambassador Ivar Lunde on Monday, the Belarusian Foreign Ministry said in a statement, denouncing a “deliberate act” by Oslo.';
    expect(credit(body, 'deliberate act')).toBe(
      'Belarusian Foreign Ministry [quotes:subject-of-verb-before]',
    );
  });
});
