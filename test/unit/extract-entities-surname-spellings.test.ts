// A surname alone spelled another way than in the full name named before, on invented text (name-variants.ts
// surnameSkeleton, singles.ts): accents, y/i, doubled letters and an Arabic article set aside; two persons
// whose surnames fold alike keep their own, and a common word is no surname's spelling.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const mentionsOf = (d: ReturnType<typeof extract>, name: string) =>
  d.entities.find((e) => e.name === name)?.mentions.length ?? 0;

describe('a surname alone in another spelling', () => {
  it('when "y" doubles or becomes "iy", then the short mention is the person named before', () => {
    const d = extract(
      [
        'Talks in Kyiv',
        'Volodymyr Zelenskyy met the envoys on Monday.',
        'Zelensky said the talks went well; President Zelenskiy later thanked them.',
      ].join('\n'),
    );
    expect(mentionsOf(d, 'Volodymyr Zelenskyy')).toBe(3);
  });

  it('when the Arabic article is written another way or left out, then the short mention is the person', () => {
    const d = extract(
      [
        'Cairo visit',
        'Abdel Fattah Al-Sisi received the delegation in Cairo.',
        'Later el-Sisi said the visit mattered, and Sisi saw the guests off.',
      ].join('\n'),
    );
    expect(mentionsOf(d, 'Abdel Fattah Al-Sisi')).toBe(3);
  });

  it('when accents are left out, then the short mention is the person', () => {
    const d = extract(
      [
        'Brasília meeting',
        'Pedro Inácio met the delegation on Friday.',
        'Inacio said the talks in Lisbon went well and more would follow.',
      ].join('\n'),
    );
    expect(mentionsOf(d, 'Pedro Inácio')).toBe(2);
  });

  it('when two persons fold to one surname, then a third spelling is neither', () => {
    const d = extract(
      [
        'Two envoys',
        'Ali Hassan and Omar Hasan arrived in Doha on Monday.',
        'Later Hassaan spoke to reporters.',
      ].join('\n'),
    );
    expect(mentionsOf(d, 'Ali Hassan')).toBe(1);
    expect(mentionsOf(d, 'Omar Hasan')).toBe(1);
  });

  it('when a short common word folds like a surname, then it is no mention', () => {
    const d = extract(
      ['Seoul news', 'Kim Lee met reporters in Seoul.', 'Le Monde and Lie detector makers were there.'].join(
        '\n',
      ),
    );
    expect(mentionsOf(d, 'Kim Lee')).toBe(1);
  });
});
