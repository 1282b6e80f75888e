// Armed and political movements named by a bare name, no head word ("Taliban fighters", "between the United
// States and Taliban", "al-Shabaab claimed"): organisations at any position, in any case of their first
// letter; a word that only contains such a name ("Talibanisation") or a place named after one ("Isis
// Street") is none. Invented text.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const page = (sentence: string) =>
  extract(['Security news', `${sentence} Officials said the talks would go on next week.`].join('\n'));

describe('movements named without a head word', () => {
  it.each([
    ['Taliban members were sanctioned on Friday for their links to repression.', 'Taliban'],
    ['Talks broke down this month between the United States and Taliban.', 'Taliban'],
    ['The minister said the Taliban had failed to keep its promises.', 'Taliban'],
    ['Kenya said al-Shabaab fighters attacked a police post near the border.', 'al-Shabaab'],
    ['Nigeria blamed Boko Haram for the raid, its army said.', 'Boko Haram'],
    ['The designations target two senior leaders of al-Qaida in Yemen.', 'al-Qaida'],
    ['Turkey accused the PKK of the bombing in Ankara on Sunday.', 'PKK'],
    ['Egypt banned the Muslim Brotherhood again in a decree.', 'Muslim Brotherhood'],
  ])('when "%s", then %s is an organisation', (sentence, org) => {
    expect(namesOf(page(sentence), 'Organization')).toContain(org);
  });

  it.each([
    ['Critics warned of the Talibanisation of the region on Tuesday.', 'Talibanisation'],
    ['The embassy moved to Isis Street in the capital last year.', 'Isis Street'],
  ])('when "%s", then %s is no organisation', (sentence, name) => {
    expect(namesOf(page(sentence), 'Organization')).not.toContain(name);
    expect(namesOf(page(sentence), 'Organization')).not.toContain('ISIS');
  });
});
