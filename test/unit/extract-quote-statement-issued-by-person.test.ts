// "the statement said" after "a statement (to this effect) was issued by the spokesperson of the ministry,
// X": the person the issuer's phrase names in apposition issued it; a body alone stays the issuer, and a
// person named later in the sentence, not in apposition, issues nothing.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const LEAD =
  'TBILISI — Georgia summoned the Belarusian ambassador on Friday over remarks about the breakaway regions.\n\n';
const QUOTE =
  '\n\n“Georgia will never accept any questioning of its territorial integrity and sovereignty,” the document said.';

function speakers(intro: string): string[] {
  const { d, name } = extractChecked('Georgia summons Belarusian envoy', `${LEAD}${intro}${QUOTE}`);
  return d.statements.map((s) => (s.speaker ? name(s.speaker) : '-'));
}

describe('the person a statement was issued by', () => {
  it.each([
    'A statement to this effect was issued by the spokesperson of the Ministry, Nino Beridze.',
    "A statement on the matter was issued by the ministry's spokeswoman, Nino Beridze.",
    'The statement, issued by ministry spokeswoman Nino Beridze, was read out on television.',
    'A statement was released on Friday by the spokesperson of the Georgian Foreign Ministry, Nino Beridze.',
  ])('when "%s", then she speaks', (intro) => {
    expect(speakers(intro)).toEqual(['Nino Beridze']);
  });

  it.each([
    'A statement was issued by the Georgian Foreign Ministry on Friday, and Nino Beridze, its spokeswoman, later told reporters.',
    'The statement of the ministry was read out by Nino Beridze.',
    'A statement was issued by the ministry after a meeting in which Nino Beridze, Oleg Vasnetsov and others took part.',
  ])('when "%s", then she is not the issuer', (intro) => {
    expect(speakers(intro)).not.toContain('Nino Beridze');
  });
});
