// The body or country an envoy is sent to is no speaker: "the UK's permanent representative to the United
// Nations has accused Russia of “…”", "Japan's envoy to the African Union told reporters “…”" give the
// quotation to no one rather than to the UN or the AU; a person named after the role still speaks, and a
// body that is its clause's subject still does. Invented text, with negatives.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) => speakerOf(extractChecked('Council meets', body).d, start);

describe('the body an envoy is sent to does not speak', () => {
  it.each([
    "The UK's permanent representative to the United Nations has accused Russia of bringing “wild conspiracy theories” to the council.",
    "Britain's ambassador to the European Union said the deal was “in reach for both sides”.",
    "Japan's envoy to the African Union told reporters the plan was “a good start for everyone”.",
    "Canada's ambassador to France said the visit was “long overdue for both”.",
  ])('%s', (body) => {
    expect(['United Nations', 'European Union', 'African Union', 'France']).not.toContain(
      speaker(body, body.split('“')[1]!.slice(0, 8)),
    );
  });
});

describe('negatives: a named envoy or a subject body speaks', () => {
  it('the person named after the role', () => {
    expect(
      speaker(
        "Britain's ambassador to the UN Barbara Woodward said the vote was “a turning point for us”.",
        'a turning',
      ),
    ).toBe('Barbara Woodward');
    expect(
      speaker(
        '“The vote was a turning point for all of us,” Britain’s ambassador to the UN Barbara Woodward said.',
        'The vote',
      ),
    ).toBe('Barbara Woodward');
  });
  it('a body as the subject, an envoy its object', () => {
    expect(
      speaker(
        'The European Union summoned the ambassador to Brussels and said the remarks were “unacceptable to us”.',
        'unacceptable',
      ),
    ).toBe('European Union');
  });
});
