// The corroboration rules (pure): same copy, independent outlets, contradicting dates.
import { describe, expect, it } from 'vitest';
import {
  datesContradict,
  independentOutlets,
  normalizeSentence,
  sameCopy,
  withinWindow,
  type Report,
} from '../../server/src/corroboration/rules.js';

const WIRE =
  'Lithuania expelled Russian ambassador Alexei Isakov on April 4, in response to the killings in Bucha.';
const report = (outlet: string | null, text: string, articleId = `${outlet}-1`): Report => ({
  articleId,
  outlet,
  published: null,
  text,
});

describe('same copy', () => {
  it('when two sentences differ in case, spacing, quotes and dashes, then they normalise alike', () => {
    expect(normalizeSentence('  “We will  respond” — he said. ')).toBe(
      normalizeSentence('"we will respond" - He said'),
    );
    expect(normalizeSentence('Don’t')).toBe("don't");
  });

  it('when one word in ten changes, then it is the same copy; when two reporters write their own, it is not', () => {
    expect(sameCopy(WIRE, WIRE.replace('Russian ambassador', "Russia's ambassador"))).toBe(true);
    expect(
      sameCopy(
        WIRE,
        'On April 4, Lithuania expelled Russian ambassador Alexei Isakov and downgraded relations.',
      ),
    ).toBe(false);
  });

  it('when sentences are shorter than six words, then they are never taken for copy', () => {
    expect(sameCopy('Lithuania expels Russian ambassador', 'Lithuania expels Russian ambassador')).toBe(
      false,
    );
  });
});

describe('independent outlets', () => {
  it('when two outlets carry the same sentence, then they count once; an outlet on its own counts once more', () => {
    const { independent, groupOf } = independentOutlets([
      report('Reuters', WIRE),
      report('AP', ` ${WIRE.toUpperCase()} `),
      report(
        'BBC',
        'On April 4, Lithuania expelled Russian ambassador Alexei Isakov and downgraded relations.',
      ),
    ]);
    expect(independent).toBe(2);
    expect(groupOf.get('Reuters')).toBe(groupOf.get('AP'));
    expect(groupOf.get('BBC')).not.toBe(groupOf.get('AP'));
  });

  it('when copy is shared through a third outlet, then the grouping is transitive', () => {
    const other = 'Vilnius gave the Russian envoy Alexei Isakov five days to leave the country on Monday.';
    const { independent } = independentOutlets([
      report('A', WIRE),
      report('B', WIRE),
      report('B', other, 'B-2'),
      report('C', other),
    ]);
    expect(independent).toBe(1);
  });

  it('when reports have no outlet, then each article is its own source; one outlet in many articles is one', () => {
    expect(independentOutlets([report(null, '', 'x'), report(null, '', 'y')]).independent).toBe(2);
    expect(
      independentOutlets([report('TASS', 'a b c d e f g', 't1'), report('TASS', 'h i j k l m n', 't2')])
        .independent,
    ).toBe(1);
  });
});

describe('dates', () => {
  it('when one date refines the other, they agree; a day apart they contradict; a year apart they are two events', () => {
    expect(datesContradict('2022-04', '2022-04-05')).toBe(false);
    expect(datesContradict('2022-04-04', '2022-04-05')).toBe(true);
    expect(datesContradict('2022-03-31', '2022-04')).toBe(true);
    expect(datesContradict('2021-04-04', '2022-04-04')).toBe(false);
    expect(datesContradict(null, '2022-04-04')).toBe(false);
    expect(withinWindow('2022-01-01', '2022-02-01')).toBe(true);
    expect(withinWindow('2022-01-01', '2022-02-02')).toBe(false);
  });
});
