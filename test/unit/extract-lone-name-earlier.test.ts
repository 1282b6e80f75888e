// A lone unknown name is a person where a quotation credits it ('…,” Tarkov said'); its earlier
// occurrences, where nothing cues it ("The foreign minister, Tarkov, spoke …"), are that person too, so a
// quotation there finds its speaker. A lone word never credited stays no one. Invented text.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const run = (body: string) => extractChecked('Minister speaks', body).d;
const mentionsOf = (d: ReturnType<typeof run>, name: string) =>
  d.entities.find((e) => e.name === name)?.mentions.length ?? 0;

describe('an earlier, uncued occurrence of a credited lone name', () => {
  it.each([
    [
      'The foreign minister, Tarkov, gave a speech in Geneva and voiced concern over what he called “a new dividing line”.\n\n“We will not accept it,” Tarkov said.',
      'a new dividing',
      'Tarkov',
    ],
    [
      'Spokeswoman Ilvesmaa opened the briefing on Tuesday.\n\nThe spokeswoman, Ilvesmaa, later spoke of what she described as “grave mistakes”.\n\n“Nothing has changed,” Ilvesmaa said.',
      'grave',
      'Ilvesmaa',
    ],
  ])('%s', (body, start, who) => {
    const d = run(body);
    expect(mentionsOf(d, who)).toBeGreaterThanOrEqual(2);
    expect(speakerOf(d, start)).toBe(who);
  });

  it('a lone word no quotation credits is no one', () => {
    const d = run(
      'The delegation, Vantor, arrived in Geneva on Monday.\n\n“We will not accept it,” the minister said.',
    );
    expect(d.entities.map((e) => e.name)).not.toContain('Vantor');
  });

  it('the credited word elsewhere does not name a different word', () => {
    const d = run('In Geneva, Merrow gave a speech.\n\n“We will not accept it,” Tarkov said.');
    expect(d.entities.map((e) => e.name)).not.toContain('Merrow');
    expect(mentionsOf(d, 'Tarkov')).toBe(1);
  });
});
