// A country's office holder named by role as the speaker ("…,” added the president of Serbia", "the prime
// minister of Fiji said “…”") is the one person the text titled with that role of that country ("President
// of Serbia, X", "Fiji's Prime Minister Y"), not the country; with no such person, or two, the country stays.
// Invented text, with negatives.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) => speakerOf(extractChecked('Leaders meet', body).d, start);

const VUCIC = 'The President of Serbia, Aleksandar Vucic, met the German envoy on Monday in Vienna.\n\n';
const RABUKA = "Fiji's Prime Minister Sitiveni Rabuka arrived in Port Moresby on Sunday.\n\n";

describe('"the <role> of <country>" is the person the text titled so', () => {
  it.each([
    [
      `${VUCIC}"We will keep talking with everyone who wants peace," added the president of Serbia.`,
      'Aleksandar Vucic',
    ],
    [
      `${VUCIC}"Talks will go on as long as both sides want them," the president of Serbia said.`,
      'Aleksandar Vucic',
    ],
    [
      `${VUCIC}The president of Serbia said the talks were "difficult but necessary for all of us".`,
      'Aleksandar Vucic',
    ],
    [
      `${RABUKA}"The region must stay a zone of peace for everyone," said the prime minister of Fiji.`,
      'Sitiveni Rabuka',
    ],
  ])('%s', (body, who) => {
    expect(speaker(body, body.split('"')[1]!.slice(0, 8))).toBe(who);
  });
});

describe('negatives: the country stays without one titled holder', () => {
  it('no person titled with that role: the country', () => {
    expect(
      speaker(
        '"We will keep talking with everyone who wants peace," added the president of Serbia.',
        'We will',
      ),
    ).toBe('Serbia');
  });
  it('a role the holder does not carry: the country', () => {
    expect(
      speaker(
        `${VUCIC}"Nothing is agreed until everything is agreed," said the prime minister of Serbia.`,
        'Nothing',
      ),
    ).toBe('Serbia');
  });
  it('the country as the subject speaks', () => {
    expect(
      speaker(`${VUCIC}Serbia said the talks were "difficult but necessary for the region".`, 'difficult'),
    ).toBe('Serbia');
  });
});
