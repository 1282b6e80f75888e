// A role named by its state's possessive with no name of its own ("Fiji's prime minister", "South Africa's
// new president", "Germany's chancellor") or by an age and a demonym ("the 75-year old Philippine leader")
// stands for the one person named before it with that title, of that state or of no state the text gave
// (entities/roles.ts). Not a person named only later, not one of two with no state, not "X's former
// president", and not when a name follows as the phrase's own. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract, relationsOfType, speakerOf } from '../helpers/extract-text.js';

const speaker = (title: string, body: string, start: string) =>
  speakerOf(extract(`${title}\n\n${body}`), start);

describe("a state's possessive role as the person titled with it", () => {
  it('speaks, in several wordings', () => {
    expect(
      speaker(
        'Border talks',
        'Prime Minister Arun Mehta met visiting Foreign Minister Chen Bo in the capital on Monday.\n\n' +
          'Later, India\'s prime minister said the border "must stay calm".',
        'must stay calm',
      ),
    ).toBe('Arun Mehta');
    expect(
      speaker(
        'Summit',
        'President Thabo Nkosi hosted Zambian President Joseph Banda in Pretoria.\n\n' +
          'South Africa\'s new President told reporters: "We will not be lectured."',
        'We will not',
      ),
    ).toBe('Thabo Nkosi');
    expect(
      speaker(
        'Ceremony',
        'President Ramon Santos received the credentials of five ambassadors on Friday.\n\n' +
          'The 75-year old Philippine leader said the ties "mark a new chapter".',
        'mark a new',
      ),
    ).toBe('Ramon Santos');
  });

  it('accuses, as the clause subject, not its state', () => {
    expect(
      relationsOfType(
        'ACCUSED',
        'Rift',
        'Prime Minister Sitiveni Vula spoke in Suva on Monday.\n\n' +
          "Fiji's interim prime minister accused Australia of bullying its neighbours.",
      ),
    ).toEqual(['Sitiveni Vula ACCUSED Australia']);
    expect(
      relationsOfType(
        'ACCUSED',
        'Summit',
        'President Thabo Nkosi hosted Zambian President Joseph Banda in Pretoria.\n\n' +
          "South Africa's president accused Britain of meddling in the region.",
      ),
    ).toEqual(['Thabo Nkosi ACCUSED United Kingdom']);
  });

  it('is nobody when two persons hold the title with no state, or the person is named only later', () => {
    expect(
      speaker(
        'Talks',
        'Prime Minister Imran Qadir met Prime Minister Arun Mehta.\n\n' +
          'Pakistan\'s prime minister said "peace is possible".',
        'peace is',
      ),
    ).toBeUndefined();
    expect(
      speaker(
        'Talks',
        'Samoa\'s Prime Minister said "the forum matters" on arrival.\n\n' +
          "Fiji's Prime Minister, Sitiveni Vula, welcomed the leaders.",
        'the forum',
      ),
    ).not.toBe('Sitiveni Vula');
  });

  it('is not a person of another state, nor a former holder', () => {
    expect(
      speaker(
        'Talks',
        'Indian Prime Minister Arun Mehta met Bangladeshi officials.\n\n' +
          'Pakistan\'s prime minister said "peace is possible".',
        'peace is',
      ),
    ).toBeUndefined();
    expect(
      relationsOfType(
        'CRITICIZED',
        'Rift',
        'President William Otieno spoke in Nairobi.\n\n' +
          "Kenya's former president criticised Uganda on Monday.",
      ),
    ).not.toContain('William Otieno CRITICIZED Uganda');
  });

  it('leaves an apposition to the name before it alone', () => {
    expect(
      speaker(
        'Letter',
        'Leaders met in Oslo.\n\nA letter to Kari Lund, Norway’s prime minister, arrived. "We condemn this," it read.',
        'We condemn',
      ),
    ).not.toBe('Kari Lund');
  });

  it('leaves a name that follows the phrase its own', () => {
    expect(
      speaker(
        'Summit',
        'President Joseph Banda arrived in Lusaka.\n\n' +
          'South Africa\'s President Thabo Nkosi said "trade must grow".',
        'trade must',
      ),
    ).toBe('Thabo Nkosi');
  });
});
