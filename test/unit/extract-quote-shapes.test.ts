// Quotation marks as real pages set them and clause shapes that name the speaker (issue 9), on invented
// text: marks of other typographies, a closing glyph set as an opening one, opening participle clauses,
// "it" in a reported clause, capitalised appositions, and one name for a ministry however it is worded.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../server/src/extract/index.js';

function extract(raw: string, published = '2024-03-05') {
  const title = raw.split('\n')[0]!;
  return extractArticle({ raw, meta: { title, outlet: 'Test', published } }).document;
}
const speakerOf = (d: ReturnType<typeof extract>, start: string) => {
  const st = d.statements.find((x) => x.quote.startsWith(start));
  return st ? d.entities.find((e) => e.id === st.speaker)?.name : undefined;
};

describe('quotation marks', () => {
  it('when a page uses low-high marks, guillemets or doubled apostrophes, then the words inside are a quotation', () => {
    const d = extract(
      [
        'Baltic leaders speak',
        'Latvian Foreign Minister Baiba Braze said: „We will not allow this.“ She left soon after.',
        'Estonian Prime Minister Kristen Michal said: «Russia must pay for its crimes.»',
        "Finnish President Alexander Stubb said: ''Our border will stay closed.''",
      ].join('\n'),
    );
    expect(d.statements.map((x) => x.quote)).toEqual([
      'We will not allow this.',
      'Russia must pay for its crimes.',
      'Our border will stay closed.',
    ]);
    expect(speakerOf(d, 'Our border')).toBe('Alexander Stubb');
  });

  it('when an opening glyph ends a paragraph, or a plural ends a ‘…’ quotation, then they close it', () => {
    const d = extract(
      [
        'Oslo protests',
        'The Norwegian Foreign Ministry summoned the envoy on Monday.',
        'The ministry added: “The remarks are false. They harm our relations. “',
        'The ministry said the envoy had repeated claims ‘based on fabricated reports’ in his speech.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'The remarks are false')).toBe('Norwegian Foreign Ministry');
    expect(speakerOf(d, 'based on fabricated reports')).toBe('Norwegian Foreign Ministry');
  });
});

describe('clause shapes', () => {
  it('when a quotation sits in an opening participle clause, then the main clause’s subject speaks', () => {
    const d = extract(
      [
        'Dhaka recalls envoy',
        'Complaining that ‘no progress at all’ had been made, Dhaka said it would recall its envoy.',
        'Describing the talks as “a waste of time,” Bangladesh announced it would leave.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'no progress')).toBe('Dhaka');
    expect(speakerOf(d, 'a waste of time')).toBe('Bangladesh');
  });

  it('when "it" is the subject of a reported clause, then the reporter speaks; after openers a country is the subject of a coordinated verb', () => {
    const d = extract(
      [
        'Quito recalls envoy',
        'Quito said in a statement that it had recalled its ambassador for “urgent consultations”.',
        'Earlier, on Monday, Ecuador had summoned Peru’s envoy and said the remarks were “unacceptable”.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'urgent consultations')).toBe('Quito');
    expect(speakerOf(d, 'unacceptable')).toBe('Ecuador');
  });

  it('when capitalised appositions follow a name ("X, Spokesperson, Ministry of Y, Country, said"), then the name speaks', () => {
    const d = extract(
      [
        'Delhi responds',
        'Arun Mehta, Official Spokesperson, Ministry of External Affairs, India, at a briefing said, “We have noted the remarks.”',
      ].join('\n'),
    );
    expect(speakerOf(d, 'We have noted')).toBe('Arun Mehta');
  });
});

describe('ministries', () => {
  it('when a page names a ministry in its long and short forms, then it is one organisation, and "the ministry" is the one that acts, not one named after a preposition', () => {
    const d = extract(
      [
        'Hanoi protests',
        'The Vietnamese Foreign Ministry summoned the envoy on Friday.',
        'The Vietnamese Ministry of Foreign Affairs said an official of the Ministry of Planning had met him.',
        'The ministry stressed that the claims were “groundless”.',
      ].join('\n'),
    );
    expect(d.entities.filter((e) => /Foreign/.test(e.name)).map((e) => e.name)).toEqual([
      'Vietnamese Foreign Ministry',
    ]);
    expect(speakerOf(d, 'groundless')).toBe('Vietnamese Foreign Ministry');
  });
});
