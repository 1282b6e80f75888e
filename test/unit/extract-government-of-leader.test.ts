// "The government of <leader>" (session 29) is the leader's government, one organisation, as "the <Surname>
// government" is: "the government of Luiz Inácio Lula da Silva" is the Lula government, "the administration of
// President Joe Biden" the Biden administration. A country's government ("the government of Mexico") is no
// organisation, and a leader named elsewhere stays a person. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const names = (body: string) => extractChecked('Governments react', body).names;

describe('the government of a leader', () => {
  it.each([
    [
      'The government of Luiz Inácio Lula da Silva strongly condemned the measure.',
      'Organization Lula Government',
    ],
    [
      'The administration of President Joe Biden imposed sanctions on Monday.',
      'Organization Biden administration',
    ],
  ])('when "%s", then %s and no person', (body, org) => {
    expect(names(body)).toContain(org);
    expect(names(body).filter((n) => n.startsWith('Person'))).toEqual([]);
  });

  it('when the leader is named again alone, then the person stays beside the government', () => {
    expect(
      names(
        'The government of Javier Milei said it would not recognise the result. Javier Milei spoke later.',
      ),
    ).toEqual(expect.arrayContaining(['Organization Milei Government', 'Person Javier Milei']));
  });

  it("when it is a country's government, then nothing new is named", () => {
    expect(names('The government of Mexico said it would not recognise the result.')).toEqual([
      'Place Mexico',
    ]);
  });
});
