// An unknown name that undergoes a change of office is a person (entities/name-positions.ts): "the
// resignation of X", "the ouster of X", "voted for appointing X", "the president nominated X". Not a firm
// engaged for a service ("the appointment of X as auditor"), and no hyphened lower-case tail joins a name
// ("X-his"). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const persons = (body: string) =>
  extractChecked('Cabinet changes', body)
    .d.entities.filter((e) => e.type === 'Person')
    .map((e) => e.name)
    .sort();

describe('the object of a change of office', () => {
  it.each([
    ['Deputies backed the resignation of Olesia Marchuk as deputy premier on Tuesday.', 'Olesia Marchuk'],
    ['The move followed the ouster of Gitonga Mureithi two months ago.', 'Gitonga Mureithi'],
    ['Lawmakers voted 61 in favour of appointing Hawwa Zeenath to the mission in Colombo.', 'Hawwa Zeenath'],
    ['The head of state nominated Otieno Wambua as envoy to Ghana.', 'Otieno Wambua'],
    ['Protests followed the arrest of Tariq Mahmood Qureshi in Lahore.', 'Tariq Mahmood Qureshi'],
    ['Senators debated the dismissal of Ilze Bērziņa from the post.', 'Ilze Bērziņa'],
  ])('"%s" names %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    'The bank confirmed the appointment of Grantley Moorcroft as auditor for the year.',
    'The lender appointed Kestrel Ardmore as joint administrators on Friday.',
    'The council approved the removal of Ostrava Street signs.',
  ])('"%s" names no person', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('leaves a hyphened pronoun out of the name', () => {
    expect(persons('The leader appointed Kiprop Chepkoech-his closest ally to the post.')).not.toContain(
      'Kiprop Chepkoech-his',
    );
  });
});
