// Interviews named by their owner ("X’s interview with Y", "X's interview to Y") and interviews whose
// medium takes two words before "interview" ("in a German television interview", "during a state radio
// interview"), on sentences written for the test; no interview for "X’s interview with her team".
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

/** The interviews of an article as "interviewee / interviewer" names. */
function interviews(title: string, body: string): string[] {
  const r = extractChecked(title, body);
  return r.events('interview').map((e) =>
    e.participants
      .map((p) => r.name(p.entity))
      .sort()
      .join(' / '),
  );
}

describe('an interview named by its owner', () => {
  it('reads "X\'s interview with the BBC" with its interviewer', () => {
    const r = extractChecked(
      'Envoy criticised',
      "Critics seized on British ambassador Anna Lee's interview with the BBC last week.",
    );
    expect(r.rels).toContain('Anna Lee INTERVIEWED_BY BBC');
    expect(r.events('interview')).toHaveLength(1);
  });

  it('reads "X’s interview with Reuters" after a role', () => {
    const r = extractChecked(
      'Row over remarks',
      'The row began with Indian minister Raj Patel’s interview with Reuters on Monday.',
    );
    expect(r.rels).toContain('Raj Patel INTERVIEWED_BY Reuters');
  });

  it('reads "X\'s interview to CNN"', () => {
    const r = extractChecked(
      'Ankara protests',
      "Ankara said Greek minister Nikos Dendias's interview to CNN had been provocative.",
    );
    expect(r.rels).toContain('Nikos Dendias INTERVIEWED_BY CNN');
  });

  it('keeps the interviewee when the interviewer is no outlet it knows', () => {
    expect(
      interviews(
        'Spokesman replies',
        'The spokesman was commenting on French ambassador Paul Martin’s interview with Le Monde.',
      ),
    ).toEqual(['Paul Martin']);
  });
});

describe('an interview whose medium takes two words', () => {
  it('reads "in a state television interview"', () => {
    expect(
      interviews(
        'Plan goes ahead',
        'The minister, Yair Levin, said in a state television interview that the plan would go ahead.',
      ),
    ).toEqual(['Yair Levin']);
  });

  it('reads a past interview told in the passive voice around it', () => {
    expect(
      interviews(
        'Remarks condemned',
        'The remarks were made by Carlos Ruiz on Sunday in a Spanish radio interview.',
      ),
    ).toEqual(['Carlos Ruiz']);
  });
});

describe('no interview', () => {
  it('gives none for "X’s interview with her team"', () => {
    expect(interviews('Team talk', 'Lisa Ng’s interview with her team lasted an hour.')).toEqual([]);
  });

  it('gives none for a body’s "interview with the press"', () => {
    expect(
      interviews('Warsaw objects', 'Warsaw has rejected the ministry’s interview with the press.'),
    ).toEqual([]);
  });
});
