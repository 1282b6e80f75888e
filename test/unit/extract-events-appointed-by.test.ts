// The appointer of a passive appointment named after the post and the appointer's titles ("was appointed
// ambassador to Japan by President X", "who was appointed by President X"); one who swears an envoy in
// appoints no one, nor does a "by" after another verb. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('the appointer of a passive appointment', () => {
  it('reads "was appointed ambassador to Japan by President X"', () => {
    const r = extractChecked(
      'New envoy',
      'Tom Becker was appointed ambassador to Japan by President Joe Biden last year.',
    );
    expect(r.rels).toContain('Joe Biden APPOINTED Tom Becker');
  });

  it('reads "X, who was appointed by President Y in 2021,"', () => {
    const r = extractChecked(
      'Envoy arrives',
      'Tom Becker, who was appointed by President Joe Biden in 2021, arrived in Tokyo on Monday.',
    );
    expect(r.rels).toContain('Joe Biden APPOINTED Tom Becker');
  });

  it('reads no appointer after another verb or for one who swore the envoy in', () => {
    const r = extractChecked(
      'Envoy praised',
      'Tom Becker was appointed in 2020 and praised by President Joe Biden. Anna Weiss was sworn in as ambassador to Peru in May by Vice President Kamala Harris.',
    );
    expect(r.rels.filter((x) => / APPOINTED /.test(x))).toEqual([]);
  });
});
