// Credentials (session 34): the envoys of a ceremony listed in a later sentence whose lead names them or
// their credentials before its verb ("Among those who presented their letters of credence were A, B",
// "First to present credentials was A followed by B", "X said the new envoys are A and B"), a few
// sentences after the ceremony, and "Others include C" going on from such a list. A mention by role ("the
// Kenyan envoy") is not a listed name; a lead naming someone ("the guests of Ambassador X were") is no
// list; a list too far from any ceremony joins none. The host of "X received new ambassadors who reached
// out to present their credentials before …" is X. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

const CEREMONY =
  'President Hakainde Hichilema received letters of credence from new ambassadors at State House in Lusaka today.';
const FILLER =
  'He said the government wants closer trade ties. He urged the diplomats to travel across the country.';

describe('a credentials list whose lead names the envoys', () => {
  it('"Among those that presented their letters of Credence include", then "Others include"', () => {
    const body = `${CEREMONY} ${FILLER}\n\nAmong the people that presented their letters of Credence include Peruvian Ambassador to Zambia Mr. Rafael Quispe, Irish Ambassador Nuala Byrne.\n\nOthers include Chilean Ambassador to Zambia, Tomas Vidal.`;
    expect(metPairs('Credentials', body)).toEqual([
      'Hakainde Hichilema MET Nuala Byrne',
      'Hakainde Hichilema MET Rafael Quispe',
      'Hakainde Hichilema MET Tomas Vidal',
    ]);
  });

  it('"First to present credentials was … followed by …"', () => {
    const body = `${CEREMONY}\n\nFirst to present credentials was the Kenyan envoy, Mr Otieno Kamau followed by Ms Ana Ruiz (Chile) and Dr Tomas Vidal (Peru).`;
    expect(metPairs('Credentials', body)).toEqual([
      'Ana Ruiz MET Hakainde Hichilema',
      'Hakainde Hichilema MET Otieno Kamau',
      'Hakainde Hichilema MET Tomas Vidal',
    ]);
  });

  it('after a reporting clause: "X said the new envoys are …"', () => {
    const body = `${CEREMONY} ${FILLER}\n\nSpokesman Gerald Banda said the new envoys are James Mwangi from Kenya and Ana Ruiz from Chile.`;
    expect(metPairs('Credentials', body)).toEqual([
      'Ana Ruiz MET Hakainde Hichilema',
      'Hakainde Hichilema MET James Mwangi',
    ]);
  });

  it('not when the lead names someone, nor far from any ceremony', () => {
    const named = `${CEREMONY}\n\nAmong the guests of Ambassador James Mwangi were Ana Ruiz and Tomas Vidal.`;
    expect(metPairs('Credentials', named)).toEqual([]);
    const far = `${CEREMONY} ${FILLER} He thanked them. He spoke of mining. He spoke of farming.\n\nOthers include Ana Ruiz and Tomas Vidal.`;
    expect(metPairs('Credentials', far)).toEqual([]);
  });

  it('not without a ceremony', () => {
    const body = `Zambia hosted a trade fair in Lusaka. ${FILLER}\n\nAmong the diplomats who attended were Ana Ruiz and Tomas Vidal.`;
    expect(metPairs('Trade fair', body)).toEqual([]);
  });

  it('the host who "received new ambassadors who reached out to present their credentials before …"', () => {
    const body =
      'President Ana Ruiz today received three new ambassadors at State House who reached out to present their credentials before taking charge of their missions. The ceremony was short. Spokesman Gerald Banda said the new envoys are James Mwangi from Kenya and Tomas Vidal from Peru.';
    expect(metPairs('Credentials', body)).toEqual(['Ana Ruiz MET James Mwangi', 'Ana Ruiz MET Tomas Vidal']);
  });

  it('but the person the credentials are presented to, when named', () => {
    const body =
      'Minister Ana Ruiz received three new ambassadors who then presented their credentials to President Tomas Vidal. The new envoys are James Mwangi from Kenya and Peter Odhiambo from Uganda.';
    expect(metPairs('Credentials', body)).toEqual([
      'James Mwangi MET Tomas Vidal',
      'Peter Odhiambo MET Tomas Vidal',
    ]);
  });
});
