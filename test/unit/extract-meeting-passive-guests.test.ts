// Guests known only by their states, received in the passive (meeting-passive-guests.ts): the agent hosts
// the states of the subject's group, MET for a group named by demonym, a few leaders or envoys
// (meeting-envoy-states.ts), the states of other groups being the meeting's sides only. Every sentence
// here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked, meetingCount, metPairs } from '../helpers/extract-text.js';

const title = 'Envoys received';
const met = (body: string) => metPairs(title, body);
const meetings = (body: string) => meetingCount(title, body);
/** The names of the participants of each meeting, sorted. */
function sides(body: string): string[][] {
  const { d, name } = extractChecked(title, body);
  return d.events
    .filter((e) => e.type === 'meeting')
    .map((e) => e.participants.map((p) => name(p.entity)).sort());
}

describe('a group named by its states received in the passive', () => {
  it('makes a meeting of the agent with the states listed after the group', () => {
    const body = 'The ambassadors of Mali and Chad were received by President Ilse Varga on Tuesday.';
    expect(sides(body)).toEqual([['Chad', 'Ilse Varga', 'Mali']]);
    // Each state whose envoy goes unnamed is met (meeting-envoy-states.ts).
    expect(met(body)).toEqual(['Chad MET Ilse Varga', 'Ilse Varga MET Mali']);
    const four =
      'The delegations from Peru, Chile, Ghana and Niger were welcomed by Premier Tomas Ekdahl in Oslo.';
    expect(sides(four)).toEqual([['Chile', 'Ghana', 'Niger', 'Peru', 'Tomas Ekdahl']]);
  });

  it('links the host to each state of a few leaders and of a demonym group', () => {
    expect(
      met('On Friday, the foreign ministers of Mali and Chad were also received by President Ilse Varga.'),
    ).toEqual(['Chad MET Ilse Varga', 'Ilse Varga MET Mali']);
    expect(met('The Kenyan delegation was received by Premier Tomas Ekdahl at his office.')).toEqual([
      'Kenya MET Tomas Ekdahl',
    ]);
    expect(met('The Peruvian and Chilean envoys have been hosted by President Ilse Varga.')).toEqual([
      'Chile MET Ilse Varga',
      'Ilse Varga MET Peru',
    ]);
  });

  it('makes no meeting of things received or welcomed, nor with no person as agent', () => {
    expect(meetings('The proposal of Mali and Chad was welcomed by President Ilse Varga on Tuesday.')).toBe(
      0,
    );
    expect(meetings('Aid from Mali and Chad was received by President Ilse Varga on Tuesday.')).toBe(0);
    expect(meetings('The Kenyan proposal was welcomed by Premier Tomas Ekdahl.')).toBe(0);
    expect(meetings('The ambassadors of Mali and Chad were received by the ministry on Tuesday.')).toBe(0);
  });

  it('leaves a named guest to the person rule', () => {
    expect(met('Kenyan President Abel Ruto was received by President Ilse Varga on Tuesday.')).toEqual([
      'Abel Ruto MET Ilse Varga',
    ]);
  });
});
