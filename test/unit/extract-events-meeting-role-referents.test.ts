// A person met whom the meeting's sentence names only by role, named earlier: the state a title run gives
// by the country's own name ("Belgium Prime Minister X", "Deputy Foreign Minister of Chile X") is the
// person's, so "the Belgian PM" finds X; and a role phrase after a verb of meeting ("received the
// minister", "met the Chilean diplomat") is the person last introduced with that role before the sentence,
// as a speaker's role is resolved. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const partiesOf = (r: ReturnType<typeof run>, type: string) =>
  r.events(type).map((e) => e.participants.map((p) => r.name(p.entity)).sort());
const metPairs = (r: ReturnType<typeof run>) =>
  r.d.relations.filter((x) => x.type === 'MET').map((x) => [r.name(x.source), r.name(x.target)].sort());

describe('a title run naming a country by its own name', () => {
  it('"Estonia Prime Minister X" makes X the Estonian prime minister "the Estonian PM" names', () => {
    const r = run(
      'Visit',
      'Estonia Prime Minister Kaarel Tamm landed in Lisbon on Monday.\n\nPortuguese Foreign Minister Rui Lobato held a meeting with the Estonian PM and discussed ports.',
    );
    expect(partiesOf(r, 'meeting')).toContainEqual(['Kaarel Tamm', 'Rui Lobato']);
    expect(partiesOf(r, 'meeting').flat()).not.toContain('Estonia');
  });

  it('"Deputy Foreign Minister of Chile X" is Chilean', () => {
    const r = run(
      'Visit',
      'Deputy Foreign Minister of Chile Pablo Urrutia landed in Oslo on Monday.\n\nNorwegian State Secretary Eirik Dahl met the Chilean deputy foreign minister on Tuesday.',
    );
    expect(partiesOf(r, 'meeting')).toContainEqual(['Eirik Dahl', 'Pablo Urrutia']);
  });

  it('a city before the title gives no nationality (no Lisbon counterpart)', () => {
    const r = run(
      'Visit',
      'Lisbon Mayor Carla Pinto spoke on Monday.\n\nPortuguese Foreign Minister Rui Lobato met the Lisbon mayor later.',
    );
    expect(metPairs(r)).not.toContainEqual(['Carla Pinto', 'Rui Lobato'].sort());
    expect(partiesOf(r, 'meeting').flat()).not.toContain('Lisbon');
  });
});

describe('a role phrase as the person met', () => {
  it('"received the Chilean diplomat": the Chilean envoy named before', () => {
    const r = run(
      'Visit',
      'Chilean Ambassador Pablo Urrutia arrived in Hue on Monday for talks.\n\nOn the same day, provincial chairman Tran Van Loc received the Chilean diplomat.',
    );
    expect(partiesOf(r, 'meeting')).toContainEqual(['Pablo Urrutia', 'Tran Van Loc']);
    expect(metPairs(r)).toContainEqual(['Pablo Urrutia', 'Tran Van Loc']);
  });

  it('"received the diplomat": the one diplomat named before the sentence', () => {
    const r = run(
      'Visit',
      'Chilean Ambassador Pablo Urrutia arrived in Hue on Monday.\n\nLater, provincial chairman Tran Van Loc received the diplomat at his office.',
    );
    expect(metPairs(r)).toContainEqual(['Pablo Urrutia', 'Tran Van Loc']);
  });

  it('"welcomed the premier": the prime minister named before', () => {
    const r = run(
      'Visit',
      'Chilean Prime Minister Pablo Urrutia arrived in Hue on Monday.\n\nTran Van Loc welcomed the premier on Tuesday.',
    );
    expect(metPairs(r)).toContainEqual(['Pablo Urrutia', 'Tran Van Loc']);
  });

  it('no one named with the role before: no meeting with anyone', () => {
    const r = run(
      'Visit',
      'Provincial chairman Tran Van Loc opened the fair in Hue on Monday.\n\nLater, he received the diplomat at his office.',
    );
    expect(metPairs(r)).toHaveLength(0);
  });

  it('the subject, named with the role in the same sentence, is not the one met', () => {
    const r = run(
      'Visit',
      'Chilean Ambassador Pablo Urrutia and Ambassador Ines Varga opened the fair.\n\nAmbassador Ines Varga met the ambassador on Tuesday.',
    );
    expect(metPairs(r)).not.toContainEqual(['Ines Varga', 'Ines Varga']);
    expect(r.events('meeting').every((e) => new Set(e.participants.map((p) => p.entity)).size > 1)).toBe(
      true,
    );
  });

  it('"met reporters" and a meeting refused are no meetings with the diplomat', () => {
    const r = run(
      'Visit',
      'Chilean Ambassador Pablo Urrutia arrived in Hue on Monday.\n\nProvincial chairman Tran Van Loc met reporters. He said he would not meet the diplomat.',
    );
    expect(metPairs(r)).toHaveLength(0);
  });
});

describe('a group of people standing for the states listed after it', () => {
  it('"met representatives of A and B": the host met each state', () => {
    const r = run(
      'Talks',
      'Prime Minister Rui Lobato met representatives of Chile and Peru in Lisbon on Monday.',
    );
    expect(metPairs(r)).toContainEqual(['Chile', 'Rui Lobato']);
    expect(metPairs(r)).toContainEqual(['Peru', 'Rui Lobato']);
  });

  it('"received the delegation of A": the host met the state', () => {
    const r = run(
      'Talks',
      'President Luis Pardo received the delegation of Paraguay at the palace on Monday.',
    );
    expect(metPairs(r)).toContainEqual(['Luis Pardo', 'Paraguay']);
  });

  it('a place where they met is no party, nor a meeting only planned', () => {
    const r = run(
      'Talks',
      'Prime Minister Rui Lobato met reporters in Geneva on Monday. He will meet officials from Chile and Peru next week.',
    );
    expect(metPairs(r)).toHaveLength(0);
  });
});
