// A counterpart known by its state alone and named only later (session 14): "X met his Chinese
// counterpart … Chinese Foreign Minister Y said …" is a meeting of X and Y when Y is the one person of that
// state the article names after it, with X's title. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('a counterpart named after the meeting', () => {
  it('when the one later-named person of that state has the same title, then the two met', () => {
    const { rels } = extractChecked(
      'Ministers meet in Beijing',
      'Indian Foreign Minister Rufus Firefly met his Chinese counterpart on Tuesday in Beijing. Chinese Foreign Minister Chico Marx said the talks were useful.',
    );
    expect(rels).toContain('Chico Marx MET Rufus Firefly');
  });

  it('when the later-named person of that state has another title, then no one is taken for the counterpart', () => {
    const { rels } = extractChecked(
      'Ministers meet in Beijing',
      'Indian Foreign Minister Rufus Firefly met his Chinese counterpart on Tuesday in Beijing. Chinese Defence Minister Chico Marx said the talks were useful.',
    );
    expect(rels).not.toContain('Chico Marx MET Rufus Firefly');
  });
});
