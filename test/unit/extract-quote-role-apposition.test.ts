// A person named with an apposition of role and body, closed by a comma before the verb of saying ("X,
// president of the Andean Community, said", "X, current chairman of the forum that met in Suva, said"),
// speaks the quotation: not the body or country the apposition names after its preposition. The body still
// speaks when it is the subject, and a name inside an opening phrase stays no speaker. Invented text.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) => speakerOf(extractChecked('Talks stall', body).d, start);

describe('the person a role apposition describes speaks, not the apposition’s body', () => {
  it.each([
    [
      'Maria Lopez, president of the Andean Community, said the tariffs were “unacceptable for the region”.',
      'Maria Lopez',
    ],
    [
      'Kwame Mensah, leader of the opposition New Patriotic Party, said the budget was “a disaster for farmers”.',
      'Kwame Mensah',
    ],
    [
      'Daniel Okoro, former head of the African Union Commission, said the coup was “a setback for the continent”.',
      'Daniel Okoro',
    ],
    [
      'Ana Silva, governor of the Central Bank of Brazil, told reporters inflation was “under control for now”.',
      'Ana Silva',
    ],
    [
      'Alan Brooks, current chairman of the Pacific Islands Forum that met in Suva last week, said he opposed “any new drilling”.',
      'Alan Brooks',
    ],
    [
      'On Monday, Daniel Okoro, the outgoing head of the African Union Commission, has also said the coup was “a setback for the continent”.',
      'Daniel Okoro',
    ],
  ])('%s', (body, who) => {
    expect(speaker(body, body.split('“')[1]!.slice(0, 8))).toBe(who);
  });
});

describe('negatives: the body or another subject keeps the quotation', () => {
  it('a body that is the subject speaks', () => {
    expect(
      speaker(
        'The Andean Community, which Maria Lopez chairs, said the tariffs were “unacceptable for the region”.',
        'unacceptable',
      ),
    ).toBe('Andean Community');
  });
  it('a name in an opening phrase is no speaker; the clause’s subject is', () => {
    expect(
      speaker(
        'After meeting Maria Lopez, head of the Andean Community, Daniel Okoro said the plan was “sound in every respect”.',
        'sound in',
      ),
    ).toBe('Daniel Okoro');
  });
  it('an apposition not closed before the verb changes nothing', () => {
    expect(
      speaker(
        'Daniel Okoro met Maria Lopez, head of the Andean Community, and said the plan was “sound in every respect”.',
        'sound in',
      ),
    ).toBe('Daniel Okoro');
  });
});
