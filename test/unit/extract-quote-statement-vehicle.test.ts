// Quotations credited to a statement named by who put it out or where it appeared, on invented newswire
// text: "a statement issued by the ministry said", "said a press release from the ministry", "a statement
// on the ministry's website said", "read a statement posted on X's Telegram channel", "the ministry's
// website said"; and the negative, a body of a kind the text never named.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const lead = 'MOSCOW - Russia’s Foreign Ministry expelled two Estonian diplomats on Friday.';
const speaker = (credit: string) =>
  speakerOf(
    extractChecked(
      'Diplomatic row',
      `${lead}\n\n“The Estonian side has been informed of the decision,” ${credit}.`,
    ).d,
    'The Estonian side',
  );

describe('a statement put out by a body named by its kind', () => {
  it.each([
    'a statement issued by the ministry said',
    'said a statement released by the ministry on Monday',
    'a statement published by the ministry said',
    'said a statement posted online by the ministry',
    'said a press release from the ministry',
  ])('“…,” %s: the ministry named before speaks', (credit) => {
    expect(speaker(credit)).toBe('Russian Foreign Ministry');
  });
});

describe('a statement on a body’s own site or channel', () => {
  it.each([
    'a statement on the ministry’s website said',
    'read a statement posted on the ministry’s website',
    'a post on the ministry’s Telegram channel said',
    'said a statement on the website of the Russian Foreign Ministry',
    'a statement on the Russian Foreign Ministry’s website said',
    'the ministry’s website said',
  ])('“…,” %s: the body whose site it is speaks', (credit) => {
    expect(speaker(credit)).toBe('Russian Foreign Ministry');
  });

  it('when the statement was posted on a named body’s Telegram channel, then the body speaks, not Telegram', () => {
    expect(speaker('read a statement posted on the Russian Foreign Ministry’s Telegram channel')).toBe(
      'Russian Foreign Ministry',
    );
  });
});

/** The statement phrase opening the sentence before the quotation: "A statement … said: “…”". */
const speakerBefore = (lead2: string, credit: string) =>
  speakerOf(
    extractChecked(
      'Diplomatic row',
      `${lead2}\n\n${credit} “The Estonian side has been informed of the decision.”`,
    ).d,
    'The Estonian side',
  );

describe('a statement phrase opening its sentence, before the quotation', () => {
  it.each([
    'A statement issued by the ministry on Friday said:',
    'A statement published on the ministry’s website said:',
    'A statement on the Russian Foreign Ministry’s official website read:',
    'A press release from the ministry said,',
    'A post on the ministry’s Telegram channel said:',
  ])('%s “…”: the body speaks', (credit) => {
    expect(speakerBefore(lead, credit)).toBe('Russian Foreign Ministry');
  });

  it.each([
    'A statement published on Sadyr Japarov’s official website said:',
    'A statement on Japarov’s website read:',
    'A message posted on Japarov’s Telegram channel said:',
  ])('%s “…”: the person whose site it is speaks', (credit) => {
    const lead2 = 'BISHKEK - Kyrgyz President Sadyr Japarov met Estonian envoy Mart Laar on Friday.';
    expect(speakerBefore(lead2, credit)).toBe('Sadyr Japarov');
  });

  it('when a place only qualifies the issuer’s phrase ("by the Russian Foreign Minister"), then the place is no speaker', () => {
    const lead2 = 'MOSCOW - Russian Foreign Minister Sergei Lavrov met Estonian envoy Mart Laar on Friday.';
    expect(
      speakerBefore(lead2, 'The statement released by the Russia Foreign Minister further said,'),
    ).not.toBe('Russia');
  });

  it('when a statement is about a place ("A statement on Estonia said:"), then the place is no speaker', () => {
    expect(speakerBefore(lead, 'A statement on Estonia said:')).not.toBe('Estonia');
  });
});

describe('negatives', () => {
  it('when no body of the kind was named, then no one speaks', () => {
    const body = `MOSCOW - Russia expelled two Estonian diplomats on Friday.\n\n“The Estonian side has been informed of the decision,” said a statement issued by the ministry.`;
    expect(speakerOf(extractChecked('Diplomatic row', body).d, 'The Estonian side')).toBeUndefined();
  });
});
