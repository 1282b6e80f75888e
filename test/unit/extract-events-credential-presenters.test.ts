// Envoys who present credentials told as a group ("The envoys took turns to present their letters of credence
// to President X") after the sentence that named each with a posting ("They are the ambassador of Finland to
// Ghana, A, …"): each envoy MET the host (events/credential-presenters.ts). Invented text.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Four envoys present credentials';

describe('envoys named with their postings, then presenting as a group', () => {
  it('when the group presents to a named president, then each named envoy MET the president', () => {
    const { rels } = extractChecked(
      TITLE,
      [
        'Four new envoys accredited to Ghana presented their letters of credence at the Jubilee House on Tuesday.',
        'They are the ambassador of Finland to Ghana, Leena Virtanen, the ambassador of Peru to Ghana, Carlos Quispe, and the Gambian High Commissioner to Ghana, Dr Lamin Ceesay.',
        'The envoys took turns to present their letters of credence to President John Mahama at a brief ceremony.',
      ].join('\n\n'),
    );
    for (const envoy of ['Leena Virtanen', 'Carlos Quispe', 'Lamin Ceesay'])
      expect(rels.some((r) => r.includes(envoy) && r.includes(' MET ') && r.includes('John Mahama'))).toBe(
        true,
      );
  });

  it('when the persons named before hold no posting, then no one MET the president from them', () => {
    const { rels } = extractChecked(
      TITLE,
      [
        'The ceremony was organised by the protocol chief, Ama Owusu, and the minister, Kofi Boateng.',
        'The envoys took turns to present their letters of credence to President John Mahama at a brief ceremony.',
      ].join('\n\n'),
    );
    expect(rels.filter((r) => r.includes(' MET '))).toEqual([]);
  });
});
