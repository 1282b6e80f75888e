// Rules that read a role or a comma right before a name take its honorific from honorifics.ts (one list),
// on invented text: a style or a West African or professional honorific ("Rt Hon", "Alhaji", "Hon.",
// "Professor") between an envoy's posting or a body's role and the name reads over as "Mr" does; with no
// role before it, nothing is made of the honorific alone.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

describe('an honorific from the one list between a role and its name', () => {
  it('when a style follows an envoy posting and its comma, then the envoy is posted', () => {
    expect(
      relationsOfType(
        'AMBASSADOR_TO',
        'Envoy arrives',
        'The ambassador of Fiji to Kenya, Rt Hon Tevita Mara, arrived in Nairobi on Monday.',
      ),
    ).toEqual(['Tevita Mara AMBASSADOR_TO Kenya']);
    expect(
      relationsOfType(
        'AMBASSADOR_TO',
        'New envoy',
        'Peru’s envoy to Chile, His Excellency Luis Ruiz, met reporters in Santiago.',
      ),
    ).toEqual(['Luis Ruiz AMBASSADOR_TO Chile']);
  });

  it('when an honorific follows a body’s role and its comma, then the name leads the body', () => {
    expect(
      relationsOfType(
        'LEADS',
        'Prices',
        'The chairman of the Lagos Chamber of Commerce, Alhaji Sani Dangote, said prices would rise.',
      ),
    ).toEqual(['Sani Dangote LEADS Lagos Chamber of Commerce']);
    expect(
      relationsOfType(
        'LEADS',
        'Budget',
        'The Chairman of the Public Accounts Committee, Hon. Peni Tora, tabled the report on Friday.',
      ),
    ).toEqual(['Peni Tora LEADS Public Accounts Committee']);
  });

  it('when no role comes before the honorific, then nobody is made a leader or an envoy', () => {
    expect(
      relationsOfType('LEADS', 'Prices', 'Alhaji Sani Dangote said prices would rise in Lagos.'),
    ).toEqual([]);
    expect(
      relationsOfType('AMBASSADOR_TO', 'Visit', 'Rt Hon Tevita Mara arrived in Kenya on Monday.'),
    ).toEqual([]);
  });
});
