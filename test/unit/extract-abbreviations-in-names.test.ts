// Abbreviations inside names: a title's or a surname's point ("Hon. A", "Amb. B", "Sta. Romana") cuts no
// sentence; a real sentence end after an abbreviation ("… in the U.S. The minister said") still cuts; "Sta."
// opens a surname, and a given name the lexicon knows as a place may stand in the middle of a name.
// A generation's mark closing a name ("Joseph Reyes Jr. met") keeps the name a person's and its subject.
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked, metPairs, relationsOfType, speakerOf } from '../helpers/extract-text.js';
import { splitSentences } from '../../server/src/extract/text.js';

const sentences = (t: string) => splitSentences(t, 0, t.length).sents.map((s) => t.slice(s.start, s.end));

describe('the sentence splitter and abbreviations', () => {
  it('cuts no sentence at a title before a name or a mark after one', () => {
    for (const t of [
      'Foreign Minister Hon. Grace Mensah met Amb. Omar Farah in Accra.',
      'Ambassador Luis Sta. Rosario and Gov. Ana Sto. Tomas arrived.',
      'Brig. Gen. Paul Okoro met Lt. Col. Mark Dale at Mt. Elgon.',
      'Rev. Peter Mba and Fr. John Obi said Mass.',
    ])
      expect(sentences(t)).toEqual([t]);
  });

  it('cuts after an abbreviation when a word that only opens sentences follows', () => {
    expect(sentences('The envoy flew to the U.S. The minister said talks would resume.')).toEqual([
      'The envoy flew to the U.S.',
      'The minister said talks would resume.',
    ]);
    expect(sentences('She praised Carlos Reyes Jr. He said nothing more.')).toEqual([
      'She praised Carlos Reyes Jr.',
      'He said nothing more.',
    ]);
    expect(sentences('He moved to Washington, D.C. In 2020 he joined the State Department.')).toHaveLength(2);
  });

  it('keeps names and a versus before "The" whole', () => {
    expect(sentences('The case of Smith vs. The Daily Post was heard. John F. Kennedy spoke.')).toEqual([
      'The case of Smith vs. The Daily Post was heard.',
      'John F. Kennedy spoke.',
    ]);
  });
});

describe('a surname opened by "Sta." or "Sto."', () => {
  it('keeps the name and its quotation whole', () => {
    const body =
      'Ambassador Jose Luis Sta. Romana met Chinese Foreign Minister Wang Yi in Beijing. "We are friends," Sta. Romana said.';
    expect(metPairs('Talks', body)).toEqual(['Jose Luis Sta Romana MET Wang Yi']);
    expect(speakerOf(extractChecked('Talks', body).d, 'We are friends')).toBe('Jose Luis Sta Romana');
  });
});

describe('a given name known as a place, in the middle of a name', () => {
  it('is a name word between a first name and a surname', () => {
    const { names } = extractChecked('Talks', 'Ambassador Jose Santiago Lopez met Wang Yi in Beijing.');
    expect(names).toContain('Person Jose Santiago Lopez');
    expect(names).not.toContain('Place Santiago');
  });

  it('stays a place elsewhere', () => {
    const { names } = extractChecked('Talks', 'Jose Lopez met Wang Yi in Santiago on Monday.');
    expect(names).toContain('Place Santiago');
  });
});

describe('a name closed by a generation mark', () => {
  it('is a person and the subject of its verb', () => {
    const title = 'Talks in Manila';
    expect(
      metPairs(title, 'President Joseph Reyes Jr. met Indonesian President Joko Widodo on Monday.'),
    ).toEqual(['Joko Widodo MET Joseph Reyes Jr']);
    expect(
      relationsOfType(
        'CRITICIZED',
        title,
        'Foreign Secretary Teodoro Lazaro Jr. on Friday criticised Malaysia.',
      ),
    ).toEqual(['Teodoro Lazaro Jr CRITICIZED Malaysia']);
    expect(relationsOfType('CRITICIZED', title, 'John Smith Sr. criticised Malaysia.')).toEqual([
      'John Smith Sr CRITICIZED Malaysia',
    ]);
  });

  it('is read as the subject of the clause, past the point', () => {
    const r = extractChecked(
      'Talks',
      'President Joseph Reyes Jr. held talks with Joko Widodo in Jakarta. Joseph Reyes Jr. accused Malaysia of lying.',
    );
    expect(r.ruleOf('Joko Widodo MET Joseph Reyes Jr')).toBe('events/meetings:meeting');
    expect(r.ruleOf('Joseph Reyes Jr ACCUSED Malaysia')).toBe('relations/verbs:accused');
  });

  it('stays no name when "Jr" only follows one word', () => {
    expect(extractChecked('Talks', 'Reyes Jr. met Joko Widodo.').names).not.toContain('Person Reyes Jr');
  });
});
