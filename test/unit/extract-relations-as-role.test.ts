// A role of a body the sentence's subject acts in (relations/appositions.ts, as-role): "X attended the
// summit as chairman of the African Union", "X spoke as head of the United Nations", "in his capacity as
// Chair of A and Chair of B" (LEADS each). Not a role left ("stepped down as"), not a subject that is no
// person ("The two sides … as members of"), not a person after the verb ("welcomed Y as head of").
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const leads = (body: string) => relationsOfType('LEADS', 'Summit news', body);
const members = (body: string) => relationsOfType('MEMBER_OF', 'Summit news', body);

describe('the subject acting in a role of a body', () => {
  it('"attended the summit as chairman of <body>": LEADS', () => {
    expect(
      leads('Senegalese President Macky Sall attended the summit as chairman of the African Union.'),
    ).toEqual(['Macky Sall LEADS African Union']);
  });

  it('"spoke on Monday as head of <body>": LEADS', () => {
    expect(leads('Antonio Guterres spoke on Monday as head of the United Nations.')).toEqual([
      'Antonio Guterres LEADS United Nations',
    ]);
  });

  it('"in his capacity as Chair of A and Chair of B": LEADS each', () => {
    expect(
      leads(
        'President William Ruto is playing an active role in the summit in his capacity as Chair of the National Climate Change Council and Chair of the African Union.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'William Ruto LEADS National Climate Change Council',
        'William Ruto LEADS African Union',
      ]),
    );
  });

  it('a role left is none: "stepped down as secretary-general of NATO"', () => {
    expect(leads('Jens Stoltenberg stepped down as secretary-general of NATO in October.')).toEqual([]);
  });

  it('no person as the subject, or a person after the verb: nothing', () => {
    expect(
      members('The two sides agreed to coordinate as non-permanent members of the UN Security Council.'),
    ).toEqual([]);
    expect(leads('Emmanuel Macron welcomed Olaf Scholz as head of the German delegation on Monday.')).toEqual(
      [],
    );
  });
});
