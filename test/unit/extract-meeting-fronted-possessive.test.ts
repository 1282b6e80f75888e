// A fronted "During his meeting with B, A …" ("In her talks with B, A …", "After his meeting with B, A
// …"): "his"/"her" is the main clause's subject A, not the person named last before the sentence
// (meetings.ts, frontedOwner). With no person opening the main clause ("the president", "he"), the last
// person named is read as before. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

const BEFORE = 'Prime Minister Hun Manet spoke first at the summit.';

describe('a fronted possessive meeting phrase is the main subject’s', () => {
  it.each([
    'During her meeting with Thai Prime Minister Anutin Charnvirakul, President Claudia Sheinbaum raised trade.',
    'In her talks with Thai Prime Minister Anutin Charnvirakul on Monday, President Claudia Sheinbaum raised trade.',
    'During her meeting with the Thai Prime Minister, Anutin Charnvirakul, President Claudia Sheinbaum raised trade.',
    'After her bilateral meeting with Thai Prime Minister Anutin Charnvirakul, President Claudia Sheinbaum flew home.',
  ])('%s', (s) => {
    expect(metPairs('Summit', `${BEFORE}\n\n${s}`)).toEqual(['Anutin Charnvirakul MET Claudia Sheinbaum']);
  });

  it('with no person opening the main clause, the person named before', () => {
    for (const s of [
      'During his meeting with Thai Prime Minister Anutin Charnvirakul, the president raised trade.',
      'After his meeting with Thai Prime Minister Anutin Charnvirakul, he flew home.',
    ])
      expect(metPairs('Summit', `${BEFORE}\n\n${s}`)).toEqual(['Anutin Charnvirakul MET Hun Manet']);
  });
});
