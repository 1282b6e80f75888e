// A meeting's subject told by a description that is no title ("The PT member met with X", "The Angolan
// statesman received X", "the 68-year-old also held talks with X"): the person the article names most
// before the sentence, of the demonym's state when the description gives one (meeting-described-subjects.ts).
// Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

describe('a described subject of a meeting', () => {
  it('a party member: the person the article names most', () => {
    expect(
      metPairs(
        'Summit',
        'President Marta Quintela (PV) is in Spain for the summit. Quintela held four bilateral meetings.\n\n' +
          'The first guest was Ivo Brandt, the Chancellor of Austria. Brandt spoke of trade.\n\n' +
          'Later, the PV member met with the president of Peru, Tomas Ayala.',
      ),
    ).toContain('Marta Quintela MET Tomas Ayala');
  });

  it('a statesman of a demonym: the person of that state', () => {
    expect(
      metPairs(
        'Visit',
        'Ghanaian President Kofi Mensah welcomed the delegation. Mensah thanked Togolese Minister Ali Dossou, ' +
          'and Dossou praised Mensah.\n\n' +
          'The Ghanaian statesman also met with Nigerian envoy Bola Adeyemi.',
      ),
    ).toContain('Bola Adeyemi MET Kofi Mensah');
  });

  it('an age as the subject', () => {
    expect(
      metPairs(
        'Trip',
        'Former Chancellor Ruth Keller arrived in Oslo. Keller gave a lecture.\n\n' +
          'The 71-year-old then met with Norwegian Prime Minister Lars Dahl.',
      ),
    ).toContain('Lars Dahl MET Ruth Keller');
  });

  it("no one of the demonym's state, or no person named before: no guess", () => {
    expect(
      metPairs(
        'Visit',
        'Togolese Minister Ali Dossou arrived in Accra.\n\n' +
          'The Ghanaian statesman met with Nigerian envoy Bola Adeyemi.',
      ),
    ).toEqual([]);
    expect(metPairs('Visit', 'The PV member met with the president of Peru, Tomas Ayala.')).toEqual([]);
  });
});
