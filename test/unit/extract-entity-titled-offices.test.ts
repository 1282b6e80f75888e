// A leader's office named by a capitalised title and "Office" ("the Prime Minister's Office said", "at the
// DP's Office", "Somalia's Prime Minister's office") is one organisation, named with the demonym of a
// country whose possessive stands before it; a lower-case title, a title with a name between, or the
// title alone make no office. Invented text.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, speakerOf } from '../helpers/extract-text.js';

const page = (sentence: string) =>
  extract(['Regional news', `${sentence} Officials said the talks would go on next week.`].join('\n'));

describe("a title's office", () => {
  it.each([
    ["The visit was confirmed by the Prime Minister's Office on Monday.", "Prime Minister's Office"],
    ['Talks were held, the President’s office said in a statement on Friday.', "President's Office"],
    ["Jane Mwangi, the spokeswoman at the DP's Office, told reporters he had left.", "DP's Office"],
    ["The decision was announced by Ghana's Vice President's Office.", "Ghanaian Vice President's Office"],
    ["Peru's Prime Minister's office said the envoy had been recalled.", "Peruvian Prime Minister's Office"],
  ])('when "%s", then %s is an organisation', (sentence, org) => {
    expect(namesOf(page(sentence), 'Organization')).toContain(org);
  });

  it('speaks as the body that issued the statement', () => {
    const d = page(`"We are honoured by the visit," the Prime Minister's Office said on Tuesday.`);
    expect(speakerOf(d, 'We are honoured')).toBe("Prime Minister's Office");
  });

  it.each([
    "The prime minister's office hours were cut during the recess.",
    "President Ruto's office said nothing about the visit.",
    "The President's visit to the border ended on Friday.",
  ])('when "%s", then no office is made', (sentence) => {
    expect(namesOf(page(sentence), 'Organization').filter((n) => /Office/.test(n))).toEqual([]);
  });
});
