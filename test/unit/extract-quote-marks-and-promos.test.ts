// Session 18's quotation mechanisms, each on invented sentences: a closing mark typed with a space before
// it and none after ("… the partners, ”she said"); a call to follow or subscribe set between the
// paragraphs of an article, which is furniture inside the body, not its end (body.ts); "the ministry of
// foreign affairs of X said" and "the foreign ministry of X said": the body speaks, not the country
// (quotes/body-of-place.ts, entities/patterns.ts); "the <Demonym> Foreign ministry" half capitalised; "the
// government" under a round-up's section heading ("In Denmark:") is that country (governing-body.ts).
import { describe, expect, it } from 'vitest';
import { findBody } from '../../server/src/extract/body.js';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Envoy praises ties with the capital';

/** The speaker's name and rule of the statement whose quotation starts with `start`. */
function credit(body: string, start: string): string | undefined {
  const { d } = extractChecked(TITLE, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

const PROSE = [
  'The ambassador of Norway to Peru, Ingrid Solberg, spoke about the state of relations in a long interview on Monday.',
  'She said that the two governments had agreed to open a new consulate in the north of the country next spring.',
  'The foreign ministry in Lima confirmed that the consulate would open in March and that staff had been chosen.',
  'Trade between the two countries has grown every year since the agreement on fisheries was signed in the capital.',
];

describe('a closing mark with a space before it', () => {
  it('when “ opened a quotation and ” follows a space and a word, then ” closes it', () => {
    const body =
      'Ingrid Solberg, the ambassador of Norway to Peru, spoke on Monday.\n\n“We keep working with all the partners who are ready to talk with us, ”she said.';
    expect(credit(body, 'We keep working')).toBe('Ingrid Solberg [quotes:pronoun]');
  });
});

describe('a call to the reader between paragraphs', () => {
  it('when the prose goes on for three paragraphs after "Follow us on …", then the body goes on and the line is masked', () => {
    const raw = `${TITLE}\n\n${PROSE[0]}\n\nFollow us on social networks and messengers!\n\n${PROSE.slice(1).join('\n\n')}\n`;
    const { work } = findBody(raw, TITLE);
    expect(work).toContain('Trade between the two countries');
    expect(work).not.toContain('Follow us');
  });

  it('when fewer than three paragraphs follow it, then the body ends there as before', () => {
    const raw = `${TITLE}\n\n${PROSE[0]}\n\n${PROSE[1]}\n\nFollow us on social networks and messengers!\n\n${PROSE[2]}\n\n${PROSE[3]}\n`;
    const { work } = findBody(raw, TITLE);
    expect(work).toContain('She said that');
    expect(work).not.toContain('Trade between the two countries');
  });
});

/** The names of the organisations found in one paragraph. */
const orgNames = (body: string) =>
  extractChecked(TITLE, body)
    .d.entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('a body a country completes', () => {
  it('when "the foreign ministry of <country>" says the words, then the ministry speaks, not the country', () => {
    const body =
      'Norway recalled its envoy. “The remarks were unacceptable,” the foreign ministry of Denmark said.';
    expect(credit(body, 'The remarks')).toBe('Danish Foreign Ministry [quotes:name]');
  });

  it('when "the ministry of foreign affairs of <country>" is named, then it is that country\'s Foreign Ministry and speaks', () => {
    const body =
      'Norway recalled its envoy. “The remarks were unacceptable,” the ministry of foreign affairs of Denmark said.';
    expect(orgNames(body)).toContain('Danish Foreign Ministry');
    expect(credit(body, 'The remarks')).toBe('Danish Foreign Ministry [quotes:name]');
  });

  it('when "the Embassy of <country>" speaks, then the embassy keeps its own name', () => {
    const body = 'Norway recalled its envoy. “The remarks were unacceptable,” the Embassy of Denmark said.';
    expect(credit(body, 'The remarks')).toMatch(/Embassy/);
  });
});

describe('a demonym before a half-capitalised ministry', () => {
  it('when "the <Demonym> Foreign ministry" is named, then it is the Foreign Ministry of that country', () => {
    expect(
      orgNames('The spokesperson for the Danish Foreign ministry said on Tuesday that talks would go on.'),
    ).toContain('Danish Foreign Ministry');
  });
});

describe("a round-up's section heading", () => {
  it('when "In <country>:" heads a section, then "the government" and "it" there are that country, not one tied before', () => {
    const body = [
      'In Norway:',
      'The envoy was told of the Norwegian government’s decision to expel three diplomats on Tuesday.',
      'In Denmark:',
      'Denmark said it was expelling two diplomats accused of spying.',
      'The government condemned what it called “a grave breach of trust by the embassy”.',
      '“Such acts will not be tolerated on our territory,” it said.',
    ].join('\n');
    expect(credit(body, 'a grave breach')).toBe('Denmark [quotes:what-it-called]');
    expect(credit(body, 'Such acts')).toBe('Denmark [quotes:it-said]');
  });
});
