// A quotation introduced by a person's own text owned by a possessive pronoun (quotes/possessed-statement.ts):
// "His statement read: “…”", "A copy of her speech read: “…”", "The post on his X account read thus: “…”"
// credit the person the pronoun stands for; "its"/"their" and a lead that does more than introduce do not.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const said = (body: string, start: string) => speakerOf(extractChecked('Leaders meet', body).d, start);

describe("a person's own text, owned by his or her, introduces the quotation", () => {
  it('credits the person the pronoun stands for', () => {
    expect(
      said(
        'Chinese President Xi Jinping arrived in Manila on Tuesday.\n\nA copy of his arrival speech read: “We have reopened the door of friendship.”',
        'We have reopened',
      ),
    ).toBe('Xi Jinping');
    expect(
      said(
        'Foreign Minister Geoffrey Onyeama disclosed this on Twitter.\n\nThe post on his Twitter handle read thus: “Summoned the envoy of Ghana to demand an explanation.”',
        'Summoned the envoy',
      ),
    ).toBe('Geoffrey Onyeama');
    expect(
      said(
        'German Chancellor Angela Merkel spoke in Berlin on Monday.\n\nThe text of her speech said: “We will not forget the victims.”',
        'We will not forget',
      ),
    ).toBe('Angela Merkel');
    expect(
      said(
        'French President Emmanuel Macron met Chancellor Olaf Scholz.\n\nA post on his X account read: “Europe must stand together.”',
        'Europe must stand',
      ),
    ).toBe('Emmanuel Macron');
  });

  it('credits no one for "its", "their", or a lead that does more than introduce the words', () => {
    expect(
      said(
        'German Chancellor Angela Merkel spoke in Berlin on Monday.\n\nHis statement was described as “weak and late” by critics.',
        'weak and late',
      ),
    ).toBeUndefined();
    expect(
      said(
        'The ministry spoke in Berlin on Monday.\n\nTheir statement read: “We will not forget the victims.”',
        'We will not forget',
      ),
    ).toBeUndefined();
  });
});
