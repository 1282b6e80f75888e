// A title's abbreviation as a meeting's subject (meeting-role-subjects.ts): "The PM also met X", "The FM
// then held talks with X" stand for the person of that title the article names most, not a guest of the
// same rank named last; no one when no person of that title is named. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const parties = (r: ReturnType<typeof run>) =>
  r.events('meeting').map((e) => e.participants.map((p) => r.name(p.entity)).sort());

describe('"The PM", "the FM" as the subject of a meeting', () => {
  it('the person of that title', () => {
    expect(
      parties(
        run('Dinner', 'Indian Prime Minister Anil Mehra hosted a dinner. The PM later met Paul Kariuki.'),
      ),
    ).toEqual([['Anil Mehra', 'Paul Kariuki']]);
    expect(
      parties(
        run(
          'Talks',
          'Japanese Foreign Minister Yoko Tanaka arrived in Delhi. The FM then held talks with ' +
            'Foreign Minister Ravi Shankar.',
        ),
      ),
    ).toEqual([['Ravi Shankar', 'Yoko Tanaka']]);
  });

  it('the one the article names most, not the guest of the same rank named last', () => {
    const r = run(
      'Summit',
      'Indian Prime Minister Anil Mehra hosted Bangladeshi Prime Minister Rina Begum. Mehra and Begum ' +
        'signed deals. Mehra then spoke. The PM also met Mauritius Prime Minister Paul Kariuki.',
    );
    expect(parties(r)).toEqual([
      ['Anil Mehra', 'Rina Begum'],
      ['Anil Mehra', 'Paul Kariuki'],
    ]);
  });

  it('no one when no person of that title is named', () => {
    expect(
      parties(
        run('Dinner', 'Kenyan President William Otieno hosted a dinner. The PM later met Paul Kariuki.'),
      ),
    ).toEqual([]);
  });
});
