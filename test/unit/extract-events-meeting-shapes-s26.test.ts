// Meetings in more invented newswire shapes (session 26): a subject coordinating a pronoun with a name ("He
// and Prime Minister X held talks") and a meeting noun opening its sentence with no party ("The meeting was
// held at …") after a sentence naming the two who met, and a headline's "meets Ethiopian counterpart" whose
// body opens with the subject's own title and name, and "the two countries" after a city (the states, not
// the city), and "during the bilateral dialogue between A and B" (a dialogue called for or planned is none). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('meeting shapes (session 26)', () => {
  it('"He and Prime Minister X held talks": the pronoun\'s person meets X', () => {
    const r = run(
      'President in Delhi',
      'Sri Lankan President Nimal Perera visited New Delhi on Friday. He and Indian Prime Minister Vikram Rao held talks at Hyderabad House.',
    );
    expect(r.events('meeting')).toHaveLength(1);
    expect(r.rels).toContain('Nimal Perera MET Vikram Rao');
  });

  it('"On Saturday, she and her Chinese counterpart X discussed trade": both', () => {
    const r = run(
      'Minister in Beijing',
      'German Foreign Minister Karin Vogel arrived in Beijing on Friday. On Saturday, she and her Chinese counterpart Li Wenhua discussed trade.',
    );
    expect(r.rels).toContain('Karin Vogel MET Li Wenhua');
  });

  it('"She and X spoke to reporters" is no meeting', () => {
    const r = run(
      'Minister in Beijing',
      'German Foreign Minister Karin Vogel arrived in Beijing on Friday. She and Chinese Foreign Minister Li Wenhua spoke to reporters.',
    );
    expect(r.events('meeting')).toHaveLength(0);
  });

  it('"X arrived to meet Y. The meeting was held at …": the two named before met', () => {
    const r = run(
      'President in Delhi',
      'Sri Lankan President Nimal Perera arrived in New Delhi on Friday to meet Indian Prime Minister Vikram Rao. The meeting was held at Hyderabad House.',
    );
    expect(r.events('meeting')).toHaveLength(1);
    expect(r.rels).toContain('Nimal Perera MET Vikram Rao');
  });

  it('a meeting still to be held, or two persons who only spoke to reporters, is no meeting', () => {
    const later = run(
      'President to visit Delhi',
      'Sri Lankan President Nimal Perera will travel to New Delhi next week to meet Indian Prime Minister Vikram Rao. The meeting will be held at Hyderabad House.',
    );
    expect(later.events('meeting')).toHaveLength(0);
    const press = run(
      'Leaders speak',
      'Indian Prime Minister Vikram Rao and Sri Lankan President Nimal Perera spoke to reporters on Friday. The meeting was held at Hyderabad House.',
    );
    expect(press.events('meeting')).toHaveLength(0);
  });

  it('a headline\'s "meets Ethiopian counterpart" is not the body\'s first-named "Kenyan President X"', () => {
    const r = run(
      'Kiprono meets Ethiopian counterpart',
      'Kenyan President Daniel Kiprono on Monday hosted Ethiopian Prime Minister Tesfaye Bekele at State House.',
    );
    expect(r.events('meeting')).toHaveLength(1);
    expect(r.rels).toContain('Daniel Kiprono MET Tesfaye Bekele');
  });

  it('"the two countries" met: the two states named before, not the city of the talks', () => {
    const r = run(
      'India, Japan hold strategic dialogue in Tokyo',
      'The foreign ministers of the two countries met on Monday.',
    );
    const parts = r.events('meeting').map((e) =>
      e.participants
        .map((p) => r.name(p.entity))
        .sort()
        .join('+'),
    );
    expect(parts).toEqual(['India+Japan']);
  });

  it('"During the bilateral dialogue between A and B": they met; a dialogue urged or planned is no meeting', () => {
    const r = run(
      'Ministers review trade',
      'During the bilateral dialogue between Indian External Affairs Minister Arjun Mehta and Saudi Foreign Minister Khalid bin Saud, the two sides reviewed trade.',
    );
    expect(r.rels).toContain('Arjun Mehta MET Khalid bin Saud');
    const urged = run(
      'UN urges dialogue',
      'The UN urged a dialogue between Armenian Prime Minister Aram Petrosyan and Azerbaijani President Elchin Mammadov.',
    );
    expect(urged.events('meeting')).toHaveLength(0);
    const planned = run(
      'Dialogue next week',
      'The dialogue between Armenian Prime Minister Aram Petrosyan and Azerbaijani President Elchin Mammadov will take place in Brussels next week.',
    );
    expect(planned.events('meeting')).toHaveLength(0);
  });
});
