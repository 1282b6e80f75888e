// A summons told without the verb "summon" (session 30): an envoy "called in" or "invited to the Ministry of
// Foreign Affairs" is summoned; the army called in or a minister invited to a summit is not. A note handed
// to an envoy who is summoned is the summons' note, no letter of its own; an envoy who "was handed a note"
// receives it. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked, relationsOfType } from '../helpers/extract-text.js';

describe('an envoy called in or invited to the foreign ministry', () => {
  it('when a ministry calls in a named ambassador, then the ministry summons him', () => {
    expect(
      relationsOfType(
        'SUMMONED',
        'Envoy called in',
        'The Foreign Office called in the Russian ambassador Andrei Kelin on Tuesday to protest.',
      ),
    ).toEqual(['Foreign Office SUMMONED Andrei Kelin']);
  });

  it("when a state calls in another state's unnamed envoy, then it summons that country's envoy", () => {
    expect(
      relationsOfType('SUMMONED', 'Protest', "Norway called in Iran's ambassador over the executions."),
    ).toEqual(['Norway SUMMONED Iran']);
  });

  it('when an envoy was called in to the foreign ministry in a capital, then that state summons', () => {
    expect(
      relationsOfType(
        'SUMMONED',
        'Envoy called in',
        'The Chinese ambassador was called in to the Foreign Ministry in Canberra on Friday.',
      ),
    ).toEqual(['Australian Foreign Ministry SUMMONED China']);
  });

  it('when an ambassador was invited to the Ministry of Foreign Affairs of a state, then its ministry summons him', () => {
    const x = extractChecked(
      'Note of protest',
      'The Ambassador of Armenia Garen Nazarian was invited to the Ministry of Foreign Affairs of Georgia on ' +
        'Monday, where he was handed a note of protest.',
    );
    expect(x.rels.filter((r) => r.includes(' SUMMONED '))).toEqual([
      'Georgian Foreign Ministry SUMMONED Garen Nazarian',
    ]);
    expect(x.events('letter')).toEqual([]);
  });

  it('when a note of protest is handed to an envoy the article says was summoned, then there is no letter', () => {
    const x = extractChecked(
      'Ministry hands note',
      'The Ministry of Foreign Affairs of Georgia handed a note of protest to the Ambassador of Armenia Garen ' +
        'Nazarian.\n\nGaren Nazarian was invited to the Ministry of Foreign Affairs of Georgia, where he ' +
        'was handed the note.',
    );
    expect(x.events('summons')).toHaveLength(1);
    expect(x.events('letter')).toEqual([]);
  });

  it('when an envoy was handed a note by a minister and nobody summons him, then the minister wrote to him', () => {
    expect(
      relationsOfType(
        'WROTE_TO',
        'Note handed',
        'Ambassador Ilkin Ahmadov was handed a note of protest by Deputy Foreign Minister Vahan Kostanyan.',
      ),
    ).toEqual(['Vahan Kostanyan WROTE_TO Ilkin Ahmadov']);
  });

  it('when the army is called in or a minister is invited to a summit or a reception, then nobody is summoned', () => {
    const x = extractChecked(
      'Unrest',
      'President Gustavo Petro called in the army to restore order in Cali. President Emmanuel Macron ' +
        'invited the Indian ambassador to the summit in Paris. The Kenyan ambassador was invited to the ' +
        "Foreign Ministry's reception for the new year. Senator Ted Cruz called in to a radio show.",
    );
    expect(x.events('summons')).toEqual([]);
    expect(x.rels.filter((r) => r.includes(' SUMMONED '))).toEqual([]);
  });
});
