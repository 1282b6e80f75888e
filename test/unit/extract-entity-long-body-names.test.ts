// Long official names the chunker used to cut short, and companies named by a business head word
// (server/src/extract/entities/coordinated-fields.ts, org-tails.ts, lexicon.ts ORG_HEADS):
// - a body's head word, "of" and a coordination of fields is one name to its last item ("Ministry of Lands,
//   Housing and Urban Development"), not when the coordination joins another body, a place or a person, nor
//   a comma with no "and" (a new clause);
// - "of the" and a capitalised run goes to the run's end ("… People's Political Consultative Conference"),
//   stopping at a possessive ("of the Treasury's Office …") and before a title or a first name;
// - "<Name> Shipping/Freight/Logistics/Trading/Tankers" is a company, not a person.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const names = (body: string) => extractChecked('Statement issued', body).names;
const orgs = (body: string) =>
  names(body)
    .filter((n) => n.startsWith('Organization '))
    .map((n) => n.slice(13));

describe('a body named by a coordination of fields', () => {
  it.each([
    [
      'The Ministry of Mines, Energy and Water Development said on Friday that the licences were revoked.',
      'Ministry of Mines, Energy and Water Development',
    ],
    [
      'Officials at the Ministry of Science, Technology, and Higher Education confirmed the grants.',
      'Ministry of Science, Technology, and Higher Education',
    ],
    [
      'Maria Lopes of the Institute of Political Economy and Strategy said the figures were wrong.',
      'Institute of Political Economy and Strategy',
    ],
    ['The Department of Trade & Industry issued new rules last week.', 'Department of Trade & Industry'],
    [
      'A letter from the Commission of Gender, Children and Social Protection was read out.',
      'Commission of Gender, Children and Social Protection',
    ],
    [
      'The Ministry of Finance, Planning and Economic Development Minister Paul Okello spoke in the morning.',
      'Ministry of Finance, Planning and Economic Development',
    ],
  ])('keeps the whole name: %s', (body, name) => {
    expect(orgs(body)).toContain(name);
  });

  it.each([
    ['The Ministry of Finance and the Central Bank agreed on the new rate.', 'Ministry of Finance'],
    ['The Ministry of Health and Central Bank officials met on Monday.', 'Ministry of Health'],
    ['At the Ministry of Defence, Army chief Samuel Osei said troops were ready.', 'Ministry of Defence'],
    ['The Ministry of Energy and John Mahama signed the deal on Tuesday.', 'Ministry of Energy'],
    ['The Ministry of Education and Kenya Red Cross helped the families.', 'Ministry of Education'],
    ['The Ministry of Defence and Russian Foreign Minister Sergei Lavrov both spoke.', 'Ministry of Defence'],
  ])('leaves a second body, a name or a new clause apart: %s', (body, name) => {
    const got = orgs(body);
    expect(got).toContain(name);
    expect(got.some((n) => n.startsWith(`${name} `) || n.startsWith(`${name},`))).toBe(false);
  });
});

describe('"of the" and a capitalised run', () => {
  it("goes to the run's end", () => {
    expect(
      orgs("The National Committee of the Chinese People's Political Consultative Conference met in March."),
    ).toContain("National Committee of the Chinese People's Political Consultative Conference");
  });

  it('stops at a possessive and before a title and a first name', () => {
    const got = orgs(
      "The Department of the Treasury's Office of Foreign Assets Control listed them. The International Committee of the Red Cross President Peter Maurer visited.",
    );
    expect(got).toContain('Office of Foreign Assets Control');
    expect(got).toContain('International Committee of the Red Cross');
    expect(got.some((n) => /Treasury['’]s|Peter/.test(n))).toBe(false);
  });
});

describe('a company named by its business head word', () => {
  it.each([
    ['Norvik Freight denied the claims on Tuesday.', 'Norvik Freight'],
    ['The listing named Kestrel Tankers, which owns four ships.', 'Kestrel Tankers'],
    ['Orion Trading said it would appeal the decision.', 'Orion Trading'],
    ['Baltic Logistics rejected the accusation in a statement.', 'Baltic Logistics'],
    ['Authorities also sanctioned Med Wave Shipping for moving the cargo.', 'Med Wave Shipping'],
  ])('is an organisation, not a person: %s', (body, name) => {
    const got = names(body);
    expect(got).toContain(`Organization ${name}`);
    expect(got).not.toContain(`Person ${name}`);
  });
});
