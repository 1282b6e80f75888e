// A capitalised office, its country, a comma and an honorific before the name ("the Foreign Minister of
// Azerbaijan, Mr. X", "the Azerbaijani Foreign Minister, Dr. X", "the President of Kenya, H.E. X"): the
// person met is the one named, not the country (clauses/noun-phrase.ts). A name with no honorific reads as
// before. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

const HOST = 'Foreign Minister Shirley Ayorkor Botchwey';

describe('an honorific between a title and the name it gives', () => {
  it.each([
    ['held talks with the Foreign Minister of Azerbaijan, Mr. Elmar Mammadyarov, in New York.'],
    ['held bilateral talks with the Foreign Minister of Azerbaijan, Mr Elmar Mammadyarov.'],
    ['met the Azerbaijani Foreign Minister, Dr. Elmar Mammadyarov, on Monday.'],
    ['met with the Foreign Minister of Azerbaijan, H.E. Elmar Mammadyarov, on the sidelines.'],
    ['met with the Foreign Minister of Azerbaijan Mr. Elmar Mammadyarov on the sidelines.'],
    ['received the Foreign Minister of Azerbaijan, Elmar Mammadyarov, in Accra.'],
  ])('%s', (tail) => {
    expect(metPairs('Talks', `${HOST} ${tail}`)).toEqual(['Elmar Mammadyarov MET Shirley Ayorkor Botchwey']);
  });

  it('no place is met when the title names a person', () => {
    const pairs = metPairs(
      'Talks',
      `${HOST} met with the President of Kenya, H.E. William Ruto, in New York.`,
    );
    expect(pairs).toEqual(['Shirley Ayorkor Botchwey MET William Ruto']);
  });
});
