// Quotations whose speaker is a body, on invented newswire text: a statement posted on a body's website
// and quoted in the next paragraph; a note a body handed over ("the note read"); and the negatives, a
// person of the body named as the speaker, a document's title in quotation marks.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) => speakerOf(extractChecked('Diplomatic row', body).d, start);

describe('a statement a body posted, quoted standing alone', () => {
  it('when "a statement was published on the website of" a body, then the next paragraph’s quotation is the body’s', () => {
    const body = [
      'MOSCOW - Russia responded on Tuesday to the new sanctions package.',
      'A statement was published on the website of the Russian Foreign Ministry on Tuesday evening.',
      '"The new restrictions are illegitimate and will not achieve their goals. Russia reserves the right to respond."',
    ].join('\n\n');
    expect(speaker(body, 'The new restrictions')).toBe('Russian Foreign Ministry');
  });
});

describe('a note a body handed over', () => {
  it('when a body "handed him a note of protest" and "the note read", then the body speaks, not the envoy’s side', () => {
    const body = [
      'MOSCOW - Russia responded on Tuesday to the new sanctions package.',
      'The Russian Foreign Ministry summoned the EU ambassador on Tuesday, and handed him a note of protest.',
      '"The new restrictions are illegitimate and will not achieve their goals," the note read.',
    ].join('\n\n');
    expect(speaker(body, 'The new restrictions')).toBe('Russian Foreign Ministry');
  });
});

describe('negatives: a person of the body, a title', () => {
  it('when the ministry’s spokesman is named after the quotation, then he speaks, not the ministry', () => {
    const body = [
      'WARSAW - Poland expelled a Belarusian diplomat on Friday. The Polish Foreign Ministry announced the step.',
      '"The diplomat engaged in activities incompatible with his status," Foreign Ministry spokesman Pawel Wronski said.',
    ].join('\n\n');
    expect(speaker(body, 'The diplomat engaged')).toBe('Pawel Wronski');
  });

  it('when the ministry acts and its named spokeswoman then says the words, then she speaks', () => {
    const body = [
      'BEIJING - China reacted to the visit.',
      'The Chinese Foreign Ministry condemned the move. Spokeswoman Mao Ning told reporters that "the United States must stop sending wrong signals."',
    ].join('\n\n');
    expect(speaker(body, 'the United States must')).toBe('Mao Ning');
  });

  it('when a body published a report whose title is in quotation marks, then no one speaks', () => {
    const body =
      'LONDON - The Foreign Office published a report titled "Human Rights and Democracy in the World" on Monday.';
    expect(speaker(body, 'Human Rights')).toBeUndefined();
  });
});

describe('words credited with no verb of saying', () => {
  const lead = 'BAKU - Azerbaijan reacted sharply on Thursday to a resolution of the European Parliament.';

  it('when a body’s name and a colon stand right before the words, then the body speaks', () => {
    const body = `${lead}\n\nThe Ministry of Foreign Affairs of Azerbaijan: "The resolution is a product of the biased approach of certain circles."`;
    expect(speaker(body, 'The resolution is')).toBe('Azerbaijani Foreign Ministry');
  });

  it('when the sentence opens "For the ministry," or "In the view of the ministry,", then the ministry speaks', () => {
    const a = `${lead}\n\nFor the Azerbaijani Foreign Ministry, "the resolution is a product of the biased approach of certain circles."`;
    const b = `${lead}\n\nIn the view of the Azerbaijani Foreign Ministry, the resolution is "a product of the biased approach of certain circles."`;
    expect(speaker(a, 'the resolution is')).toBe('Azerbaijani Foreign Ministry');
    expect(speaker(b, 'a product of')).toBe('Azerbaijani Foreign Ministry');
  });

  it('when the body "believes that" the plan is the words, then the body speaks', () => {
    const body = `${lead}\n\nThe Azerbaijani Foreign Ministry believes that the resolution is "a product of the biased approach of certain circles."`;
    expect(speaker(body, 'a product of')).toBe('Azerbaijani Foreign Ministry');
  });

  it('when the viewpoint is a place’s ("For Moscow, the stakes are “existential”"), then no one speaks', () => {
    const body = `${lead}\n\nFor Moscow, the stakes are "existential" in the region.`;
    expect(speaker(body, 'existential')).toBeUndefined();
  });
});

describe('a body’s response reported before a quotation standing alone', () => {
  const lead = 'BAKU - Azerbaijan reacted sharply on Thursday to a resolution of the European Parliament.';

  it('when "The reaction of the ministry came within hours." precedes the words, then the ministry speaks', () => {
    const body = `${lead} The reaction of the Azerbaijani Foreign Ministry came within hours.\n\n"The resolution is a product of the biased approach of certain circles, and we reject it."`;
    expect(speaker(body, 'The resolution is')).toBe('Azerbaijani Foreign Ministry');
  });

  it('when "The ministry’s response was swift." precedes the words, then the ministry speaks', () => {
    const body = `${lead}\n\nThe Azerbaijani Foreign Ministry’s response was swift. "The resolution is a product of the biased approach of certain circles, and we reject it."`;
    expect(speaker(body, 'The resolution is')).toBe('Azerbaijani Foreign Ministry');
  });

  it('when the sentence goes on to another body’s reply, then the ministry is not the speaker', () => {
    const body = `${lead}\n\nThe Azerbaijani Foreign Ministry’s response was swift, but the European Parliament answered. "The resolution stands."`;
    expect(speaker(body, 'The resolution stands')).not.toBe('Azerbaijani Foreign Ministry');
  });
});

describe('a mission to the UN named with its owner after "of"', () => {
  it('when "The Permanent Mission of Ukraine to the United Nations said:", then the mission speaks, not the UN', () => {
    const body =
      'NEW YORK - The Permanent Mission of Ukraine to the United Nations said: "The draft is unbalanced and we cannot support it."';
    expect(speaker(body, 'The draft is')).toBe('Ukrainian Permanent Mission to the UN');
  });
});
