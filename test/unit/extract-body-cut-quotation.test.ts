// A stored copy cut mid-quotation: its last line, right after a paragraph of prose, opens a quotation whose
// first word an editor bracketed ("“[They] agreed to use …, t") — it is the body's (body.ts cutShort), so
// the quotation is found and continues the speaker of the one before; a cut line of furniture is not.
import { describe, expect, it } from 'vitest';
import { findBody } from '../../server/src/extract/body.js';
import { speakerOf, extract } from '../helpers/extract-text.js';

const LEAD =
  'Seoul and Tokyo foreign ministers held phone talks on Friday, South Korea’s Foreign Ministry said.\n\n“The two ministers shared the view that dialogue through diplomatic channels should continue in difficult times,” the ministry said.\n\n';

describe('a last line cut mid-quotation', () => {
  it.each([
    '“[They] agreed to use various occasions, such as t',
    '“[The ministers] will meet again in Bangk',
  ])('when it reads "%s", then the body keeps it', (cut) => {
    const raw = `Ministers hold phone talks\n\n${LEAD}${cut}`;
    const { body } = findBody(raw, 'Ministers hold phone talks');
    expect(raw.slice(body.start, body.end).endsWith(cut)).toBe(true);
  });

  it('then the quotation continues the speaker of the one before', () => {
    const d = extract(
      `Ministers hold phone talks\n\n${LEAD}“[They] agreed to use various occasions, such as t`,
    );
    expect(speakerOf(d, '[They] agreed')).toBe(speakerOf(d, 'The two ministers'));
    expect(speakerOf(d, '[They] agreed')).toBeDefined();
  });

  it('when it is a line of furniture ("[Advertisement] Share this"), then the body ends before it', () => {
    const raw = `Ministers hold phone talks\n\n${LEAD}[Advertisement] Share This Article`;
    const { body } = findBody(raw, 'Ministers hold phone talks');
    expect(raw.slice(body.start, body.end)).not.toContain('Advertisement');
  });
});
