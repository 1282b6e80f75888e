// Credentials (session 35): the envoys of a ceremony listed in the next sentence after long roles — "They are
// the Ambassador of the People's Republic of A, X, …", "They are Ambassadors of A, X; B, Y", "the
// Ambassador Extraordinary and Plenipotentiary of A to B, X" — each meet the host (credential-lists.ts); a
// capitalised "received the Letters of Credence" tells the ceremony (meetings-calls.ts). A list that does
// not open with an envoy's role or a name lists no one. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

const HOST = 'Kofi Asante';
const CEREMONY = [
  `President ${HOST} has received the letters of credence of four new envoys accredited to Ghana.`,
  `President ${HOST} has received the Letters of Credence from ambassadors accredited to Ghana from four countries.`,
  `President ${HOST} on Monday received the credentials of four ambassadors at the Jubilee House.`,
];
const LISTS = [
  'They are the Ambassador of the Republic of Chile, Pablo Herrera, Ambassador of Finland, Mikko Laine, and the Ambassador of the Kingdom of Spain, Lucia Ortega.',
  'They are Ambassadors of Chile, Pablo Herrera; Finland, Mikko Laine and Spain, Lucia Ortega.',
  'They include the Ambassador Extraordinary and Plenipotentiary of the Republic of Chile to Ghana, Mr Pablo Herrera, the Ambassador of Finland, Mikko Laine, and Lucia Ortega of Spain.',
];
const WANT = [`${HOST} MET Lucia Ortega`, `${HOST} MET Mikko Laine`, `${HOST} MET Pablo Herrera`];

describe('a credentials list after long envoy roles', () => {
  for (const [i, ceremony] of CEREMONY.entries())
    for (const [j, list] of LISTS.entries())
      it(`ceremony ${i + 1}, list ${j + 1}: each listed envoy meets the host`, () => {
        expect(metPairs('Envoys present credentials', `${ceremony}\n\n${list}`)).toEqual(WANT);
      });

  it('when the list sentence opens with something other than a role or a name, then no one is listed', () => {
    const body = `${CEREMONY[1]}\n\nThey are expected to meet Finance Minister Pablo Herrera and Mikko Laine next week.`;
    expect(metPairs('Envoys present credentials', body)).toEqual([]);
  });

  it('when the ceremony names "High Commissioners Designate", then "Designate" is no envoy', () => {
    const body = `President ${HOST} accepted Letters of Credence from Ambassadors and High Commissioners Designate representing three countries.\n\n${LISTS[1]}`;
    expect(metPairs('Envoys present credentials', body)).toEqual(WANT);
  });

  it('when the letters received are not credentials, then there is no ceremony', () => {
    const body = `President ${HOST} has received the Letters of Support from Pablo Herrera and Mikko Laine.`;
    expect(metPairs('Letters', body)).toEqual([]);
  });
});
