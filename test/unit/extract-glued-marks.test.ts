// Marks a page set where clean text has others (extract/glued-marks.ts): a pair of guillemets «…» read as
// “…”, and an all-caps dateline or agency credit glued by a hyphen to the first word ("KESTREL-Anna ...")
// read as a dash; names joined by a hyphen ("AL-SHABAAB", "UN-Habitat", "ASEAN-China") are left alone.
// Offsets stay the raw text's. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { gluedMarksAsUsual } from '../../server/src/extract/glued-marks.js';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

describe('guillemets', () => {
  it('a pair within a line becomes curly marks, one character for one', () => {
    const raw = 'He said: «We are ready.» Later «yes» and «no».';
    const work = gluedMarksAsUsual(raw);
    expect(work).toBe('He said: “We are ready.” Later “yes” and “no”.');
    expect(work.length).toBe(raw.length);
  });

  it('a lone mark, a breadcrumb or a pair across lines stays as written', () => {
    for (const raw of ['Home » World » Europe', '«The talks went on\nuntil late» he said', 'A « only'])
      expect(gluedMarksAsUsual(raw)).toBe(raw);
  });

  it('credit a second quotation after «…» concluded X as the first one', () => {
    const { d } = extractChecked(
      'Minister rejects the claims',
      'Foreign Minister Olga Varenkova spoke to reporters in Vienna on Monday. «Our embassy has done nothing ' +
        'wrong» concluded Varenkova. «The accusations are invented and the staff will stay where they are.»',
    );
    expect(speakerOf(d, 'Our embassy has done nothing')).toBe('Olga Varenkova');
    expect(speakerOf(d, 'The accusations are invented')).toBe('Olga Varenkova');
    const st = d.statements.find((s) => s.quote.startsWith('The accusations'))!;
    expect(st.quote).not.toMatch(/[“”]/);
  });
});

describe('a dateline glued by a hyphen', () => {
  it('reads the hyphen as a dash at a line start or after "City, "', () => {
    expect(gluedMarksAsUsual('KESTREL-Anna Berg met the envoy.')).toBe('KESTREL—Anna Berg met the envoy.');
    expect(gluedMarksAsUsual('Oslo, NEWSWIRE- Foreign Ministry staff left.')).toBe(
      'Oslo, NEWSWIRE— Foreign Ministry staff left.',
    );
    expect(gluedMarksAsUsual('Intro line\n  KESTREL-The talks ended.')).toBe(
      'Intro line\n  KESTREL—The talks ended.',
    );
  });

  it('leaves names joined by a hyphen alone', () => {
    for (const raw of [
      'AL-SHABAAB fighters attacked the base.',
      'UN-Habitat opened an office.',
      'ASEAN-China relations were reviewed.',
      'ASEAN-New Zealand ties were reviewed.',
      'NATO-Russia talks resumed.',
      'The ministers praised ASEAN-Japan ties and OPEC-Plus output.',
    ])
      expect(gluedMarksAsUsual(raw)).toBe(raw);
  });

  it('lets the name after it be read, its offsets in the raw text', () => {
    const { d } = extractChecked(
      'Envoy speaks on the crisis',
      'KESTREL-Antonio Guterres has addressed the General Assembly on the crisis.\n\nThis is what he said:\n\n' +
        '“The fighting must stop now and aid must reach every family.”',
    );
    const person = d.entities.find((e) => e.name === 'Antonio Guterres');
    expect(person).toBeDefined();
    expect(speakerOf(d, 'The fighting must stop')).toBe('Antonio Guterres');
  });
});
