// A head of mission named before the role: a copula with a word of time ("X is the new High Commissioner
// of A to B"), an appointment ("X, who was named ambassador to B in 2020"), a second such clause after a
// first one in the same sentence, and the long title with its sender before the name ("The Ambassador
// Extraordinary and Plenipotentiary of the Republic of A to the B Federation, X"). Not a former envoy,
// not a deputy. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const envoys = (body: string) => relationsOfType('AMBASSADOR_TO', 'Envoys', body);

describe('envoy postings told after the name', () => {
  it('reads "X is the new High Commissioner of A to B" as X AMBASSADOR_TO B', () => {
    expect(
      envoys('Officials confirmed that Helen Okafor is the new High Commissioner of Nigeria to Canada.'),
    ).toEqual(['Helen Okafor AMBASSADOR_TO Canada']);
    expect(
      envoys('Tomas Lindqvist is the incoming Ambassador of Sweden to Chile, the ministry said.'),
    ).toEqual(['Tomas Lindqvist AMBASSADOR_TO Chile']);
  });

  it('reads each of two name-first clauses of one sentence', () => {
    expect(
      envoys(
        'Helen Okafor is the new Ambassador to Canada from Nigeria while Tomas Lindqvist is the new Ambassador of Sweden to Chile.',
      ).sort(),
    ).toEqual(['Helen Okafor AMBASSADOR_TO Canada', 'Tomas Lindqvist AMBASSADOR_TO Chile']);
  });

  it('reads an appointment after the name ("X, who was named ambassador to B in 2020")', () => {
    expect(
      envoys('Helen Okafor, who was named ambassador to Canada in 2020, met the trade minister on Friday.'),
    ).toEqual(['Helen Okafor AMBASSADOR_TO Canada']);
    expect(envoys('Tomas Lindqvist, who has been appointed as envoy to Chile, arrived late.')).toEqual([
      'Tomas Lindqvist AMBASSADOR_TO Chile',
    ]);
  });

  it('gives no mission to a former or deputy envoy named first', () => {
    expect(envoys('Helen Okafor is the former High Commissioner of Nigeria to Canada.')).toEqual([]);
    expect(envoys('Tomas Lindqvist, who was appointed deputy ambassador to Chile, arrived late.')).toEqual(
      [],
    );
    expect(envoys('Helen Okafor, who was appointed minister in 2020, flew to Canada.')).toEqual([]);
  });

  it('reads the long title with its sender before the name, as the short one', () => {
    expect(
      envoys(
        'The Ambassador Extraordinary and Plenipotentiary of the Republic of Moldova to the Russian Federation, Ion Rusu, was called in.',
      ),
    ).toEqual(['Ion Rusu AMBASSADOR_TO Russia']);
    expect(
      envoys(
        'The former Ambassador Extraordinary and Plenipotentiary of the Republic of Moldova to the Russian Federation, Ion Rusu, was called in.',
      ),
    ).toEqual([]);
  });
});

describe('one list of words of time before an envoy title', () => {
  it('reads an unnamed posting with "a new" or "the incoming" for the one envoy the article names', () => {
    expect(
      envoys(
        'Ghana has a new ambassador to Canada. Ambassador Helen Okafor presented her letters on Friday.',
      ),
    ).toEqual(['Helen Okafor AMBASSADOR_TO Canada']);
    expect(
      envoys('The incoming envoy to Chile landed on Monday. Ambassador Tomas Lindqvist thanked his hosts.'),
    ).toEqual(['Tomas Lindqvist AMBASSADOR_TO Chile']);
  });

  it('gives no posting from an unnamed former envoy, nor for two named envoys', () => {
    expect(
      envoys(
        'Ghana had a former ambassador to Canada. Ambassador Helen Okafor presented her letters on Friday.',
      ),
    ).toEqual([]);
    expect(
      envoys(
        'Ghana has a new ambassador to Canada. Ambassador Helen Okafor and Ambassador Tomas Lindqvist met on Friday.',
      ),
    ).toEqual([]);
  });
});
