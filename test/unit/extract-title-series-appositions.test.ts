// A host named with an apposition of several titles set off by commas ("Sheikh X, Vice President, Prime
// Minister and Ruler of Y, received …"): the person named is the verb's subject and the meeting's party,
// not a place named inside a title (clauses/title-series.ts). A list of titled persons, a list of states
// and titles with no name before them read as before. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked, metPairs } from '../helpers/extract-text.js';

const partiesOf = (body: string) => {
  const r = extractChecked('Talks', body);
  return r.events('meeting').map((e) => e.participants.map((p) => r.name(p.entity)).sort());
};

describe('a host named with several titles between commas', () => {
  it('receives the envoys of listed states', () => {
    const body =
      'Sheikh Khalid bin Saud Al Harthy, Vice President, Prime Minister and Ruler of Sharqiya, received the ambassadors of Chile, Peru and Bolivia on Monday.';
    expect(metPairs('Talks', body)).toEqual([
      'Bolivia MET Khalid bin Saud Al Harthy',
      'Chile MET Khalid bin Saud Al Harthy',
      'Khalid bin Saud Al Harthy MET Peru',
    ]);
  });

  it('a place inside a title is no party', () => {
    const body =
      'Foreign Minister Jan Novak, Deputy Prime Minister, Minister of Foreign Affairs and Trade of Slovakia, received the ambassadors of Chile and Peru on Monday.';
    const parties = partiesOf(body);
    expect(parties).toEqual([['Chile', 'Jan Novak', 'Peru']]);
  });

  it('a list of titled persons stays a list', () => {
    const body =
      'President William Ruto, President Yoweri Museveni and President Paul Kagame, the three leaders of the bloc, met in Arusha on Monday.';
    expect(metPairs('Summit', body)).toEqual([
      'Paul Kagame MET William Ruto',
      'Paul Kagame MET Yoweri Museveni',
      'William Ruto MET Yoweri Museveni',
    ]);
  });

  it('titles with no name before them give no host', () => {
    const body =
      'The Vice President, Prime Minister and Ruler of Sharqiya, received the ambassador of Chile on Monday.';
    expect(metPairs('Talks', body)).toEqual([]);
  });

  it('a list of states set off before its verb still acts', () => {
    const r = extractChecked(
      'Recalls',
      'Chile, Peru, Bolivia and Ecuador, the four founding members, recalled their ambassadors from Venezuela.',
    );
    expect(r.events('recall')).toHaveLength(4);
  });
});
