// "Forum" heads a body's name ("Pacific Islands Forum", "World Economic Forum"); a gathering's head word
// ends no person's name ("the Pacific Forum Leaders Special Retreat": no person "Special Retreat" nor
// "Retreat"); an ordinal counting a series' gathering is no word of its name ("the Third Forum for …").
// Invented text.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const page = (sentence: string) =>
  extract(['Regional news', `${sentence} Officials said the talks would go on next week.`].join('\n'));

describe('forums and gatherings', () => {
  it.each([
    [
      'Leaders met on Monday to discuss the future of the Pacific Islands Forum in Nadi.',
      'Pacific Islands Forum',
    ],
    ['The World Economic Forum opened in Davos on Monday with several leaders.', 'World Economic Forum'],
    [
      'The Third Forum for India-Pacific Islands Cooperation was held in Port Moresby.',
      'Forum for India-Pacific Islands Cooperation',
    ],
  ])('when "%s", then %s is an organisation', (sentence, org) => {
    expect(namesOf(page(sentence), 'Organization')).toContain(org);
  });

  it.each([
    'The prime minister is in Fiji for the Pacific Forum Leaders Special Retreat.',
    'The prime minister is in Fiji for the Forum Leaders Retreat.',
    'The prime minister flew to Apia for the Leaders Special Summit.',
  ])('when "%s", then no person is made of the gathering', (sentence) => {
    expect(namesOf(page(sentence), 'Person')).toEqual([]);
  });

  it('when an ordinal names a committee, not a gathering, then it stays ("Fifth Committee")', () => {
    expect(
      namesOf(
        page('The Fifth Committee of the General Assembly approved the budget.'),
        'Organization',
      ).join(),
    ).toContain('Fifth Committee');
  });
});
