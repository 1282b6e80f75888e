// A stance verb negated right before it ("has not criticised X", "never accused X", "had so far not
// condemned X", "has not yet responded to X") states no act: no relation. "not only condemned X" is no
// negation, and an affirmative verb keeps its relation. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const rels = (body: string) =>
  extractChecked('Reactions', body).rels.filter((r) =>
    / (?:CRITICIZED|ACCUSED|SUPPORTED|THANKED|RESPONDED_TO) /.test(r),
  );

describe('a negated stance verb makes no relation', () => {
  it('reads no relation after not, never or a contracted not', () => {
    expect(rels('Foreign Minister Sergei Lavrov has not criticized Poland, the ministry said.')).toEqual([]);
    expect(rels('President Emmanuel Macron never accused China of meddling.')).toEqual([]);
    expect(rels('President Joe Biden has so far not condemned Israel.')).toEqual([]);
    expect(rels('Turkey has never supported Armenia, President Recep Tayyip Erdogan said.')).toEqual([]);
    expect(rels('France had not thanked Italy for the help.')).toEqual([]);
    expect(rels("Hungary hasn't condemned Russia since the war began.")).toEqual([]);
  });

  it('reads no response that did not come', () => {
    expect(
      rels('President Donald Trump has not yet responded to the letter from President Kim Jong Un.'),
    ).toEqual([]);
    expect(
      rels('President Luiz Lula da Silva said President Daniel Ortega had not responded to his requests.'),
    ).toEqual([]);
  });

  it('keeps the affirmative verb and "not only"', () => {
    expect(rels('Foreign Minister Sergei Lavrov criticized Poland on Monday.')).toEqual([
      'Sergei Lavrov CRITICIZED Poland',
    ]);
    expect(rels('Germany not only condemned Russia but also imposed new sanctions.')).toEqual([
      'Germany CRITICIZED Russia',
    ]);
    expect(rels('President Joe Biden has repeatedly condemned Russia.')).toEqual([
      'Joe Biden CRITICIZED Russia',
    ]);
    expect(
      rels(
        'President Recep Tayyip Erdogan, who responded to President Joe Biden on Sunday, spoke in Ankara.',
      ),
    ).toEqual(['Recep Tayyip Erdogan RESPONDED_TO Joe Biden']);
  });
});
