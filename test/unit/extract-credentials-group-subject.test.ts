// Envoys of a credentials ceremony told as a group whose subject names some of them ("Including A, a total
// of 12 envoys, among them B, presented their credentials to President X"), and the rest listed later
// ("The others received were Ambassadors C (Peru), D (Poland) and E (Japan)") (session 29): each MET the
// host. A person in the subject who is no envoy (a minister watching) does not. Every sentence here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

const TITLE = 'Envoys present credentials';

describe('the envoys a group subject names, and the others listed after, meet the host', () => {
  it('when the subject names two envoys and a later sentence lists the others, then all five meet the president', () => {
    const body = [
      'Including French Ambassador Claire Dubois, a total of 12 envoys, among them German Ambassador Hans Weber, presented their credentials to President Gabriel Boric at La Moneda on Tuesday.',
      'The president welcomed the envoys.',
      'The others received were Ambassadors Luis Ortega (Peru), Anna Kowalska (Poland) and Kenji Sato (Japan).',
    ].join('\n\n');
    expect(metPairs(TITLE, body)).toEqual(
      [
        'Claire Dubois MET Gabriel Boric',
        'Gabriel Boric MET Hans Weber',
        'Gabriel Boric MET Luis Ortega',
        'Anna Kowalska MET Gabriel Boric',
        'Gabriel Boric MET Kenji Sato',
      ].sort(),
    );
  });

  it('when the subject names a minister who is no envoy, then he does not meet the host by the ceremony', () => {
    const body =
      'Watched by Foreign Minister Alberto van Klaveren, six new ambassadors presented their credentials to President Gabriel Boric on Tuesday.';
    expect(metPairs(TITLE, body)).toEqual([]);
  });

  it('when "the others" are no envoys received, then nothing is listed', () => {
    const body = [
      'French Ambassador Claire Dubois presented her credentials to President Gabriel Boric on Tuesday.',
      'The others in the room were journalists Luis Ortega and Anna Kowalska.',
    ].join('\n\n');
    expect(metPairs(TITLE, body)).toEqual(['Claire Dubois MET Gabriel Boric']);
  });
});
