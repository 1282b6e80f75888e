// "“…,” X said. “…,” the diplomat added": a generic role ("diplomat", "official") that no person was titled
// with goes on quoting the person quoted last, when no other person was named since
// (quotes/generic-role.ts, rule quotes:role-previous-speaker). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Oslo and Reykjavik trade words over fishing quotas';

/** The speaker's name and rule of the statement whose quotation starts with `start`, or "none". */
function credit(body: string, start: string): string {
  const { d } = extractChecked(TITLE, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st ? `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]` : 'none';
}

describe('a generic role after a quotation goes on quoting the last speaker', () => {
  it('when "the senior Norwegian diplomat added" follows a deputy minister just quoted, then the deputy minister speaks', () => {
    const body =
      'Oslo raised the quota dispute with Reykjavik on Tuesday.\n\n“The quota dispute must be settled at the table, not in the harbours,” Ingrid Halvorsen told reporters in Oslo.\n\n“We expect an answer from Reykjavik within a week,” the senior Norwegian diplomat added.';
    expect(credit(body, 'We expect an answer')).toBe('Ingrid Halvorsen [quotes:role-previous-speaker]');
  });

  it('when "the diplomat said" follows a spokesman just quoted, then the spokesman speaks', () => {
    const body =
      '“Our boats will keep fishing where the treaty allows,” Icelandic government spokesman Einar Thorsson said on Monday.\n\n“Nobody should read this as a provocation,” the diplomat said.';
    expect(credit(body, 'Nobody should read')).toBe('Einar Thorsson [quotes:role-previous-speaker]');
  });

  it('when another person was named since the last quotation, then the generic role credits no one', () => {
    const body =
      '“The quota dispute must be settled at the table,” Ingrid Halvorsen told reporters on Tuesday.\n\nThe fisheries minister, Bjorn Dahl, later met trawler owners in Bergen.\n\n“We expect an answer within a week,” the diplomat added.';
    expect(credit(body, 'We expect an answer')).not.toContain('Ingrid Halvorsen');
  });

  it("when the demonym of the role names another country than the last speaker's, then not that speaker", () => {
    const body =
      '“Our boats will keep fishing where the treaty allows,” Icelandic Foreign Minister Einar Thorsson said on Monday.\n\n“Nobody should read this as a provocation,” the Norwegian diplomat replied.';
    expect(credit(body, 'Nobody should read')).not.toContain('role-previous-speaker');
  });

  it('when the role names an office ("the minister"), then the last speaker is not credited by it', () => {
    const body =
      '“Our boats will keep fishing where the treaty allows,” Icelandic government spokesman Einar Thorsson said on Monday.\n\n“Nobody should read this as a provocation,” the minister said.';
    expect(credit(body, 'Nobody should read')).not.toContain('role-previous-speaker');
  });
});

describe('"he said" after a sentence the same pronoun opens goes on quoting the last speaker', () => {
  it('when "She briefed the minister on Y\'s visit." stands between, then the one quoted last speaks', () => {
    const body =
      '“Our fleets have fished these waters together for a century,” Ingrid Halvorsen told reporters in Oslo.\n\nShe briefed the Icelandic minister Einar Thorsson on the coming visit of King Harald Olsen to Reykjavik.\n\n“We want that visit to seal the quota deal,” she added.';
    expect(credit(body, 'We want that visit')).toBe('Ingrid Halvorsen [quotes:pronoun-previous-speaker]');
  });

  it('when a sentence opened by another name stands between, then the pronoun is not read as the last speaker', () => {
    const body =
      '“Our fleets have fished these waters together for a century,” Ingrid Halvorsen told reporters in Oslo.\n\nIcelandic minister Einar Thorsson replied that the quotas were not negotiable.\n\n“We will not move on this,” he added.';
    expect(credit(body, 'We will not move')).not.toContain('pronoun-previous-speaker');
  });
});
