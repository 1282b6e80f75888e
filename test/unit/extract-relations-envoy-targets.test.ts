// A verb relation whose object is an envoy's role with no name and no article ("accuses US ambassador of
// …" in a headline, "condemned Mexico's ambassador") targets the one envoy of that state the article names
// anywhere, as the summons and expulsion rules do; the state when it names none of that state, or two.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

describe('the named envoy of the state the role gives', () => {
  it('reads a headline\'s "accuses US ambassador of" as the ambassador the text names', () => {
    expect(
      relationsOfType(
        'ACCUSED',
        'Azerbaijan accuses US ambassador of interference',
        'Baku said on Monday that US Ambassador to Azerbaijan Richard Morningstar had overstepped his role.',
      ),
    ).toEqual(['Azerbaijan ACCUSED Richard Morningstar']);
  });

  it('reads a headline\'s "criticises US envoy over" the same way', () => {
    expect(
      relationsOfType(
        'CRITICIZED',
        'Vietnam criticises US envoy over remarks',
        'US Ambassador to Vietnam Marc Knapper had told students that the deal was dead.',
      ),
    ).toEqual(['Vietnam CRITICIZED Marc Knapper']);
  });

  it('reads "condemned Mexico\'s ambassador" when the ambassador is named later as recalled', () => {
    expect(
      relationsOfType(
        'CRITICIZED',
        'Lima angry',
        "Peru condemned Mexico's ambassador for sheltering the former president. Mexico later recalled its ambassador to Peru, Pablo Monroy.",
      ),
    ).toEqual(['Peru CRITICIZED Pablo Monroy']);
  });

  it('reads a state\'s adjective before "ambassador" and "envoy" too', () => {
    expect(
      relationsOfType(
        'THANKED',
        'Norway thanks Chinese ambassador for help',
        'Chinese Ambassador to Norway Hou Yue said the talks had been useful.',
      ),
    ).toEqual(['Norway THANKED Hou Yue']);
    expect(
      relationsOfType(
        'ACCUSED',
        'Mali accuses French envoy of meddling',
        'Bamako on Monday expelled French Ambassador to Mali Joel Meyer, who had criticised the junta.',
      ),
    ).toEqual(['Mali ACCUSED Joel Meyer']);
  });
});

describe('the state when the article names no single envoy of it', () => {
  it("keeps the state when only another state's envoy is named", () => {
    expect(
      relationsOfType(
        'CRITICIZED',
        'Belgrade criticises US ambassador',
        'British Ambassador to Serbia Edward Ferguson said nothing.',
      ),
    ).toEqual(['Belgrade CRITICIZED United States']);
  });

  it('keeps the state when two envoys of it are named', () => {
    expect(
      relationsOfType(
        'CRITICIZED',
        'Tehran criticises British ambassador',
        'British Ambassador to Iran Simon Shercliff replaced British Ambassador to Iran Rob Macaire in 2021.',
      ),
    ).toEqual(['Tehran CRITICIZED United Kingdom']);
  });
});
