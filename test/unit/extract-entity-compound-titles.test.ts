// A head word that opens a compound title with the title word after it ("Press Secretary", "Cabinet
// Secretary", "Press Officer") is the title's, not a body's head: "Foreign Affairs Cabinet Secretary X" and
// "Palace Press Officer X" name no body; "Kremlin Press Secretary X" names the Kremlin; a body whose head
// word no title follows ("Foreign Ministry Spokesperson X", "the Press Council said") stays one. Invented text.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const page = (sentence: string) =>
  extract(['Regional news', `${sentence} Officials said the talks would go on next week.`].join('\n'));

describe('compound titles opened by a head word', () => {
  it.each([
    'The president was received by Foreign Affairs Cabinet Secretary Amina Wanjiru at the airport.',
    'Health Cabinet Secretary Peter Otieno opened the clinic on Monday.',
    'Palace Press Officer Maria Santos said the leaders would meet again.',
    'The Cabinet Secretary for Trade said the deal was close.',
    'Japanese Chief Cabinet Secretary Kenji Tanaka said Tokyo had protested.',
  ])('when "%s", then no body is made of the title', (sentence) => {
    expect(namesOf(page(sentence), 'Organization')).toEqual([]);
  });

  it.each([
    ['Kremlin Press Secretary Ivan Petrov said Moscow would respond.', 'Kremlin'],
    ['Foreign Ministry Spokesperson Li Wen said Beijing was firm.', 'Foreign Ministry'],
    ['The National Press Council said on Monday that the law was unfair.', 'National Press Council'],
  ])('when "%s", then %s is an organisation', (sentence, org) => {
    expect(namesOf(page(sentence), 'Organization')).toContain(org);
  });
});
