// The sentence's reporting clause as the last reading of a quotation's speaker (quotes/reporting-clause.ts):
// the subject of any verb of saying in the quotation's sentence, after it or before it, with where, when
// and asides between subject and verb. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Talks stall over fishing rights';
const LEAD = "Norway's Foreign Minister Lena Markov met Danish officials on Monday.";

/** The speaker's name and rule of the statement whose quotation starts with `start`. */
function credit(body: string, start: string): string | undefined {
  const { d } = extractChecked(TITLE, `${LEAD}\n\n${body}`);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

describe('the reporting clause of a quotation’s sentence', () => {
  it('when a verb the attribution readers do not know follows the quotation after a place, then its subject speaks', () => {
    expect(
      credit('“We are ready to talk about every quota,” Markov in Oslo later insisted.', 'We are ready'),
    ).toBe('Lena Markov [quotes:reporting-clause-after]');
    expect(credit('“The fleet stays home,” Markov at the harbour conceded.', 'The fleet')).toBe(
      'Lena Markov [quotes:reporting-clause-after]',
    );
  });

  it('when the verb before the quotation is separated from its subject by an aside, then the subject speaks', () => {
    const body =
      'The Danish Foreign Ministry, which had asked for the meeting, on Tuesday countered that the quotas were “far too low for our fleet”.';
    expect(credit(body, 'far too low')).toBe('Danish Foreign Ministry [quotes:reporting-clause-before]');
    // ("conceded" is a verb of saying before a quotation since session 32: the earlier rule reads it.)
    expect(
      credit('Markov, speaking after the dinner, conceded the talks had been “useful and frank”.', 'useful'),
    ).toBe('Lena Markov [quotes:subject-of-verb-before]');
  });

  it('when a quoted noun phrase sits inside a clause whose verb takes an object, then no one is credited with it', () => {
    const body =
      'In response to the “quiet and steady decline” of the stocks, Markov has announced new limits.';
    expect(credit(body, 'quiet and steady')).toBeUndefined();
  });

  it('when the object of a preposition stands before the verb, then it is not the subject', () => {
    const body = '“No deal is close,” a source close to Markov cautioned.';
    expect(credit(body, 'No deal') ?? 'nobody').not.toMatch(/^Lena Markov \[quotes:reporting-clause/);
  });
});

describe('the subject of a verb of saying inside a reported or relative clause', () => {
  it('when a name stands right before the verb of a clause another verb reports, then that name speaks', () => {
    expect(
      credit('Markov recalled Denmark had earlier said the quotas were “far too low”.', 'far too low'),
    ).toBe('Denmark [quotes:subject-of-reported-clause]');
    expect(credit('Markov, however, stressed Denmark called the plan “a dead end”.', 'a dead end')).toBe(
      'Denmark [quotes:subject-of-reported-clause]',
    );
  });

  it('when the object of a verb is the antecedent of a relative clause with the verb of saying, then it speaks', () => {
    expect(
      credit('Markov received Danish envoy Piet Holm, who said the talks were “long overdue”.', 'long'),
    ).toBe('Piet Holm [quotes:relative-clause-subject]');
    expect(credit('Markov thanked Denmark, which said the offer was “generous but late”.', 'generous')).toBe(
      'Denmark [quotes:relative-clause-subject]',
    );
  });

  it('when the object of a verb is followed by more words before a coordinated verb of saying, then the first subject speaks', () => {
    expect(
      credit('Markov summoned Denmark’s envoy and said the move was “unfriendly”.', 'unfriendly'),
    ).toMatch(/^Lena Markov /);
  });
});

describe('a body named by its kind or its country’s side', () => {
  const lead =
    'Denmark summoned Norway’s ambassador on Monday after the Danish Ministry of Foreign Affairs protested.';
  const speaker = (body: string, start: string) => {
    const { d } = extractChecked(TITLE, `${lead}\n\n${body}`);
    const st = d.statements.find((s) => s.quote.startsWith(start));
    return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
  };

  it('when a statement or a spokesperson of the ministry speaks, then the ministry named before speaks', () => {
    expect(speaker('“The quotas are unacceptable,” a statement from the ministry said.', 'The quotas')).toBe(
      'Danish Foreign Ministry [quotes:body-by-kind]',
    );
    expect(speaker('“This is a breach,” the ministry’s spokesperson told reporters.', 'This is')).toBe(
      'Danish Foreign Ministry [quotes:body-by-kind]',
    );
  });

  it('when “the <demonym> side” speaks, then its country speaks', () => {
    expect(speaker('“Norway must reconsider,” the Danish side said.', 'Norway must')).toBe(
      'Denmark [quotes:demonym-officials]',
    );
  });

  it('when a where/when aside stands between a body and its verb, then the body speaks', () => {
    expect(
      speaker('The foreign ministry, in a post on X, said the step was “unacceptable”.', 'unacceptable'),
    ).toBe('Danish Foreign Ministry [quotes:reporting-clause-before]');
  });
});
