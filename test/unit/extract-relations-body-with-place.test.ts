// A body named again by its head word when its full name carries a place or an "of" phrase ("X, spokesman
// for the embassy" after "the Chinese Embassy in London"; "a spokeswoman for the ministry, X," after "the
// Ministry of Foreign Affairs of Kenya"), and a role phrase opening a sentence with a capital article ("A
// spokeswoman for the embassy, X, …"). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const spokes = (title: string, body: string) =>
  extractChecked(title, body).rels.filter((r) => / SPOKESPERSON_OF /.test(r));

describe('an embassy or ministry whose name runs on past its head word', () => {
  it('reads "X, spokesman for the embassy" after "the Chinese Embassy in London"', () => {
    expect(
      spokes(
        'Embassy rejects report',
        'The Chinese Embassy in London rejected the report on Monday. "We firmly oppose this," said Li Wei, spokesman for the embassy, in a statement.',
      ),
    ).toEqual(['Li Wei SPOKESPERSON_OF Chinese Embassy in London']);
  });

  it('reads "A spokeswoman for the embassy, X," opening a sentence', () => {
    expect(
      spokes(
        'Embassy denies claims',
        'The Turkish Embassy in Berlin called the article false. A spokeswoman for the embassy, Ayse Demir, told reporters the claims were baseless.',
      ),
    ).toEqual(['Ayse Demir SPOKESPERSON_OF Turkish Embassy in Berlin']);
  });

  it('reads "the spokesperson for the embassy, X," after "the Embassy of Japan in Manila"', () => {
    expect(
      spokes(
        'Consular hours changed',
        'The Embassy of Japan in Manila has changed its opening hours. The spokesperson for the embassy, Kenji Sato, said the change took effect on Friday.',
      ),
    ).toEqual(['Kenji Sato SPOKESPERSON_OF Japanese Embassy in Manila']);
  });

  it('reads "X, a spokesman for the department" after "the Department of Foreign Affairs of Ireland"', () => {
    expect(
      spokes(
        'Dublin welcomes talks',
        'The Department of Foreign Affairs of Ireland welcomed the talks. Sean Byrne, a spokesman for the department, said they were useful.',
      ),
    ).toEqual(['Sean Byrne SPOKESPERSON_OF Department of Foreign Affairs']);
  });

  it('reads a past-tense report with the name after the role', () => {
    expect(
      spokes(
        'Embassy statement',
        'The Brazilian Embassy in Buenos Aires issued a statement last week. A spokesman for the embassy, Joao Pereira, had said the talks would resume.',
      ),
    ).toEqual(['Joao Pereira SPOKESPERSON_OF Brazilian Embassy in Buenos Aires']);
  });

  it('reads a member of the embassy too', () => {
    const r = extractChecked(
      'Consular help',
      'The Polish Embassy in Dublin opened a new office. Anna Nowak, a counsellor at the embassy, said it would help students.',
    );
    expect(r.rels).toContain('Anna Nowak MEMBER_OF Polish Embassy in Dublin');
  });
});

describe('where no such body was named', () => {
  it('gives nothing when the article names no embassy before the role', () => {
    expect(
      spokes(
        'Embassy denies claims',
        'A spokeswoman for the embassy, Ayse Demir, told reporters the claims were baseless. Berlin later said nothing.',
      ),
    ).toEqual([]);
  });

  it('does not read a ministry as the embassy', () => {
    expect(
      spokes(
        'Ministry replies',
        'The Ministry of Defence of Chile replied on Monday. Jorge Ruiz, spokesman for the embassy, declined to comment.',
      ),
    ).toEqual([]);
  });
});
