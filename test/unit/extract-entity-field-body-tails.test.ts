// A body named by its head word and its field ("State Committee for National Security", "Commission on Human
// Rights") takes the "of the" tail of its name as a body ending in its head word does
// (server/src/extract/entities/org-tails.ts): "… of the Kyrgyz Republic", "… of the Philippines". A title
// with a field is no body, and another body after "of the" stays apart. A name cut after an adjective takes
// "and" and words ending in a plural noun ("Community of Latin American and Caribbean States"). Every
// sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const orgs = (body: string) =>
  extractChecked('Statement issued', body)
    .names.filter((n) => n.startsWith('Organization '))
    .map((n) => n.slice(13));

describe('the "of the" tail of a body named by its field', () => {
  it.each([
    [
      'The State Committee for National Security of the Kyrgyz Republic denied the report on Friday.',
      'State Committee for National Security of the Kyrgyz Republic',
    ],
    [
      'A spokesman for the Commission on Human Rights of the Philippines said the inquiry would go on.',
      'Commission on Human Rights of the Philippines',
    ],
    [
      'Officers of the Office for National Security of the Slovak Republic were sent to the crossing.',
      'Office for National Security of the Slovak Republic',
    ],
  ])('takes the tail: %s', (body, name) => {
    expect(orgs(body)).toContain(name);
  });

  it('leaves a title with a field, and a second body after "of the", apart', () => {
    const got = orgs(
      'The Minister for Foreign Affairs of the Maldives spoke. The Council for Trade of the Ministry of Economy met on Monday.',
    );
    expect(got.some((n) => /Minister for/.test(n))).toBe(false);
    expect(got).toEqual(expect.arrayContaining(['Council for Trade', 'Ministry of Economy']));
  });
});

describe('a body name cut after an adjective, "and" and words ending in a plural noun (session 31)', () => {
  it.each([
    [
      'Leaders of the Community of Latin American and Caribbean States met in Havana.',
      'Community of Latin American and Caribbean States',
    ],
    ['The Union of African and Arab Peoples issued a call for calm.', 'Union of African and Arab Peoples'],
  ])('takes the tail: %s', (body, name) => {
    expect(orgs(body)).toContain(name);
  });

  it('takes no place, no second body, and no run that goes on past the plural', () => {
    const got = orgs(
      'The Bank of Japan and Federal Reserve Banks agreed. The Institute of Aboriginal and Torres Strait Islander people spoke.',
    );
    expect(got.some((n) => /Japan and/.test(n))).toBe(false);
    // (The coordinated fields' rule, coordinated-fields.ts, keeps "Institute of Aboriginal and Torres Strait
    // Islander" whole, as the dev gold names that institute; the plural rule does not take it.)
    expect(got.some((n) => /Islander people/.test(n))).toBe(false);
  });
});
