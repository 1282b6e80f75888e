// A credit line of a dash and a name under a quotation set alone ("“…”" / "— Turkish Foreign Ministry"):
// it stays in the body when it is the article's last line, and the quotation is the credited name's,
// a person's or an organisation's; an agency's sign-off, a country, or a quotation with words around it
// takes no credit.
import { describe, expect, it } from 'vitest';
import { isQuoteCreditLine, isQuotationLine } from '../../server/src/extract/furniture.js';
import { extractChecked } from '../helpers/extract-text.js';

const LEAD =
  'VALLETTA — Malta on Tuesday rejected accusations by Libya that its patrol boats had entered Libyan waters near the port of Zuwara, calling the reports baseless and politically motivated.\n\n';
const QUOTE = '“We reject these baseless allegations, which serve only to distort the facts on the ground.”';
const AFTER =
  '\n\nLibyan officials did not respond to a request for comment on Tuesday, and the coastguard stayed in port.';

function speakers(body: string): string[] {
  const { d, name } = extractChecked('Malta rejects claims over sea incident', body);
  return d.statements.map((s) => (s.speaker ? name(s.speaker) : '-'));
}

describe('a dash credit line under a quotation', () => {
  it.each([
    ['— Maltese Foreign Ministry', 'Maltese Foreign Ministry'],
    // (The article's country's ministry, as the entity step names it.)
    ['- Ministry of Foreign Affairs and Trade', 'Maltese Foreign Ministry'],
    ['– Robert Abela, Prime Minister of Malta', 'Robert Abela'],
  ])('when "%s" is the last line, then it stays in the body and is the speaker', (credit, who) => {
    expect(speakers(`${LEAD}${QUOTE}\n\n${credit}`)).toEqual([who]);
  });

  it.each([
    ['— Maltese Foreign Ministry', 'Maltese Foreign Ministry'],
    ['— Robert Abela', 'Robert Abela'],
  ])('when "%s" stands between paragraphs, then it is the speaker', (credit, who) => {
    expect(speakers(`${LEAD}${QUOTE}\n${credit}${AFTER}`)).toEqual([who]);
  });

  it.each(['— AFP', '— Reuters', '– The Daily Star', '— Libya'])(
    'when the line is "%s", an agency, an outlet or a country, then it credits no one',
    (credit) => {
      expect(speakers(`${LEAD}${QUOTE}\n\n${credit}${AFTER}`)).not.toContain(credit.slice(2));
    },
  );

  it('when the line above has words around its quotation, then the credit is not its speaker', () => {
    const said = `${LEAD}“We reject these allegations,” said Ian Borg, the foreign minister.\n\n— Maltese Foreign Ministry`;
    expect(speakers(said)).toEqual(['Ian Borg']);
  });

  it('recognises credit lines and quotation lines by their shape', () => {
    expect(isQuoteCreditLine('— Maltese Foreign Ministry')).toBe(true);
    expect(isQuoteCreditLine('- Ministry of External Affairs')).toBe(true);
    expect(isQuoteCreditLine('— Jane Roe, Minister of Foreign Affairs of Malta')).toBe(true);
    expect(isQuoteCreditLine('— IANS')).toBe(false);
    expect(isQuoteCreditLine('- Advertisement -')).toBe(false);
    expect(isQuoteCreditLine('— The ministry said it would respond.')).toBe(false);
    expect(isQuoteCreditLine('Maltese Foreign Ministry')).toBe(false);
    expect(isQuotationLine('“We stay.”')).toBe(true);
    expect(isQuotationLine('He said: “We stay.”')).toBe(false);
  });
});
