// Styles of office before a person's name, on invented text: "Hon", "Honourable", "Honorable", "Rt Hon",
// "Right Honourable", "His/Her Excellency" and the Fijian chiefly "Ratu" are honorifics (honorifics.ts, one
// list that chunking, name positions and role appositions all build from), so the person is the name
// without them; words that merely start like one ("Hong Kong", "Honduras") or a "Dr"/"Ms" that is no
// honorific ("DR Congo", a manuscript "Ms 408") are left as they were.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const persons = (title: string, body: string) =>
  extractChecked(title, body)
    .names.filter((n) => n.startsWith('Person '))
    .map((n) => n.slice('Person '.length));

describe('styles of office before a name', () => {
  it('when "Hon." or "Hon" opens a name, then the person is the name alone', () => {
    expect(persons('Talks held', 'Hon. Tevita Lavemaau met the delegation in Nuku’alofa on Monday.')).toEqual(
      ['Tevita Lavemaau'],
    );
    expect(
      persons('Talks held', 'The delegation was received by Hon Tevita Lavemaau in the capital.'),
    ).toContain('Tevita Lavemaau');
  });

  it('when "Honourable" or "Honorable" opens a subject, then the person is the name alone', () => {
    expect(persons('Mission opens', 'Honourable Kalani Moetaua said the mission would open in May.')).toEqual(
      ['Kalani Moetaua'],
    );
    expect(persons('Mission opens', 'Honorable Kalani Moetaua welcomed the delegation on Friday.')).toEqual([
      'Kalani Moetaua',
    ]);
  });

  it('when "Rt Hon" or "Right Honourable" opens a name, then the person is the name alone', () => {
    expect(persons('Visit', 'The Rt Hon Mereana Tukino arrived in Apia on Tuesday.')).toEqual([
      'Mereana Tukino',
    ]);
    expect(persons('Visit', 'The Right Honourable Mereana Tukino arrived in Apia on Tuesday.')).toEqual([
      'Mereana Tukino',
    ]);
  });

  it('when "His Excellency" or "Her Excellency" opens a name, then the person is the name alone', () => {
    const names = persons(
      'Envoys received',
      'The ambassador of Japan, His Excellency Kenji Sato, met Her Excellency Amina Diallo in Lima.',
    );
    expect(names).toContain('Kenji Sato');
    expect(names).toContain('Amina Diallo');
    expect(names.some((n) => /Excellency|His|Her/.test(n))).toBe(false);
  });

  it('when the Fijian chiefly "Ratu" opens a name, then the person is the name alone', () => {
    expect(
      persons('State visit', 'Ratu Epeli Vatuvoka, the President of Fiji, hosted the delegation in Suva.'),
    ).toEqual(['Epeli Vatuvoka']);
  });

  it('when a style stands alone before an office, then no person is read', () => {
    expect(persons('Fair opens', 'The Right Honourable the Lord Mayor opened the fair on Monday.')).toEqual(
      [],
    );
    expect(persons('Envoys received', 'His Excellency the President welcomed the envoys on Monday.')).toEqual(
      [],
    );
  });

  it('when a word only starts like a style, or "Dr"/"Ms" is no honorific, then nothing changes', () => {
    const d = extractChecked(
      'Deal',
      'Officials in Hong Kong, DR Congo and Honduras welcomed the deal on Monday.',
    );
    expect(d.names).toContain('Place Hong Kong');
    expect(d.names).toContain('Place Honduras');
    expect(d.names.some((n) => n.startsWith('Person '))).toBe(false);
    expect(persons('Archive', 'Scholars studied Ms 408, a medieval manuscript, in Oxford.')).toEqual([]);
  });
});
