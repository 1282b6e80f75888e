// A role with no name as the subject of a meeting or a phone call, after a word of time ("earlier the
// Japanese prime minister held talks with X") or with a state's possessive ("Turkey's foreign minister
// met X"), is the person named before with that title and that state (meeting-role-subjects.ts); a person
// of another state, or one whose state the text never gave, is not it. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { metPairs, relationsOfType } from '../helpers/extract-text.js';

describe('a role subject after a word of time or with a state', () => {
  it('after "earlier", "later", "meanwhile" before "the"', () => {
    expect(
      metPairs(
        'Talks',
        'Russian Foreign Minister Oleg Markov met Kenyan Foreign Minister Ruth Wanjiru on Monday.\n\n' +
          'In addition, earlier the Russian Foreign Minister met with his German counterpart Karl Brenner.',
      ),
    ).toContain('Karl Brenner MET Oleg Markov');
    expect(
      metPairs(
        'Forum',
        'Japanese Prime Minister Kenji Sato attended the forum.\n\n' +
          'On Friday, earlier the Japanese prime minister held talks with Indian Prime Minister Ravi Mehra.',
      ),
    ).toEqual(['Kenji Sato MET Ravi Mehra']);
  });

  it("with the state's possessive, and a time word after the role", () => {
    expect(
      metPairs(
        'Visit',
        'Turkish Foreign Minister Selim Aydin said the talks were useful.\n\n' +
          "Turkey's foreign minister yesterday met Iranian Foreign Minister Reza Karimi in Tehran.",
      ),
    ).toEqual(['Reza Karimi MET Selim Aydin']);
    expect(
      relationsOfType(
        'SPOKE_WITH',
        'Call',
        'Indian Prime Minister Arun Varma thanked the voters.\n\n' +
          "India's new Prime Minister today spoke on the phone to his Chinese counterpart Premier Chen Wei.",
      ),
    ).toEqual(['Arun Varma SPOKE_WITH Chen Wei']);
  });

  it('not a person of another state, nor one whose state the text never gave', () => {
    const other = metPairs(
      'Visit',
      'Turkish Foreign Minister Selim Aydin said the talks were useful.\n\n' +
        "Iran's foreign minister yesterday met Saudi Foreign Minister Faisal Omar in Riyadh.",
    );
    expect(other).not.toContain('Faisal Omar MET Selim Aydin');
    const unknown = metPairs(
      'Talks',
      'Foreign Minister Jane Holt said Australia was ready.\n\n' +
        "Indonesia's foreign minister met Chinese Foreign Minister Li Ming on Monday.",
    );
    expect(unknown).not.toContain('Jane Holt MET Li Ming');
    expect(
      metPairs(
        'Talks',
        'German Chancellor Hans Weber said the talks were useful.\n\n' +
          'Earlier the Polish president met Ukrainian President Petro Koval.',
      ),
    ).not.toContain('Hans Weber MET Petro Koval');
  });

  it('with a demonym after two persons of that title, the one of that state, not the last named', () => {
    const pairs = metPairs(
      'Visit',
      'Chinese President Wang Lei arrived in Kathmandu on Friday. President Maya Thapa received him at the ' +
        'palace.\n\nThe Chinese President also met with the leader of the opposition Congress party, ' +
        'Hari Koirala, today.',
    );
    expect(pairs).toContain('Hari Koirala MET Wang Lei');
    expect(pairs).not.toContain('Hari Koirala MET Maya Thapa');
  });
});
