// ACCUSED whose accused is a pronoun for what the main clause acted on (relations/accused-pronouns.ts):
// "cut ties with X, accusing her of", "sanctions on X, accusing him of", "the expulsion of N <demonym>
// staff, accusing them of", "questioned the findings of the UN experts, accusing them of". Negatives: a
// negated accusation, a pronoun with nothing fitting before it, the accuser's own side. Every sentence here
// is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const accused = (body: string) =>
  extractChecked('Accusations traded', body).rels.filter((x) => / ACCUSED /.test(x));

describe('an accusation whose accused is a pronoun', () => {
  it('reads “her” as the country the main clause acted on', () => {
    expect(
      accused(
        'The government of Eritrea has suspended flights to Djibouti accusing her of harbouring rebels.',
      ),
    ).toContain('Eritrea ACCUSED Djibouti');
  });

  it('reads “him” as the person named after a verb the lexicon does not know', () => {
    expect(
      accused(
        'Canada already had travel bans in place on army chief Tomas Velarde, accusing him of ordering arrests.',
      ),
    ).toContain('Canada ACCUSED Tomas Velarde');
  });

  it('reads “them” as the body or state whose people the clause named', () => {
    expect(
      accused(
        'Finland announced the expulsion of nine Belarusian consulate workers in Turku, accusing them of espionage.',
      ),
    ).toContain('Finland ACCUSED Belarus');
    expect(
      accused(
        'President Ilunga Mbeki dismissed the report of the United Nations investigators, accusing them of bias.',
      ),
    ).toContain('Ilunga Mbeki ACCUSED United Nations');
  });

  it('takes no negated accusation, no pronoun without a fitting name, no own side', () => {
    expect(
      accused('Estonia has cut flights to Latvia but did not accuse her of breaking the treaty.'),
    ).toEqual([]);
    expect(accused('Chile has recalled its envoy, accusing them of delays.')).toEqual([]);
    expect(
      accused('The Peruvian government has praised Peruvian aid workers in Lima, accusing them of nothing.'),
    ).toEqual([]);
  });
});
