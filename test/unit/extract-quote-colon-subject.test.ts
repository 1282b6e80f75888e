// A quotation a colon introduces after a clause a person or body opens (quotes/colon-lead.ts
// colonSubjectSpeaker): the clause's subject speaks, after a lead phrase too ("Speaking in Nairobi, …"). A
// clause that names someone else, or whose words the quotation is ("a letter from X", "quoting X"), and a
// clause with no named subject give no speaker. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

const article = (body: string) => extract(`Talks in Nairobi\n\n${body}`);

describe('the subject of a clause a colon closes before a quotation', () => {
  it('speaks', () => {
    expect(
      speakerOf(
        article('President Samuel Otieno then turned to the envoys: "We will not be bullied."'),
        'We will',
      ),
    ).toBe('Samuel Otieno');
    expect(
      speakerOf(
        article(
          'Speaking to reporters on Monday, Minister Grace Wanjiru struck a defiant tone: "We stand firm."',
        ),
        'We stand',
      ),
    ).toBe('Grace Wanjiru');
    expect(
      speakerOf(
        article('The Kenyan Foreign Ministry had harsh words for the mission: "This is unacceptable."'),
        'This',
      ),
    ).toBe('Kenyan Foreign Ministry');
  });

  it('not when the clause names whose words they are, or someone else', () => {
    expect(
      speakerOf(
        article('Minister Grace Wanjiru read out a letter from the envoys: "We stand firm."'),
        'We stand',
      ),
    ).toBeUndefined();
    expect(
      speakerOf(
        article(
          'Minister Grace Wanjiru recalled what President Samuel Otieno once said to her: "We stand firm."',
        ),
        'We stand',
      ),
    ).not.toBe('Grace Wanjiru');
    expect(
      speakerOf(article('The agenda of the talks was simple: "peace first and trade later".'), 'peace'),
    ).toBeUndefined();
  });
});
