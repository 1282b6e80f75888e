// The family name of a Korean name of a family name and one syllable, used alone, is that person ("Park
// Jin … Park said"); a common word with no such name before it stays no one. Invented text.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const run = (body: string) => extractChecked('Officials speak', body).d;
const mentionsOf = (d: ReturnType<typeof run>, name: string) =>
  d.entities.find((e) => e.name === name)?.mentions.length ?? 0;

describe('a Korean family name used alone', () => {
  it('is the person named in full before', () => {
    const d = run(
      'South Korean Foreign Minister Park Jin arrived in Tokyo on Monday.\n\nPark described the trip as “very meaningful”.',
    );
    expect(mentionsOf(d, 'Park Jin')).toBe(2);
    expect(speakerOf(d, 'very meaningful')).toBe('Park Jin');
  });

  it('a common word with no Korean name before it is no one', () => {
    const d = run('Foreign Minister Kim Lee-sun spoke in Seoul.\n\nPark officials said the road was closed.');
    expect(d.entities.find((e) => e.name === 'Park')).toBeUndefined();
  });
});
