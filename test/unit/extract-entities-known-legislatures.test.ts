// Legislatures named in their own language (known-legislatures.ts) are organisations with no head word:
// "the Saeima voted", "members of the Lok Sabha"; Ukraine's by its short name too ("the Rada"), one body.
// A surname some of them resemble stays a person ("Cortes" alone). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const named = (body: string, type: string) =>
  extractChecked('Parliament votes', body)
    .d.entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();

describe('a legislature named in its own language', () => {
  it.each([
    ['The Saeima voted 54 to 30 for the budget on Thursday.', 'Saeima'],
    ['Opposition members of the Lok Sabha walked out in protest.', 'Lok Sabha'],
    ['Speaking in the Sejm, the premier defended the reform.', 'Sejm'],
    ['The Riigikogu approved the new cabinet on Monday.', 'Riigikogu'],
    ['The Jogorku Kenesh passed the law in a third reading.', 'Jogorku Kenesh'],
  ])('"%s" names the body %s', (text, name) => {
    expect(named(text, 'Organization')).toContain(name);
  });

  it('is one body under its full and its short name', () => {
    const body =
      'The Verkhovna Rada dismissed the justice minister. Rada deputies backed the motion 249 to 12.';
    expect(named(body, 'Organization')).toEqual(['Verkhovna Rada']);
  });

  it('leaves a head of it a person', () => {
    expect(named('The head of the Verkhovna Rada, Maksym Bondar, called a break.', 'Person')).toContain(
      'Maksym Bondar',
    );
  });

  it('leaves a surname that resembles one a person', () => {
    expect(named('Juan Cortes said the vote was fair.', 'Organization')).toEqual([]);
  });
});
