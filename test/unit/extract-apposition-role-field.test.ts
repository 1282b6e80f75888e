// An apposition whose role has its field before the body (session 29): "X, acting deputy chief of mission
// at the Japanese Embassy in Seoul,", "X, director of policy at Amnesty International," make X a member of
// the body, not its head; the head's own title ("director of Amnesty International") still leads. Every
// sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const roles = (body: string) =>
  extractChecked('Diplomacy', body).rels.filter((r) => / (?:MEMBER_OF|LEADS) /.test(r));

describe('a role with its field, then the body, is a member of the body', () => {
  it.each([
    [
      'Seoul summoned Mondo Yamamoto, acting deputy chief of mission at the Japanese Embassy in Seoul, on Friday.',
      ['Mondo Yamamoto MEMBER_OF Japanese Embassy in Seoul'],
    ],
    [
      'Anna Smith, director of policy at Amnesty International, told reporters the move was illegal.',
      ['Anna Smith MEMBER_OF Amnesty International'],
    ],
    [
      'Anna Smith, head of research at Human Rights Watch, told reporters the move was illegal.',
      ['Anna Smith MEMBER_OF Human Rights Watch'],
    ],
    [
      'Anna Smith, director of Amnesty International, told reporters the move was illegal.',
      ['Anna Smith LEADS Amnesty International'],
    ],
  ])('when "%s", then %j', (text, rels) => {
    expect(roles(text)).toEqual(rels);
  });
});
