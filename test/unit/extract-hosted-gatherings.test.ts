// A gathering one person hosts and the leaders or envoys of listed states attend
// (events/hosted-gatherings.ts): the host meets each state whose person goes unnamed. A state or body as
// host, states with no group before them and long plenary lists link nothing. Every sentence here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

const title = 'Summit in the capital';
const met = (body: string) => metPairs(title, body);

describe('a hosted gathering attended by the leaders or envoys of states', () => {
  it('links the host to each state, the host first or after "hosted by"', () => {
    expect(
      met(
        'President Ilse Varga hosted a regional summit attended by the leaders of Angola, Namibia and Botswana.',
      ),
    ).toEqual(['Angola MET Ilse Varga', 'Botswana MET Ilse Varga', 'Ilse Varga MET Namibia']);
    expect(
      met('Delegations from Ghana and Togo attended the working dinner hosted by Prime Minister Ana Duarte.'),
    ).toEqual(['Ana Duarte MET Ghana', 'Ana Duarte MET Togo']);
  });

  it('links nothing for a state as host, states with no group, or a long plenary list', () => {
    expect(
      met('The leaders of Ghana and Togo attended the summit hosted by Kenya.').filter((p) =>
        /Kenya/.test(p),
      ),
    ).toEqual([]);
    expect(met('President Ilse Varga hosted a forum attended by Ghana and Togo.')).toEqual([]);
    expect(
      met(
        'President Ilse Varga hosted a summit attended by the leaders of Ghana, Togo, Benin, Niger, Mali, Chad and Nepal.',
      ),
    ).toEqual([]);
  });
});
