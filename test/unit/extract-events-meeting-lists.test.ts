// Meetings with a list (server/src/extract/events/meeting-lists.ts), on sentences written for the test:
// separate meetings, one per listed state or person, when the sentence says so ("separate", plural
// "meetings"), one meeting of them all when it does not; the members a group names ("several ministers,
// including A, B and C"); "bilateral and plurilateral meetings" as one meeting noun; and a meeting with a
// state merged with the meeting with a person of that state. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('meetings with a list', () => {
  it('separate meetings with the leaders of listed states: one meeting per state', () => {
    const r = run(
      'Busy day at the summit',
      'Foreign Minister Elena Varga on Tuesday held separate bilateral meetings with leaders of Kenya, Ghana, Peru and Chile, and discussed trade.',
    );
    expect(r.events('meeting')).toHaveLength(4);
    expect(r.rels).toEqual(expect.arrayContaining(['Elena Varga MET Kenya', 'Elena Varga MET Chile']));
  });

  it('a meeting with counterparts from listed states, not said to be separate, stays one', () => {
    const r = run(
      'Ministers meet',
      'Foreign Minister Elena Varga met her counterparts from Kenya, Ghana and Peru on Tuesday.',
    );
    expect(r.events('meeting')).toHaveLength(1);
    expect(r.events('meeting')[0]!.participants).toHaveLength(4);
  });

  it('bilateral meetings with counterparts from listed states: one per state', () => {
    const r = run(
      'Ministers meet',
      'Foreign Minister Elena Varga held bilateral meetings with her counterparts from Kenya, Ghana and Peru on the sidelines of the summit.',
    );
    expect(r.events('meeting')).toHaveLength(3);
  });

  it('the members a group names: "several ministers, including A, B and C"', () => {
    const r = run(
      'Ministers meet',
      'On Monday, Foreign Minister Elena Varga held bilateral meetings with several ministers, including Kenyan Foreign Minister Peter Otieno, Peruvian Foreign Minister Rosa Quispe and Chilean Foreign Minister Maria Soto.',
    );
    expect(r.events('meeting')).toHaveLength(3);
    expect(r.rels).toEqual(
      expect.arrayContaining([
        'Elena Varga MET Peter Otieno',
        'Elena Varga MET Rosa Quispe',
        'Elena Varga MET Maria Soto',
      ]),
    );
    expect(r.ruleOf('Elena Varga MET Peter Otieno')).toBe('events/meetings:meeting');
  });

  it('a listed member with a demonym and a lower-case role: "Peruvian president B"', () => {
    const r = run(
      'Summit diplomacy',
      'Foreign Minister Elena Varga is in Lima.\n\nOn Friday, Varga held meetings with many leaders, including Kenyan President Peter Otieno, Peruvian president Rosa Quispe and Chilean leader Maria Soto.',
    );
    expect(r.events('meeting')).toHaveLength(3);
    expect(r.rels).toContain('Elena Varga MET Rosa Quispe');
  });

  it('"bilateral and plurilateral meetings with" is one meeting noun', () => {
    const r = run(
      'Summit diplomacy',
      'Foreign Minister Elena Varga is in Lima.\n\nOn Friday, Varga held bilateral and plurilateral meetings with many leaders, including Kenyan President Peter Otieno.',
    );
    expect(r.rels).toContain('Elena Varga MET Peter Otieno');
    expect(r.ruleOf('Elena Varga MET Peter Otieno')).toBe('events/meetings:meeting');
  });

  it('a meeting with a state and a meeting with a person of that state are one', () => {
    const r = run(
      'Summit diplomacy',
      'Foreign Minister Elena Varga held separate meetings with the leaders of Kenya and Peru.\n\nSoon after, Varga met Kenyan President Peter Otieno and discussed trade.',
    );
    expect(r.events('meeting')).toHaveLength(2);
    const kenya = r
      .events('meeting')
      .find((e) => e.participants.some((p) => r.name(p.entity) === 'Peter Otieno'));
    // (Kenya's leader is named, so the person stands for the state: meeting-leaders.ts's apartLeaders.)
    expect(kenya?.participants.map((p) => r.name(p.entity))).toEqual(
      expect.arrayContaining(['Elena Varga', 'Peter Otieno']),
    );
    expect(r.rels).not.toContain('Elena Varga MET Kenya');
  });
});
