// An envoy brought in by an indefinite determiner ("a German ambassador", "another EU envoy", "an Estonian
// diplomat") is someone new (session 20): the role phrase is no mention of the envoy the article named
// before, and an expulsion of such an envoy targets the envoy's state or union, not that person, unless the
// same expelling state acts on the named envoy in another clause. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const of = (type: string, body: string) =>
  extractChecked('Diplomatic row', body).rels.filter((r) => r.includes(` ${type} `));

describe('an expelled envoy brought in by "a"/"an" is not the envoy named before', () => {
  it.each([
    [
      'Benin ordered the EU ambassador, Oliver Nette, to leave. Congo ordered a European Union envoy to leave the country in December.',
      ['Benin EXPELLED Oliver Nette', 'Congo EXPELLED European Union'],
    ],
    [
      'The French ambassador Sylvain Itte was ordered to leave by Niger. Mali also expelled a French ambassador in 2022.',
      ['Niger EXPELLED Sylvain Itte', 'Mali EXPELLED France'],
    ],
    [
      'The US ambassador, John Smith, met the minister. Last year Niger expelled a US diplomat over spying.',
      ['Niger EXPELLED United States'],
    ],
    [
      'Germany’s ambassador Peter Woeste left Rwanda. In March 2019, Rwanda expelled a German ambassador.',
      ['Rwanda EXPELLED Germany'],
    ],
    ['Russia expelled an Estonian diplomat on Monday.', ['Russia EXPELLED Estonia']],
    ['Peru declared a Venezuelan diplomat persona non grata.', ['Peru EXPELLED Venezuela']],
  ])('when "%s", then %j', (text, rels) => {
    expect(of('EXPELLED', text)).toEqual(rels);
  });

  it('no AMBASSADOR_TO the state that expelled someone else ("Mali also expelled a French ambassador")', () => {
    expect(
      of(
        'AMBASSADOR_TO',
        'The French ambassador Sylvain Itte was ordered to leave by Niger. Mali also expelled a French ambassador in 2022.',
      ),
    ).toEqual(['Sylvain Itte AMBASSADOR_TO Niger']);
  });
});

describe('a definite role phrase still names the envoy the article names', () => {
  it('"expelled the French ambassador … The ambassador, Sylvain Itte, left": the envoy named', () => {
    expect(
      of(
        'EXPELLED',
        'The French ambassador, Sylvain Itte, arrived in Niamey in 2022. Niger expelled the French ambassador on Friday.',
      ),
    ).toEqual(['Niger EXPELLED Sylvain Itte']);
  });
});
